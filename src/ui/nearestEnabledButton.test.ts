// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nearestEnabledButton } from './nearestEnabledButton';

/** A toolbar of buttons ('|' a separator, '-' a disabled button): returns the buttons by name. */
function toolbar(spec: string): Record<string, HTMLButtonElement> {
  const bar = document.createElement('div');
  bar.setAttribute('role', 'toolbar');
  const buttons: Record<string, HTMLButtonElement> = {};
  for (const word of spec.split(' ')) {
    if (word === '|') {
      const sep = document.createElement('span');
      sep.setAttribute('data-separator', '');
      bar.append(sep);
      continue;
    }
    const b = document.createElement('button');
    const name = word.replace(/^-/, '');
    b.textContent = name;
    b.disabled = word.startsWith('-');
    buttons[name] = b;
    bar.append(b);
  }
  document.body.replaceChildren(bar);
  return buttons;
}

describe('nearestEnabledButton (focus when the button that has it is disabled)', () => {
  // jsdom lays nothing out: every element counts as shown
  beforeEach(() => { vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList); });
  afterEach(() => vi.restoreAllMocks());

  it('Step forward at the run\'s end → Step back; Step back at its start → Step forward (the next one wins a tie); Next change → Reset', () => {
    const end = toolbar('Play Pause Back -Forward -Next Reset');
    expect(nearestEnabledButton(end.Forward!)?.textContent).toBe('Back');
    expect(nearestEnabledButton(end.Next!)?.textContent).toBe('Reset');
    const start = toolbar('Play Pause -Back Forward Next Reset');
    expect(nearestEnabledButton(start.Back!)?.textContent).toBe('Forward');
  });

  it('a separator makes a button further: Redo → Undo, not Tidy up after the separator', () => {
    const bar = toolbar('Undo -Redo | Tidy Fit');
    expect(nearestEnabledButton(bar.Redo!)?.textContent).toBe('Undo');
    const bar2 = toolbar('-Undo Redo | Tidy Fit');
    expect(nearestEnabledButton(bar2.Undo!)?.textContent).toBe('Redo');
  });

  it('none when every other button is disabled', () => {
    const bar = toolbar('-Undo -Redo');
    expect(nearestEnabledButton(bar.Undo!)).toBeNull();
  });
});
