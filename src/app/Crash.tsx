/** Throws while rendering, so `#/debug/crash` shows (and tests) the error boundary. */
export function Crash(): never {
  throw new Error('This route fails on purpose to show the error boundary (#/debug/crash).');
}
