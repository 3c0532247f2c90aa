/** A stopwatch for the speaker view: elapsed milliseconds, with pause, resume and reset. */
import { useCallback, useEffect, useState } from 'react';

/** The stopwatch and the current time, refreshed every second. */
export function useElapsed(): Readonly<{ elapsed: number; running: boolean; now: Date; toggle: () => void; reset: () => void }> {
  // Elapsed time is `banked` (from earlier running spans) plus the current span since `since`.
  const [banked, setBanked] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  const toggle = useCallback(() => {
    const t = Date.now();
    if (since === null) setSince(t);
    else {
      setBanked((b) => b + (t - since));
      setSince(null);
    }
  }, [since]);
  const reset = useCallback(() => {
    setBanked(0);
    setSince((s) => (s === null ? null : Date.now()));
  }, []);
  const elapsed = banked + (since === null ? 0 : Math.max(0, now.getTime() - since));
  return { elapsed, running: since !== null, now, toggle, reset };
}

/** "4:05" or "1:02:09": a stopwatch reading. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
