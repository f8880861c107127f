// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { NOTHING_TO_READ, ResourcePicker } from './ResourcePicker';

it('a Resource picker with nothing to offer says what to add first, read with the picker (a first step had only "choose a resource")', () => {
  // given a requirement row in a design with no other step, stage or variable
  render(<ResourcePicker value="" options={[]} onChange={() => {}} errors={['choose a resource']} />);
  // then the picker is described by the error and by what would fill it
  const picker = screen.getByRole('combobox', { name: 'Resource' });
  expect(picker).toHaveAccessibleDescription(expect.stringContaining(NOTHING_TO_READ));
  expect(picker).toHaveAccessibleDescription(expect.stringContaining('choose a resource'));
});

it('says nothing more once there is something to choose, or a field of the triggering record can be typed', () => {
  const { rerender } = render(<ResourcePicker value="" options={[{ ref: 'Other.Status', group: 'Step statuses', type: 'Status' }]} onChange={() => {}} />);
  expect(screen.queryByText(NOTHING_TO_READ)).toBeNull();
  rerender(<ResourcePicker value="" options={[]} onChange={() => {}} otherField={{ object: 'Case', suggestions: [] }} />);
  expect(screen.queryByText(NOTHING_TO_READ)).toBeNull();
});
