// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { simulate } from '../../engine';
import type { Orchestration, Scenario } from '../../model/types';
import { resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { StallBanner } from './StallBanner';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { caseLifecycleFiles, realProjectFiles, recruitingFiles } from '../../io/project/testing/projectFiles';
import { STRONG_CANDIDATE } from '../../io/project/testing/recruitingScenario';

const read = <T,>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const orderFulfilment = read<Orchestration>('public/samples/order-fulfilment.json');
const paymentDeclined = read<Scenario>('public/samples/order-fulfilment.scenarios/payment-declined.json');

/** The end of Order Fulfilment's run under "payment declined": Charge_Payment fails, and the run with it. */
function showFailedRun(): void {
  resetStores(orderFulfilment);
  const trace = simulate(orderFulfilment, paymentDeclined);
  expect(trace.run.status).toBe('Error');
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: orderFulfilment, runScenario: paymentDeclined, trace, cursor: { index: trace.events.length - 1, time: trace.run.endedAt ?? 0, playing: false, speed: 1, atEnd: true } }));
}

beforeEach(() => resetStores());

it('a failed run names the failed step by its label, as its card does, with its API name beside; the label selects the step', () => {
  // given the end of a failed run
  showFailedRun();
  render(<StallBanner />);
  // then the banner names the step as the admin labelled it, the API name after it
  const banner = screen.getByRole('status');
  expect(banner).toHaveTextContent('The run failed.');
  const item = screen.getByRole('listitem');
  expect(item).toHaveTextContent(/^Charge payment Charge_Payment failed: /);
  // and the label is a link that selects the step (not a button: a label such as "Reset card" made the run control Reset ambiguous)
  expect(screen.queryAllByRole('button')).toEqual([]);
  fireEvent.click(screen.getByRole('link', { name: 'Charge payment' }));
  expect(useAppStore.getState().selected).toEqual(['Charge_Payment']);
});

it('a step whose label is its API name is named once', () => {
  // given the failed step labelled as its API name
  const doc: Orchestration = { ...orderFulfilment, stages: orderFulfilment.stages.map((s) => ({ ...s, steps: s.steps.map((t) => (t.name === 'Charge_Payment' ? { ...t, label: 'Charge_Payment' } : t)) })) };
  resetStores(doc);
  const trace = simulate(doc, paymentDeclined);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: doc, runScenario: paymentDeclined, trace, cursor: { index: trace.events.length - 1, time: 0, playing: false, speed: 1, atEnd: true } }));
  render(<StallBanner />);
  // then
  expect(screen.getByRole('listitem')).toHaveTextContent(/^Charge_Payment failed: /);
});

it('a stuck run names the waiting steps and the stages not reached by their labels too', () => {
  // given Onboarding under "never confirmed": Assign buddy (Buddy) waits for ever; a third stage is never reached
  const onboarding = read<Orchestration>('public/samples/onboarding.json');
  const doc: Orchestration = { ...onboarding, stages: [...onboarding.stages, { name: 'Farewell', label: 'Say goodbye', exit: { mode: 'allStepsCompleted' }, steps: [] }] };
  const neverConfirmed = read<Scenario>('public/samples/onboarding.scenarios/never-confirmed.json');
  resetStores(doc);
  const trace = simulate(doc, neverConfirmed);
  expect(trace.run.stalled).toBe(true);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: doc, runScenario: neverConfirmed, trace, cursor: { index: trace.events.length - 1, time: 0, playing: false, speed: 1, atEnd: true } }));
  render(<StallBanner />);
  // then
  expect(screen.getByRole('listitem')).toHaveTextContent(/^Assign buddy Buddy waits for evaluation flow “Hire confirmed\?” Hire_Confirmed to return true; it returns false: row 1: hire.Confirmed is false, needs Equals true/);
  expect(screen.getByRole('status')).toHaveTextContent('Not reached: stage Say goodbye.');
});

