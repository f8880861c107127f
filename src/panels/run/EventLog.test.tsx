// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { simulate } from '../../engine';
import type { Orchestration, Scenario } from '../../model/types';
import { interactiveStep, orchestration, stage } from '../../model/testing/fixtures';
import { resetStores } from '../testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { EventLog } from './EventLog';

const caseEscalation = JSON.parse(readFileSync('public/samples/case-escalation.json', 'utf8')) as Orchestration;

it('the moment shown is marked on the newest event listed when it is a condition check the list hides (as after Complete work item), and on the check itself when checks are shown', () => {
  // given a run shown at a condition check (an evaluation event), with condition checks hidden
  resetStores(caseEscalation);
  const trace = simulate(caseEscalation);
  const at = trace.events.findIndex((e, i) => i > 3 && e.type === 'evaluation');
  expect(at).toBeGreaterThan(0);
  act(() => useAppStore.getState().showTrace(trace, caseEscalation));
  act(() => useAppStore.getState().player!.seekIndex(at));
  render(<EventLog />);
  // then the newest event listed is the current one: nothing was marked
  const list = screen.getByRole('list', { name: 'Events, newest first' });
  const rows = within(list).getAllByRole('link');
  expect(rows[0]).toHaveAttribute('aria-current', 'true');
  expect(rows.slice(1).filter((r) => r.hasAttribute('aria-current'))).toEqual([]);
  // and with the checks shown, the check itself
  act(() => screen.getByRole('checkbox', { name: 'Condition checks' }).click());
  const shown = within(list).getAllByRole('link');
  expect(shown[0]).toHaveTextContent(/condition|check|evaluat/i);
  expect(shown[0]).toHaveAttribute('aria-current', 'true');
  expect(shown.slice(1).filter((r) => r.hasAttribute('aria-current'))).toEqual([]);
});

it('names the user who completed a work item as the Why panel does, not by the Id the simulated org gave them', () => {
  // given a User-triggered run whose work item is assigned to $Record.Id, the scenario's User given without Id
  const doc = orchestration({
    trigger: { type: 'recordTriggered', object: 'User', when: 'create' },
    stages: [stage('S', [interactiveStep('Ask', { label: 'Ask the new user', inputs: {}, assignee: { type: 'user', name: '$Record.Id' } })])],
  });
  const scenario: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Dana joins', record: { FirstName: 'Dana', LastName: 'Reyes' } };
  resetStores(doc);
  act(() => useAppStore.getState().setScenarios([scenario]));
  const trace = simulate(doc, scenario);
  act(() => useAppStore.getState().showTrace(trace, doc));
  act(() => useAppStore.getState().player!.seekIndex(trace.events.length - 1));
  // when
  render(<EventLog />);
  // then
  const list = screen.getByRole('list', { name: 'Events, newest first' });
  expect(within(list).getByRole('link', { name: /Work item of step “Ask the new user” completed/ })).toHaveTextContent('completed by Dana Reyes, the triggering User ($Record)');
  expect(list).not.toHaveTextContent('005SIM');
});
