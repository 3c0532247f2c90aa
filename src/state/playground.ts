/**
 * The architectures playground's state: which small live model is trained, how far it got, and
 * what it did on the input being looked at. A store of its own beside the app store, because
 * nothing else reads it and its runs are not part of a share link. The worker client is created
 * on first use (`connect` may be swapped in tests for an in-process runner).
 */
import { create } from 'zustand';
import type { ExperimentConfig } from '../worker/config.ts';
import type { FromPlayground, InspectSource, Inspection, PlaygroundInfo } from '../worker/playgroundProtocol.ts';
import type { PlaygroundRequest } from '../worker/playgroundClient.ts';

/** Where the job is. */
export type PlaygroundProgress = Readonly<{ step: number; maxSteps: number; loss: number; accuracy: number | null; done: boolean }>;

/** A failure the panel explains; `code` picks the message. */
export type PlaygroundError = Readonly<{ code: 'config' | 'series' | 'input' | 'diverged' | 'protocol'; message: string }>;

export type PlaygroundState = Readonly<{
  /** the job being shown; answers to other jobs are dropped */
  jobId: number;
  /** what the job is (a demo id or 'series'), for the panel to match its controls */
  label: string | null;
  info: PlaygroundInfo | null;
  progress: PlaygroundProgress | null;
  inspection: Inspection | null;
  error: PlaygroundError | null;
  train: (label: string, config: ExperimentConfig, maxSteps: number, targetAccuracy: number, series?: Float64Array | null) => void;
  inspect: (source: InspectSource) => void;
}>;

type Send = (req: PlaygroundRequest) => void;
let send: Send | null = null;
let connecting: Promise<Send> | null = null;

/** How the store reaches a worker; tests replace it. */
export let connectPlayground = async (onEvent: (e: FromPlayground) => void): Promise<Send> => {
  const { createPlaygroundClient, spawnPlaygroundWorker } = await import('../worker/playgroundClient.ts');
  const client = createPlaygroundClient(spawnPlaygroundWorker, onEvent);
  return client.send;
};

/** Replaces the worker connection (tests); the next request connects anew. */
export function setPlaygroundConnector(fn: typeof connectPlayground): void {
  connectPlayground = fn;
  send = null;
  connecting = null;
}

function withSend(fn: (s: Send) => void): void {
  if (send !== null) return fn(send);
  connecting ??= connectPlayground(onEvent).then((s) => (send = s));
  void connecting.then(fn);
}

let nextId = 1;

export const usePlayground = create<PlaygroundState>()((set, get) => ({
  jobId: 0,
  label: null,
  info: null,
  progress: null,
  inspection: null,
  error: null,
  train: (label, config, maxSteps, targetAccuracy, series = null) => {
    const id = nextId++;
    set({ jobId: id, label, info: null, progress: null, inspection: null, error: null });
    withSend((s) => s({ type: 'train', id, config, maxSteps, targetAccuracy, series }));
  },
  inspect: (source) => {
    const id = get().jobId;
    withSend((s) => s({ type: 'inspect', id, source }));
  },
}));

function onEvent(e: FromPlayground): void {
  const s = usePlayground.getState();
  if (e.id !== s.jobId && e.id !== -1) return;
  switch (e.type) {
    case 'info':
      usePlayground.setState({ info: e.info });
      break;
    case 'progress':
      usePlayground.setState({ progress: { step: e.step, maxSteps: e.maxSteps, loss: e.loss, accuracy: e.accuracy, done: e.done } });
      break;
    case 'inspected':
      usePlayground.setState({ inspection: e.inspection, error: null });
      break;
    case 'error':
      usePlayground.setState({ error: { code: e.code, message: e.message } });
      break;
  }
}