it('a stuck run names the step another waits for by its label, and its status as the legend says it (recruiting demo, work items left open)', () => {
  // given the recruiting demo run with no work item completed by the scenario: Enter Job Application's stays open
  const opened = openOrchestration(projectFromFiles(recruitingFiles()), 'Recruiting_Orchestration_v6');
  if (!opened.ok) throw new Error('the recruiting demo did not open');
  const scenario: Scenario = { ...STRONG_CANDIDATE, autoCompleteWorkItems: false };
  resetStores(opened.doc);
  const trace = simulate(opened.doc, scenario);
  expect(trace.run.stalled).toBe(true);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: opened.doc, runScenario: scenario, trace, cursor: { index: trace.events.length - 1, time: 0, playing: false, speed: 1, atEnd: true } }));
  render(<StallBanner />);
  // then
  const items = screen.getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toContain('Phone Screen Scheduled Phone_Screen_Scheduled waits for step “Enter Job Application” to be completed (it is In progress)');
  expect(items).toContain('Recruiter Phone Screen Recruiter_Phone_Screen waits for step “Phone Screen Scheduled” to be completed (it is Not started)');
});

it('a stuck run whose steps wait on requirements says Set value can still wake it, not that nothing can (CaseLifecycle: Resolve waits for $Record.Status Equals "Resolved")', () => {
  // given CaseLifecycle run without a scenario: Resolve waits for a Status the record never takes
  const opened = openOrchestration(projectFromFiles(caseLifecycleFiles()), 'Case_Lifecycle');
  if (!opened.ok) throw new Error('CaseLifecycle did not open');
  resetStores(opened.doc);
  const trace = simulate(opened.doc);
  expect(trace.run.stalled).toBe(true);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: opened.doc, runScenario: null, trace, cursor: { index: trace.events.length - 1, time: 0, playing: false, speed: 1, atEnd: true } }));
  render(<StallBanner />);
  // then the banner does not claim what Act on the run disproves (setting $Record.Status there completes the run)
  const banner = screen.getByRole('status');
  expect(banner).not.toHaveTextContent('nothing can wake it any more');
  expect(banner).toHaveTextContent('The run is stuck: nothing in the run changes what its steps wait for.');
  // and the waiting step's line says what it does: it waits for its requirements (the engine's sentence began "its start requirements … are not met")
  expect(screen.getByRole('listitem')).toHaveTextContent(/ waits for its start requirements \(all must hold\) to be met; they are not: row 1: \$Record\.Status is /);
  expect(banner).toHaveTextContent('Set value, under Act on the run, changes a value at this moment: requirements are checked again then, an evaluation flow at the next orchestration event (Publish orchestration event); or change the scenario in Scenarios and run again.');
});

it('a step waiting on an evaluation flow names the flow by its label, its API name beside, as the Why panel does (Orchestration_Parallel_Approvals)', () => {
  // given the real project's run without a scenario: its last step waits on an evaluation flow that returns false
  const opened = openOrchestration(projectFromFiles(realProjectFiles('OrchestratorResources')), 'Orchestration_Parallel_Approvals');
  if (!opened.ok) throw new Error('Orchestration_Parallel_Approvals did not open');
  resetStores(opened.doc);
  const trace = simulate(opened.doc);
  expect(trace.run.stalled).toBe(true);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: opened.doc, runScenario: null, trace, cursor: { index: trace.events.length - 1, time: 0, playing: false, speed: 1, atEnd: true } }));
  render(<StallBanner />);
  // then
  expect(screen.getByRole('listitem')).toHaveTextContent(/^Complete Config If Both Approve Complete_Config_If_Both_Approve waits for evaluation flow “Entry Flow - Have Both Approvals Been Received\?” Entry_Flow_Have_Both_Approvals_Been_Received to return true; it returns false: /);
});

it('a long API name in the banner may break between its parts only (a <wbr> after each _), not mid-word', () => {
  showFailedRun();
  render(<StallBanner />);
  const name = screen.getByText((_, el) => el?.tagName === 'SPAN' && el.textContent === 'Charge_Payment');
  expect(name.querySelectorAll('wbr')).toHaveLength(1);
  expect(name.innerHTML).toBe('Charge_<wbr>Payment');
});

it('a failed run\'s "change the scenario in Scenarios" is a link that opens Scenarios over the run, on the run\'s scenario, as the Expectations section\'s does', () => {
  // given the end of a failed run of the design's second scenario, the first one chosen in the meantime
  showFailedRun();
  act(() => useAppStore.setState({ scenarios: [{ ...paymentDeclined, name: 'Other' }, paymentDeclined], activeScenario: 0, baseScenario: paymentDeclined }));
  render(<StallBanner />);
  expect(screen.getByRole('status')).toHaveTextContent('To remove the cause, change the design, or change the scenario in Scenarios, and run again.');
  // when the admin follows it (named by what is changed there: the Expectations section's is "Expected outcome in Scenarios")
  fireEvent.click(screen.getByRole('link', { name: 'change the scenario in Scenarios' }));
  // then Scenarios is open on the run's scenario, and the run is still shown (it was left)
  const state = useAppStore.getState();
  expect(state.dialog).toBe('scenarios');
  expect(state.activeScenario).toBe(1);
  expect(state.runPhase).toBe('ready');
  expect(state.trace).not.toBeNull();
});

