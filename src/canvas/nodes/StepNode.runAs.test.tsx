// @vitest-environment jsdom
/**
 * The run view's card names who a step runs as the way the Why panel does (ui/runAsUserWords.ts):
 * a work item assigned to `$Record.Id` of a User-triggered run shows the person, not `005SIM…`,
 * on one line with the full words in its tooltip (docs/canvas.md, *chosen*).
 */
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { act, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { simulate } from '../../engine';
import { interactiveStep, orchestration, stage } from '../../model/testing/fixtures';
import type { Orchestration, Scenario } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { validateOrchestration } from '../../model/validate';
import type { StepNode as StepNodeType } from '../types';
import { StepNode } from './StepNode';

const doc: Orchestration = orchestration({
  trigger: { type: 'recordTriggered', object: 'User', when: 'create' },
  stages: [stage('S', [interactiveStep('Ask', { label: 'Ask the new user', inputs: {}, assignee: { type: 'user', name: '$Record.Id' } })])],
});
const scenario: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Dana joins', record: { FirstName: 'Dana', LastName: 'Reyes' } };

it('shows “as Dana Reyes, the triggering User ($Record)” on a started step assigned to $Record.Id, the Id kept in data-run-as', () => {
  // given the run shown at the moment its work item is assigned, with the scenario it ran
  const store = useAppStore.getState();
  if (!store.validatorReady) store.setValidator(validateOrchestration);
  store.exitRun();
  store.openUnsavedDesign(doc, [scenario]);
  const trace = simulate(doc, scenario);
  const assigned = trace.events.findIndex((e) => e.type === 'workItemAssigned');
  act(() => useAppStore.getState().showTrace(trace, doc));
  act(() => useAppStore.getState().player!.seekIndex(assigned));
  // when the card renders
  const props = { id: 'Ask', type: 'step', selected: false, data: { name: 'Ask', label: 'Ask the new user', kind: 'interactive', mode: 'interactive', startBadge: 'Starts with the stage', runAsBadge: null, flowLabel: null, problems: [], invalid: false } } as unknown as NodeProps<StepNodeType>;
  const { container } = render(<ReactFlowProvider><StepNode {...props} /></ReactFlowProvider>);
  // then
  const line = screen.getByText(/^as /);
  expect(line).toHaveTextContent('as Dana Reyes, the triggering User ($Record)');
  expect(line).toHaveAttribute('title', 'Runs as Dana Reyes, the triggering User ($Record)');
  expect(container.querySelector('[data-run-as]')).toHaveAttribute('data-run-as', '005SIM000000000001');
});
