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

  it('is not a key that only looks or selects, nor any key in the editor', () => {
    const running = { runPhase: 'ready' as const };
    for (const k of [key('c', true), key('f', true), key('a', true), key('Escape'), key('?'), key('ArrowLeft')]) {
      expect(isLockedEditKey(k, running), k.key).toBe(false);
    }
    expect(isLockedEditKey(key('z', true), { runPhase: 'idle' })).toBe(false);
  });
});
