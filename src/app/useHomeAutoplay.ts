import { useEffect } from 'react';
import { useAppStore } from '../state/index.ts';

/** The lecture trains for 100 epochs; the home page's demo stops there so it does not run forever. */
export const AUTOPLAY_EPOCHS = 100;

/**
 * Starts training once on the home page so it opens on a model that is visibly learning.
 * Only a fresh run (step 0, idle or paused) autoplays: a shared link or a run the user already
 * shaped is theirs to start. Reduced-motion users get the ready model and the Train button instead.
 * Any pause or reset by the user ends the autoplay; it never restarts on its own.
 */
export function useHomeAutoplay(): void {
  useEffect(() => {
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    let started = false;
    let sawRunning = false;
    let done = false;
    const check = () => {
      if (done) return;
      const s = useAppStore.getState();
      const { run } = s;
      if (!started) {
        if (!run.ready || run.step !== 0 || run.replayTarget !== null) return;
        if (run.status !== 'idle' && run.status !== 'paused') return;
        started = true;
        s.train();
        return;
      }
      if (run.status === 'running') {
        sawRunning = true;
        if (run.epoch >= AUTOPLAY_EPOCHS) {
          done = true;
          s.pause();
        }
      } else if (sawRunning) {
        // The user (or a divergence) stopped it: from here on the run is theirs.
        done = true;
      }
    };
    check();
    const unsubscribe = useAppStore.subscribe(check);
    return () => {
      done = true;
      unsubscribe();
    };
  }, []);
}
