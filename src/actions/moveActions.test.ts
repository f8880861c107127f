import { describe, expect, it } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import orderFulfilment from '../../public/samples/order-fulfilment.json';
import type { Orchestration } from '../model/types';
import { droppedWaits, droppedWaitsHint } from './moveActions';

const hire = onboarding as unknown as Orchestration;
const order = orderFulfilment as unknown as Orchestration;

describe('what a step dragged to another stage says it would drop, before the drop', () => {
  it('the wait of the step itself, by name', () => {
    // given Provision laptop waits for Create user accounts
    expect(droppedWaitsHint(droppedWaits(hire, 'Provision_Laptop'))).toBe(' It will no longer wait for “Create user accounts”.');
  });

  it('the step of its stage that waited for it, by name (it said "Its predecessor links will be removed" of a step that waited for nothing)', () => {
    // given Validate order waits for nothing, and Reserve stock waits for it
    expect(droppedWaits(order, 'Validate')).toEqual({ own: null, waiting: ['Reserve stock'] });
    expect(droppedWaitsHint(droppedWaits(order, 'Validate'))).toBe(' “Reserve stock” will no longer wait for it.');
  });

  it('both, and nothing for a step that neither waits nor is waited for', () => {
    // given Mark order shipped waits for Create shipment, and Email tracking number waits for it; Buddy neither
    expect(droppedWaitsHint(droppedWaits(order, 'Mark_Shipped'))).toBe(' It will no longer wait for “Create shipment”, and “Email tracking number” will no longer wait for it.');
    expect(droppedWaitsHint(droppedWaits(hire, 'Buddy'))).toBe('');
  });
});
