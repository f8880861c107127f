// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { resetStores } from '../panels/testing/renderPanel';
import { useAppStore } from '../store/appStore';
import { ImportReport } from './ImportReport';

beforeEach(() => {
  resetStores();
  // jsdom has no modal dialogs: opening one only marks it open
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) { this.open = false; };
});

it('the report of a design that opened with errors (a project draft) counts them apart from the warnings: they block a run', () => {
  const error = { path: 'stages[0].steps[0].flow', message: 'flow "Reserve" is not active', severity: 'error' as const };
  const warning = { path: 'flows[0]', message: 'flow Ship is referenced but not in the project', severity: 'warning' as const };
  const { container, rerender } = render(<ImportReport />);
  useAppStore.getState().setImportReport({ fileName: 'Orders: Order_Flow', ok: true, problems: [error, warning, { ...warning, path: 'flows[1]' }] });
  rerender(<ImportReport />);
  expect(container.textContent).toContain('It opened with 1 problem to fix before it can run and 2 warnings.');
  useAppStore.getState().setImportReport({ fileName: 'Orders: Order_Flow', ok: true, problems: [error, { ...error, path: 'stages[1]' }] });
  rerender(<ImportReport />);
  expect(container.textContent).toContain('It opened with 2 problems to fix before it can run.');
  useAppStore.getState().setImportReport({ fileName: 'order.json', ok: true, problems: [warning] });
  rerender(<ImportReport />);
  expect(container.textContent).toContain('It opened with 1 warning.');
  // a report of parts kept as written only (the recruiting demo's) does not count "0 warnings"
  useAppStore.getState().setImportReport({ fileName: 'recruiting: Recruiting_Orchestration_v6', ok: true, problems: [{ path: 'extensions', message: '<status> has no place in the model; kept verbatim in extensions (extensions)', severity: 'warning' }] });
  rerender(<ImportReport />);
  expect(container.textContent).toContain('It opened with nothing to fix or check.');
  expect(container.textContent).not.toContain('0 warnings');
});

it('under Kept as written, each part is named with its place only: the heading says it is kept, not each line in the reader\'s words with its JSON path', () => {
  // given a project orchestration whose file has parts the design has no place for (the recruiting demo's)
  const kept = [
    { path: 'extensions', message: '<status> has no place in the model; kept verbatim in extensions (extensions)', severity: 'warning' as const },
    { path: 'decisions[0].extensions', message: '<defaultConnectorLabel> ×2 has no place in the model; kept verbatim in extensions (decisions[0].extensions, decisions[1].extensions)', severity: 'warning' as const },
  ];
  const { container, rerender } = render(<ImportReport />);
  // when its report shows
  useAppStore.getState().setImportReport({ fileName: 'recruiting: Recruiting_Orchestration_v6', ok: true, problems: kept });
  rerender(<ImportReport />);
  // then
  const items = [...container.querySelectorAll('details li')].map((li) => li.textContent);
  expect(items).toHaveLength(2);
  expect(items[0]).toMatch(/: <status>$/);
  expect(items[1]).toMatch(/: <defaultConnectorLabel> ×2$/);
  expect(container.querySelector('details')?.textContent).not.toMatch(/no place in the model|extensions/);
});

it('a project\'s report places each problem at its own file or in the design: a file that could not be read is named, not "The orchestration"; the orchestration file\'s step problem is at its step', () => {
  // given a design opened from a project, with a problem of another flow's file and one of a step of its own file
  const own = 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml';
  useAppStore.getState().setProjectFile({ project: 'qa', apiName: 'Case_Lifecycle', path: own, writable: false });
  const step = useAppStore.getState().doc.stages[0]!.steps[0]!;
  const { container, rerender } = render(<ImportReport />);
  // when its report shows
  useAppStore.getState().setImportReport({
    fileName: 'qa: Case_Lifecycle', ok: true,
    problems: [
      { path: 'force-app/main/default/flows/Classify_Case.flow-meta.xml:6:35', message: "not read: Expected closing tag 'label'", severity: 'warning' },
      { path: 'force-app/main/default/flows/Case_Lifecycle.scenario.json __proto__', message: 'scenario not used: the key "__proto__" is not allowed', severity: 'warning' },
      { path: `${own} stages[0].steps[0].flow`, message: 'flow "Reserve" is not active', severity: 'warning' },
      { path: 'stages[0].steps[0].flow', message: 'the project\'s file of flow "Reserve" is a Draft version', severity: 'warning' },
    ],
  });
  rerender(<ImportReport />);
  // then
  const items = [...container.querySelectorAll('ul > li')].map((li) => li.textContent);
  expect(items[0]).toBe("force-app/main/default/flows/Classify_Case.flow-meta.xml:6:35: not read: Expected closing tag 'label'");
  expect(items[1]).toBe('force-app/main/default/flows/Case_Lifecycle.scenario.json __proto__: scenario not used: the key "__proto__" is not allowed');
  expect(items[3]).toBe(`Step “${step.label ?? step.name}” in stage “${useAppStore.getState().doc.stages[0]!.label}” (Flow): the project's file of flow "Reserve" is a Draft version stages[0].steps[0].flow`);
  expect(items[2]).toBe(`Step “${step.label ?? step.name}” in stage “${useAppStore.getState().doc.stages[0]!.label}” (Flow): flow "Reserve" is not active ${own} stages[0].steps[0].flow`);
});

