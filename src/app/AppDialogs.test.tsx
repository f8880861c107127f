// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { resetStores } from '../panels/testing/renderPanel';
import { useAppStore } from '../store/appStore';
import { AppDialogs } from './AppDialogs';
import { useProjectSession } from './project/projectState';

beforeEach(() => {
  resetStores();
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) { this.open = false; };
});

it('Escape pressed while a dialog\'s code is still loading cancels the opening: the dialog does not open after it', async () => {
  // given the Scenarios dialog asked for, its code not loaded yet
  render(<AppDialogs />);
  act(() => useAppStore.getState().setDialog('scenarios'));
  // when Escape is pressed before it is there
  fireEvent.keyDown(window, { key: 'Escape' });
  // then the opening is cancelled, and nothing opens once the code has loaded
  expect(useAppStore.getState().dialog).toBeNull();
  await act(() => import('../panels/scenario/ScenarioEditor'));
  expect(screen.queryByRole('dialog', { name: 'Scenarios' })).toBeNull();
});

it('Escape while the project picker\'s code loads closes the picker, and other keys leave the opening alone', () => {
  render(<AppDialogs />);
  act(() => useAppStore.getState().setDialog('library'));
  fireEvent.keyDown(window, { key: 'Enter' });
  expect(useAppStore.getState().dialog).toBe('library');
  fireEvent.keyDown(window, { key: 'Escape' });
  expect(useAppStore.getState().dialog).toBeNull();
  act(() => useProjectSession.setState({ picking: { project: {} as never, name: 'Orders', handle: null } }));
  fireEvent.keyDown(window, { key: 'Escape' });
  expect(useProjectSession.getState().picking).toBeNull();
});
