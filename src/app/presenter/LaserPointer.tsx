/**
 * The highlighter pointer (L): a glowing dot that follows the mouse, big enough to be seen on a
 * projector. It moves by writing its transform directly, not through React state, so following
 * the mouse costs no re-render.
 */
import { useEffect, useRef } from 'react';

/** The pointer; rendered only while it is on. */
export function LaserPointer() {
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const move = (e: PointerEvent): void => {
      const el = dot.current;
      if (el) {
        el.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
        el.hidden = false;
      }
    };
    window.addEventListener('pointermove', move);
    return () => window.removeEventListener('pointermove', move);
  }, []);
  return <div ref={dot} className="presenter-laser" aria-hidden="true" hidden />;
}