it('a warning that only follows from an error is listed right after the errors and names it in words, as stageflow validate prints it', () => {
  // given a design that opened with a step's missing flow, the stage's consequence and another warning listed before it
  const error = { path: 'stages[0].steps[0].flow', message: 'flow "Reserve" is not active', severity: 'error' as const };
  const other = { path: 'flows[0]', message: 'flow Ship is referenced but not in the project', severity: 'warning' as const };
  const consequence = { path: 'stages[0].exit', message: 'stage "Ship_Order" can never complete', severity: 'warning' as const, cause: 'stages[0].steps[0].flow' };
  const { container, rerender } = render(<ImportReport />);
  useAppStore.getState().setImportReport({ fileName: 'Orders: Order_Flow', ok: true, problems: [other, consequence, error] });
  rerender(<ImportReport />);
  // then
  const lines = [...container.querySelectorAll('li')].map((li) => li.textContent);
  expect(lines[0]).toMatch(/flow "Reserve" is not active/);
  expect(lines[1]).toMatch(/^Stage “[^”]+” \(When to complete the stage\): follows from the error at Step “[^”]+” \(Flow\): stage "Ship_Order" can never complete/);
  expect(lines[2]).toMatch(/flow Ship is referenced/);
});

it('a consequence names its place\'s element once: its message reads "this stage" after the place, and the error\'s step is not said to be in that stage again', () => {
  // given a design that opened with a step of its first stage missing its flow, and the stage's consequence (validateFeasibility's words)
  const stage = useAppStore.getState().doc.stages[0]!;
  const step = stage.steps[0]!;
  const error = { path: 'stages[0].steps[0].flow', message: `choose the autolaunched flow that step "${step.name}" runs`, severity: 'error' as const };
  const consequence = { path: 'stages[0].exit', message: `stage "${stage.name}" can never complete: it waits for all its steps, and "${step.name}" can never complete (it has no flow)`, severity: 'warning' as const, cause: 'stages[0].steps[0].flow' };
  const { container, rerender } = render(<ImportReport />);
  // when its report shows
  useAppStore.getState().setImportReport({ fileName: 'onboarding.json', ok: true, problems: [consequence, error] });
  rerender(<ImportReport />);
  // then the stage is named by the place alone: it read 'Stage “S” (When to complete the stage): follows from the error at Step “X” in stage “S” (Flow): stage “S” (S_Name) can never complete…';
  // and the step at fault by "follows from the error at" alone: after it, '…and “X” (X_Name) can never complete' named it again
  const lines = [...container.querySelectorAll('li')].map((li) => li.textContent);
  expect(lines[0]).toBe(`Step “${step.label}” in stage “${stage.label}” (Flow): choose the autolaunched flow that this step runs stages[0].steps[0].flow`);
  expect(lines[1]).toBe(`Stage “${stage.label}” (When to complete the stage): follows from the error at Step “${step.label}” (Flow): this stage can never complete: it waits for all its steps, and that step can never complete (it has no flow) stages[0].exit`);
});

it('a long list of problems scrolls inside the dialog and can be scrolled from the keyboard: it takes focus and is named by what it lists', () => {
  const problems = Array.from({ length: 30 }, (_, i) => ({ path: `force-app/main/default/flows/F${i}.flow-meta.xml`, message: 'not read: the file is not UTF-8', severity: 'warning' as const }));
  const { container, rerender } = render(<ImportReport />);
  useAppStore.getState().setImportReport({ fileName: 'hostile.zip', ok: false, problems: [...problems, { path: 'extensions', message: '<status> has no place in the model; kept verbatim in extensions (extensions)', severity: 'warning' }] });
  rerender(<ImportReport />);
  const lists = [...container.querySelectorAll('ul')];
  expect(lists.map((l) => [l.getAttribute('aria-label'), l.tabIndex, l.children.length])).toEqual([['Problems to fix', 0, 30], ['Parts kept as written', 0, 1]]);
});
