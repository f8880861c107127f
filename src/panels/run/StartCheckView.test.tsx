// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import type { StartCheck } from '../../engine/startCheck';
import type { Orchestration } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { resetStores } from '../testing/renderPanel';
import { StartCheckView } from './StartCheckView';

/** An evaluation flow that returns true now, changed at 700 ms and not re-checked since (R17). */
const notRechecked: StartCheck = {
  mode: 'evaluationFlow', holds: true, flow: 'Stock_Ready', source: 'condition',
  logic: { kind: 'and', text: 'and', error: null }, rows: [],
  recheck: { changed: { target: 'order.Stock', t: 700 }, lastPassAt: 0, inThisPass: false },
};

beforeEach(() => resetStores());

it('says an evaluation flow that returns true is re-checked only on an orchestration event while its stage is in progress', () => {
  render(<StartCheckView check={notRechecked} />);
  expect(screen.getByText(/only re-checked on an orchestration event/)).toHaveTextContent('order.Stock changed (at');
});

it('leaves the re-check out once the stage has ended: no event will re-check it, the stage ending is why it did not start', () => {
  render(<StartCheckView check={notRechecked} stageEnded />);
  expect(screen.getByText(/Stock_Ready/)).toBeInTheDocument();
  expect(screen.queryByText(/only re-checked on an orchestration event/)).toBeNull();
});

it('names an inactive evaluation flow\'s project file and status from the engine\'s check, and what the admin can do', () => {
  // given the engine's check of an inactive flow read from a Draft file
  const inactive: StartCheck = {
    mode: 'evaluationFlow', holds: false, flow: 'Is_Ready', source: 'inactive', logic: null, rows: [], recheck: null,
    inactiveFile: { path: 'force-app/main/default/flows/Is_Ready.flow-meta.xml', status: 'InvalidDraft' },
  };
  // when
  render(<StartCheckView check={inactive} />);
  // then
  expect(screen.getByText(/The flow is not active/)).toHaveTextContent('The flow is not active: its file force-app/main/default/flows/Is_Ready.flow-meta.xml is an Invalid draft version. Activate it or choose another flow.');
});

it('says what the admin can do about an evaluation flow with neither a condition nor a result (a placeholder)', () => {
  // given the engine's check of a flow with nothing to answer by
  const empty: StartCheck = { mode: 'evaluationFlow', holds: false, flow: 'Not_In_Project', source: 'empty', logic: null, rows: [], recheck: null };
  // when
  render(<StartCheckView check={empty} />);
  // then
  expect(screen.getByText(/neither a condition nor a result/)).toHaveTextContent('It returns false now (it has neither a condition nor a result).');
  expect(screen.getByText(/^Set its result in Scenarios/)).toHaveTextContent('Set its result in Scenarios (Evaluation flow results), or give the flow a condition or a result.');
});

it('a requirement row names its resource in words, its API name under it: a step’s status by the step’s label, the triggering record as Flow Builder does', () => {
  // given Order Fulfilment's run shown, and Charge payment's start requirements read at its start
  const doc = JSON.parse(readFileSync('public/samples/order-fulfilment.json', 'utf8')) as Orchestration;
  resetStores(doc);
  useAppStore.setState({ runDoc: doc });
  const check: StartCheck = {
    mode: 'requirements', holds: false, logic: { kind: 'and', text: 'and', error: null },
    rows: [
      { row: 1, left: 'Validate.Status', value: 'InProgress', operator: 'EqualTo', expected: '"Completed"', expectedRef: null, wasSet: null, holds: false },
      { row: 2, left: '$Record.Total', value: '249.9', operator: 'GreaterThan', expected: '0', expectedRef: null, wasSet: null, holds: true },
    ],
  };
  // when
  render(<StartCheckView check={check} />);
  // then each resource cell reads in words, then its API name
  const rows = within(screen.getByRole('table', { name: 'Start requirements' })).getAllByRole('row');
  expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent('Status of step “Validate order” (Validate.Status)');
  expect(within(rows[2]!).getAllByRole('cell')[1]).toHaveTextContent('Triggering Order › Total ($Record.Total)');
});

it('a predecessor that completed before the stage ended is not waited for: it is said to be Completed, met (R17, rules.pass.test\'s design)', () => {
  // given Z's start condition as the engine read it after Ask failed and ended its stage: X is Completed
  const check: StartCheck = { mode: 'stepCompleted', holds: true, step: 'X', status: 'Completed', stage: 'S', problem: null };
  // when
  render(<StartCheckView check={check} stageEnded />);
  // then the row says the condition holds, not that the step waits
  const row = screen.getByText(/which it waits for/);
  expect(row).toHaveTextContent('Step “X”, which it waits for, is Completed. ✓ met');
  expect(screen.queryByText(/Waits for step/)).toBeNull();
});
