// @vitest-environment jsdom
/** The picker shows each orchestration's status in an admin's words, as Setup does: "Invalid draft", not "InvalidDraft". */
import { render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { flowFile, orchestrationXml } from '../../io/project/testing/projectFiles';
import { resetStores } from '../../panels/testing/renderPanel';
import { ProjectPicker } from './ProjectPicker';
import { useProjectSession } from './projectState';

beforeEach(() => {
  resetStores();
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) { this.open = false; };
});

it('shows an InvalidDraft file as "Invalid draft" and an Active one as "Active"', () => {
  const xml = orchestrationXml('Order flow', 'Reserve');
  const project = projectFromFiles([
    flowFile('Order_Flow', xml),
    flowFile('Order_Retry', xml.replace('<status>Active</status>', '<status>InvalidDraft</status>')),
  ]);
  useProjectSession.setState({ picking: { project, name: 'Orders', handle: null }, current: null });
  render(<ProjectPicker />);
  const row = (name: string) => screen.getByRole('button', { name: `Open ${name}` }).closest('tr')!;
  expect(within(row('Order_Retry')).getByText('Invalid draft')).toBeInTheDocument();
  expect(within(row('Order_Flow')).getByText('Active')).toBeInTheDocument();
  expect(screen.queryByText('InvalidDraft')).toBeNull();
});
