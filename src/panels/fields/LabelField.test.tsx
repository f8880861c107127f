// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { locateElement } from '../../commands/elementLocator';
import { doc, historyLength, renderPanel } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';

function typeInto(input: HTMLElement, ...values: string[]) {
  fireEvent.focus(input);
  for (const value of values) fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

const label = (name: string) => {
  const at = locateElement(doc(), name);
  return at?.kind === 'step' ? at.step.label : 'no step';
};

describe('LabelField', () => {
  it('a label of spaces only is left empty, so the card and the Outline show the API name instead of nothing', () => {
    // given
    renderPanel(['Buddy']);
    // when: the label is typed over with spaces and the field left
    typeInto(screen.getByLabelText('Label'), ' ', '   ');
    // then: no label, said under the field, in one undo entry
    expect(label('Buddy')).toBeUndefined();
    expect(screen.getByLabelText('Label')).toHaveValue('');
    expect(screen.getByText('Empty: the canvas shows the API name.')).toBeTruthy();
    expect(historyLength()).toBe(1);
    useAppStore.getState().undo();
    expect(label('Buddy')).toBe('Assign buddy');
  });

  it('a label over 255 characters is said to be too long once, not in the field\'s words and the validator\'s both', () => {
    renderPanel(['Buddy']);
    typeInto(screen.getByLabelText('Label'), 'x'.repeat(300));
    expect(screen.getAllByText(/at most 255 characters/)).toHaveLength(1);
  });

  it('keeps spaces typed before the words while typing (only a label left blank is emptied)', () => {
    renderPanel(['Buddy']);
    typeInto(screen.getByLabelText('Label'), ' ', ' Pair', ' Pair up');
    expect(label('Buddy')).toBe(' Pair up');
  });
});
