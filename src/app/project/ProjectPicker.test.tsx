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

it('does not call an Active orchestration with no stages a draft: its disabled Open says what it is', () => {
  // given an Active orchestration with no stages (RecruiterPortalProject's Termination_Workflow is one)
  const empty = orchestrationXml('Offboarding', 'X').replace(/<orchestratedStages>[\s\S]*<\/orchestratedStages>\n/, '');
  useProjectSession.setState({ picking: { project: projectFromFiles([flowFile('Offboarding', empty)]), name: 'HR', handle: null }, current: null });
  // when
  render(<ProjectPicker />);
  // then
  const open = screen.getByRole('button', { name: 'Open Offboarding' });
  expect(open).toBeDisabled();
  expect(open.getAttribute('title')).toBe('No stages: nothing to open');
  expect(screen.queryByText(/draft/i)).toBeNull();
});

it('names an orchestration file it could not read with where and what, not "No orchestration yet"', () => {
  // given a project whose only orchestration file was cut short (its text still names processType Orchestrator) and one flow
  const xml = orchestrationXml('Order flow', 'Reserve');
  const cut = xml.slice(0, xml.indexOf('</processType>') + '</processType>'.length + 20);
  const project = projectFromFiles([flowFile('Order_Flow', cut), flowFile('Reserve', '<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata"><processType>AutoLaunchedFlow</processType><status>Active</status><label>Reserve</label></Flow>\n')]);
  // when the picker shows it
  useProjectSession.setState({ picking: { project, name: 'Orders', handle: null }, current: null });
  render(<ProjectPicker />);
  // then it says the orchestration could not be read, naming the file, the place and the reason, and what to do
  const said = screen.getByRole('heading', { name: 'Open an orchestration of Orders' }).nextElementSibling!.textContent!;
  expect(said).toMatch(/^No orchestration could be read, and 1 flow found\. /);
  expect(said).toMatch(/An orchestration file could not be read, so it is not listed — force-app\/main\/default\/flows\/Order_Flow\.flow-meta\.xml: \d+:\d+: not read: .+\. Fix it and open the project again\.$/);
  expect(said).not.toContain('No orchestration yet');
});

it('names an orchestration file cut short before its processType by its stages', () => {
  // given the orchestration cut inside its stages (Salesforce writes <orchestratedStages> before <processType>)
  const xml = orchestrationXml('Order flow', 'Reserve');
  const cut = xml.slice(0, xml.indexOf('<orchestratedStages>') + 60);
  expect(cut).not.toContain('<processType>');
  const project = projectFromFiles([flowFile('Order_Flow', cut), flowFile('Reserve', '<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata"><processType>AutoLaunchedFlow</processType><status>Active</status><label>Reserve</label></Flow>\n')]);
  // when the picker shows it
  useProjectSession.setState({ picking: { project, name: 'Orders', handle: null }, current: null });
  render(<ProjectPicker />);
  // then it is named as an orchestration, not counted as some file
  const said = screen.getByRole('heading', { name: 'Open an orchestration of Orders' }).nextElementSibling!.textContent!;
  expect(said).toContain('An orchestration file could not be read, so it is not listed — force-app/main/default/flows/Order_Flow.flow-meta.xml: ');
});
