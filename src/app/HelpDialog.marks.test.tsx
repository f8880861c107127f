// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { resetStores } from '../panels/testing/renderPanel';
import { useAppStore } from '../store/appStore';
import { HelpDialog } from './HelpDialog';

beforeEach(() => {
  resetStores();
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) { this.open = false; };
});

it('the Shortcuts dialog names the canvas\'s marks a new admin meets: the red fault-path dot and the "↳" badge, in words', () => {
  // given the help opened
  render(<HelpDialog />);
  act(() => useAppStore.getState().setDialog('help'));
  // when its marks table is read
  const table = screen.getByRole('table', { name: 'Marks on the canvas' });
  const rows = within(table).getAllByRole('row').map((r) => r.textContent ?? '');
  // then the fault handle and the consequence marker are explained by their words, not only by a drawn sample
  expect(rows.some((r) => /^Red dot under a stage: its fault path/.test(r))).toBe(true);
  expect(rows.some((r) => /Outlined “↳”: only follows from an error elsewhere/.test(r))).toBe(true);
  // and the samples themselves are hidden from assistive technology (the row's words say them)
  for (const sample of table.querySelectorAll('tbody td:first-child > span')) expect(sample.getAttribute('aria-hidden')).toBe('true');
});

it('the marks table names every dot the canvas draws to drag from, the decision\'s green default-path dot too', () => {
  // given the help opened
  render(<HelpDialog />);
  act(() => useAppStore.getState().setDialog('help'));
  // when its marks table is read
  const rows = within(screen.getByRole('table', { name: 'Marks on the canvas' })).getAllByRole('row').map((r) => r.textContent ?? '');
  // then each source handle of canvas/nodes (stage: next, fault; step: out; decision: outcome, default) has its row
  for (const mark of [/^Green dot on a stage’s right side/, /^Red dot under a stage/, /^Green dot under a step/, /^Amber dot on a decision/, /^Green dot under a decision: .*default path/]) {
    expect(rows.some((r) => mark.test(r)), String(mark)).toBe(true);
  }
});