it('a trace read from a file has no scenario to change: "change the scenario in Scenarios" stays words', () => {
  showFailedRun();
  act(() => useAppStore.setState({ runScenario: null, traceFromFile: true }));
  render(<StallBanner />);
  expect(screen.getByRole('status')).toHaveTextContent('change the design, or change the scenario in Scenarios, and run again');
  expect(screen.queryByRole('link', { name: /Scenarios/ })).toBeNull();
});

it('a run that completed by a fault path says so: the failed step with why, the stage that ended in Error and where its fault path led', () => {
  // given Loan Approval's own scenario: the credit bureau times out, Intake checks fails, Manual recovery runs
  const loan = read<Orchestration>('public/samples/loan-approval.json');
  const timesOut = read<Scenario>('public/samples/loan-approval.scenario.json');
  resetStores(loan);
  const trace = simulate(loan, timesOut);
  expect(trace.run.status).toBe('Completed');
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: loan, runScenario: timesOut, trace, cursor: { index: trace.events.length - 1, time: trace.run.endedAt ?? 0, playing: false, speed: 1, atEnd: true } }));
  // when
  render(<StallBanner />);
  // then it is not said as a run where nothing went wrong
  const banner = screen.getByRole('status');
  expect(banner).toHaveTextContent('The run completed, by a fault path.');
  expect(screen.getByRole('listitem')).toHaveTextContent(/^Credit check Credit_Check failed: credit bureau did not answer within 30 seconds/);
  // and, both its steps having started (Credit check failed, Verify income completed), none is said never to have started
  expect(banner).toHaveTextContent('Stage “Intake checks” ended in Error, and the run went on along its fault path to stage “Manual recovery”.');
  expect(banner).not.toHaveTextContent('never started');
});

it('a stage ended in Error by a fault path names its steps that never started', () => {
  // given Loan Approval with Verify income waiting for Credit check to complete, which times out
  const loan = read<Orchestration>('public/samples/loan-approval.json');
  const waits = structuredClone(loan);
  waits.stages[0]!.steps[1]!.start = { mode: 'stepCompleted', step: 'Credit_Check' };
  const timesOut = read<Scenario>('public/samples/loan-approval.scenario.json');
  resetStores(waits);
  const trace = simulate(waits, timesOut);
  expect(trace.steps.Verify_Income?.status).toBe('NotStarted');
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: waits, runScenario: timesOut, trace, cursor: { index: trace.events.length - 1, time: trace.run.endedAt ?? 0, playing: false, speed: 1, atEnd: true } }));
  // when
  render(<StallBanner />);
  // then
  expect(screen.getByRole('status')).toHaveTextContent('Stage “Intake checks” ended in Error, and the run went on along its fault path to stage “Manual recovery”: step “Verify income” never started.');
});

it('a waiting step whose start requirements have custom logic with brackets reads as waiting too ("logic \\"(1 OR 1) AND 1\\"")', () => {
  // given CaseLifecycle run without a scenario, its waiting step's requirements joined by custom logic with brackets
  const opened = openOrchestration(projectFromFiles(caseLifecycleFiles()), 'Case_Lifecycle');
  if (!opened.ok) throw new Error('CaseLifecycle did not open');
  const doc = structuredClone(opened.doc);
  const start = doc.stages.flatMap((s) => s.steps).map((s) => s.start).find((s) => s?.mode === 'requirements');
  if (start?.mode !== 'requirements') throw new Error('no step starts on requirements');
  start.logic = '(1 OR 1) AND 1';
  resetStores(doc);
  const trace = simulate(doc);
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: doc, runScenario: null, trace, cursor: { index: trace.events.length - 1, time: 0, playing: false, speed: 1, atEnd: true } }));
  render(<StallBanner />);
  // then its line says it waits for them, brackets and all (the engine's sentence ran on after the step's name)
  expect(screen.getByRole('listitem')).toHaveTextContent(/ waits for its start requirements \(logic "\(1 OR 1\) AND 1"\) to be met; they are not: row 1: /);
});
