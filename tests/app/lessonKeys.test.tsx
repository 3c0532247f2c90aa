import { describe, expect, it } from 'vitest';
import { keyAction, targetKind } from '../../src/app/lesson/keys.ts';
import type { KeyPress, TargetKind } from '../../src/app/lesson/keys.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: '',
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: 'plain' as TargetKind,
  ...more,
});

describe('keyAction', () => {
  it('moves between steps with the arrow keys in both modes', () => {
    expect(keyAction(press('ArrowRight'), false)).toBe('next');
    expect(keyAction(press('ArrowLeft'), false)).toBe('prev');
    expect(keyAction(press('ArrowRight'), true)).toBe('next');
  });

  it('understands clicker keys and Space only while presenting', () => {
    expect(keyAction(press('PageDown'), false)).toBeNull();
    expect(keyAction(press(' '), false)).toBeNull();
    expect(keyAction(press('PageDown'), true)).toBe('next');
    expect(keyAction(press('PageUp'), true)).toBe('prev');
    expect(keyAction(press(' '), true)).toBe('next');
    expect(keyAction(press(' ', { shiftKey: true }), true)).toBe('prev');
  });

  it('maps the presenter letters, also by physical key on a Korean layout', () => {
    expect(keyAction(press('b'), true)).toBe('blank');
    expect(keyAction(press('.'), true)).toBe('blank');
    expect(keyAction(press('ㅠ', { code: 'KeyB' }), true)).toBe('blank');
    expect(keyAction(press('+'), true)).toBe('zoom-in');
    expect(keyAction(press('-'), true)).toBe('zoom-out');
    expect(keyAction(press('l'), true)).toBe('laser');
    expect(keyAction(press('s'), true)).toBe('speaker');
    expect(keyAction(press('Escape'), true)).toBe('exit');
    expect(keyAction(press('p'), false)).toBe('present');
    expect(keyAction(press('b'), false)).toBeNull();
  });

  it('leaves keys alone while typing, in arrow-key widgets, on buttons (Space) and with modifiers', () => {
    expect(keyAction(press('ArrowRight', { target: 'editable' }), false)).toBeNull();
    expect(keyAction(press('b', { target: 'editable' }), true)).toBeNull();
    expect(keyAction(press('ArrowRight', { target: 'widget' }), true)).toBeNull();
    expect(keyAction(press(' ', { target: 'control' }), true)).toBeNull();
    expect(keyAction(press('ArrowRight', { altKey: true }), false)).toBeNull();
    expect(keyAction(press('s', { metaKey: true }), true)).toBeNull();
    expect(keyAction(press('ArrowRight', { isComposing: true }), false)).toBeNull();
    expect(keyAction(press('Escape', { target: 'editable' }), true)).toBe('exit');
  });
});

describe('targetKind', () => {
  it('tells typing targets, arrow-key widgets, controls and plain elements apart', () => {
    document.body.innerHTML = `<input id="i"><div role="radiogroup"><span id="r"></span></div><button id="b"><span id="bi"></span></button><h1 id="h"></h1>`;
    const el = (id: string) => document.getElementById(id);
    expect(targetKind(el('i'))).toBe('editable');
    expect(targetKind(el('r'))).toBe('widget');
    expect(targetKind(el('bi'))).toBe('control');
    expect(targetKind(el('h'))).toBe('plain');
    expect(targetKind(window)).toBe('plain');
  });
});
