/**
 * Which lesson or presenter action a key press means. A pure function of the event's fields and
 * the mode, so the rules are testable without a DOM and shared by the player and the speaker view.
 *
 * Keys never act while a person is typing or using a widget that owns its arrow keys (a slider, a
 * radio group, tabs), and Space never steals a button's own activation. Letter shortcuts match
 * the physical key (`code`) as well as the character, so they also work with a Korean keyboard
 * layout, where the B key types "ㅠ".
 */

/** What a key asks the lesson player to do. */
export type KeyAction =
  | 'next'
  | 'prev'
  | 'present'
  | 'exit'
  | 'blank'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'laser'
  | 'speaker';

/** The parts of a KeyboardEvent the mapping reads. */
export type KeyPress = Readonly<{
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  /** what the focused element is, see `targetKind` */
  target: TargetKind;
}>;

/** How the focused element treats keys. */
export type TargetKind = 'editable' | 'widget' | 'control' | 'plain';

const WIDGET_ROLES = '[role="slider"],[role="radiogroup"],[role="radio"],[role="tablist"],[role="tab"],[role="listbox"],[role="menu"],[role="menubar"],[role="grid"],[role="tree"],[role="spinbutton"],[role="application"]';

/** Classifies the element a key event is aimed at. */
export function targetKind(target: EventTarget | null): TargetKind {
  if (!(target instanceof Element)) return 'plain';
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'editable';
  if (target instanceof HTMLElement && target.isContentEditable) return 'editable';
  if (target.closest(WIDGET_ROLES)) return 'widget';
  if (target.closest('button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"]')) return 'control';
  return 'plain';
}

const is = (p: KeyPress, keys: readonly string[], codes: readonly string[] = []): boolean => keys.includes(p.key) || codes.includes(p.code);

/** The action for a key press, or null when the key is not ours in this mode. */
export function keyAction(p: KeyPress, presenting: boolean): KeyAction | null {
  if (p.ctrlKey || p.metaKey || p.altKey || p.isComposing === true) return null;
  if (presenting && p.key === 'Escape') return 'exit';
  if (p.target === 'editable') return null;
  const arrowsFree = p.target !== 'widget';
  if (p.key === 'ArrowRight' && arrowsFree) return 'next';
  if (p.key === 'ArrowLeft' && arrowsFree) return 'prev';
  if (!presenting) return is(p, ['p', 'P'], ['KeyP']) && p.target !== 'widget' ? 'present' : null;
  // Presentation clickers send PageDown / PageUp (some send '.' or 'b' for a blank screen).
  if (p.key === 'PageDown') return 'next';
  if (p.key === 'PageUp') return 'prev';
  if (p.key === ' ' && p.target === 'plain') return p.shiftKey ? 'prev' : 'next';
  if (is(p, ['b', 'B', '.'], ['KeyB', 'Period'])) return 'blank';
  if (is(p, ['+', '='], ['Equal', 'NumpadAdd'])) return 'zoom-in';
  if (is(p, ['-', '_'], ['Minus', 'NumpadSubtract'])) return 'zoom-out';
  if (is(p, ['0'], ['Digit0', 'Numpad0'])) return 'zoom-reset';
  if (is(p, ['l', 'L'], ['KeyL'])) return 'laser';
  if (is(p, ['s', 'S'], ['KeyS'])) return 'speaker';
  return null;
}

/** Reads a KeyboardEvent into a KeyPress. */
export function keyPressOf(e: KeyboardEvent): KeyPress {
  return {
    key: e.key,
    code: e.code,
    shiftKey: e.shiftKey,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    altKey: e.altKey,
    isComposing: e.isComposing,
    target: targetKind(e.target),
  };
}
