import { describe, expect, it } from 'vitest';
import { isLockedEditKey } from './lockedEditKey';

const key = (k: string, mod = false, shift = false) => ({ key: k, ctrlKey: mod, metaKey: false, shiftKey: shift, altKey: false });

describe('an edit key pressed in the run view', () => {
  it('is one of Undo, Redo, Delete, F2, Cut, Paste or Duplicate, while a run is shown', () => {
    const running = { runPhase: 'ready' as const };
    for (const k of [key('z', true), key('z', true, true), key('y', true), key('Delete'), key('Backspace'), key('F2'), key('x', true), key('v', true), key('d', true)]) {
      expect(isLockedEditKey(k, running), k.key).toBe(true);
    }
  });

  it('is S, B, I or D (add a stage, step or decision) pressed on the design, while a run is shown', () => {
    const running = { runPhase: 'ready' as const };
    for (const k of ['s', 'b', 'i', 'd', 'S']) expect(isLockedEditKey(key(k), running), k).toBe(true);
    // not in the editor, not with Shift on a letter, not typed outside the design (the Timeline, a button)
    expect(isLockedEditKey(key('s'), { runPhase: 'idle' })).toBe(false);
    expect(isLockedEditKey(key('S', false, true), running)).toBe(false);
    expect(isLockedEditKey({ ...key('s'), target: null }, running)).toBe(false);
  });

  it('is not a key that only looks or selects, nor any key in the editor', () => {
    const running = { runPhase: 'ready' as const };
    for (const k of [key('c', true), key('f', true), key('a', true), key('Escape'), key('?'), key('ArrowLeft')]) {
      expect(isLockedEditKey(k, running), k.key).toBe(false);
    }
    expect(isLockedEditKey(key('z', true), { runPhase: 'idle' })).toBe(false);
  });
});
