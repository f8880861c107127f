// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { simulate } from '../../engine';
import type { Orchestration, Scenario } from '../../model/types';
import { TraceReplay } from '../../player/replay';
import { useAppStore } from '../../store/appStore';
import { resetStores } from '../testing/renderPanel';
import { WhyPanel } from './WhyPanel';

const read = <T,>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const orderFulfilment = read<Orchestration>('public/samples/order-fulfilment.json');
const slowPayment = read<Scenario>('public/samples/order-fulfilment.scenario.json');

beforeEach(() => resetStores(orderFulfilment));

it('says how a step ran in words beside its status, not the trace’s mode (“· async”)', () => {
  // given the slow payment run shown at its end, Charge payment (an asynchronous step) and Validate order (a synchronous one)
  const trace = simulate(orderFulfilment, slowPayment);
  const end = trace.events.length - 1;
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: orderFulfilment, runScenario: slowPayment, trace, snapshot: new TraceReplay(trace).stateAt(end), cursor: { index: end, time: trace.events[end]!.t, playing: false, speed: 1, atEnd: true } }));
  // when each is selected
  act(() => useAppStore.getState().select(['Charge_Payment']));
  const { rerender } = render(<WhyPanel />);
  // then its status line says how it ran
  expect(screen.getByText(/^Status:/)).toHaveTextContent(/^Status: Completed · runs asynchronously$/);
  act(() => useAppStore.getState().select(['Validate']));
  rerender(<WhyPanel />);
  expect(screen.getByText(/^Status:/)).toHaveTextContent(/^Status: Completed · runs synchronously$/);
});

it('names the selected element in its heading as label then API name, with a space between them for a screen reader', () => {
  // given the slow payment run shown at its end
  const trace = simulate(orderFulfilment, slowPayment);
  const end = trace.events.length - 1;
  act(() => useAppStore.setState({ runPhase: 'ready', runDoc: orderFulfilment, runScenario: slowPayment, trace, snapshot: new TraceReplay(trace).stateAt(end), cursor: { index: end, time: trace.events[end]!.t, playing: false, speed: 1, atEnd: true } }));
  // when Charge payment is selected
  act(() => useAppStore.getState().select(['Charge_Payment']));
  render(<WhyPanel />);
  // then its heading reads as two words apart, not "Charge paymentCharge_Payment"
  expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Charge payment Charge_Payment');
});
