// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusNextFrame } from './focusLater';

function add<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  document.body.append(el);
  return el;
}

describe('focusNextFrame', () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  const runFrame = () => frames.shift()!(0);
  afterEach(() => {
    document.body.replaceChildren();
    frames.length = 0;
  });

  it('focuses the target a frame later when focus is still where it was asked from, and runs `then` on it', () => {
    const addButton = add('button');
    addButton.focus();
    const field = add('input');
    field.value = 'newVariable';
    focusNextFrame(() => field, (el) => (el as HTMLInputElement).select());
    expect(document.activeElement).toBe(addButton);
    runFrame();
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'newVariable'.length]);
  });

  it('focuses the target when focus was lost meanwhile (the control that asked was removed or disabled)', () => {
    const remove = add('button');
    remove.focus();
    const other = add('button');
    focusNextFrame(() => other);
    remove.remove();
    runFrame();
    expect(document.activeElement).toBe(other);

    const up = add('button');
    up.focus();
    focusNextFrame(() => other);
    other.blur();
    up.focus();
    up.disabled = true;
    runFrame();
    expect(document.activeElement).toBe(other);
  });

  it('never takes focus the user has put elsewhere before the frame (a click into another field, then typing)', () => {
    const addButton = add('button');
    addButton.focus();
    const description = add('textarea');
    const added = add('input');
    focusNextFrame(() => added, (el) => (el as HTMLInputElement).select());
    description.focus();
    runFrame();
    expect(document.activeElement).toBe(description);
  });

  it('an action pressed twice before the frame ends on the second target (+ Add twice: the second new row)', () => {
    const addButton = add('button');
    addButton.focus();
    const first = add('input');
    const second = add('input');
    focusNextFrame(() => first);
    focusNextFrame(() => second);
    runFrame();
    runFrame();
    expect(document.activeElement).toBe(second);
  });
});
