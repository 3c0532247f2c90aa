/**
 * Starts the race worker and its client. Loaded lazily by the race slice on the first race or
 * sweep, so neither the client nor the worker's chunk (the engine) is part of the first page.
 */
import { createRaceClient, spawnRaceWorker } from '../worker/raceClient.ts';
import type { RaceClient } from '../worker/raceClient.ts';
import type { FromRaceWorker } from '../worker/raceProtocol.ts';

/** A client of a new race worker whose events go to `onEvent`. */
export function connectRacePort(onEvent: (e: FromRaceWorker) => void): RaceClient {
  return createRaceClient(spawnRaceWorker, onEvent);
}
