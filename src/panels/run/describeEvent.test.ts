import { describe, expect, it } from 'vitest';
import { elementLabel, outcomeLabel } from '../../commands/queries';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration, TraceEvent } from '../../model/types';
import { describeEvent } from './describeEvent';

/** A decision labelled "Make Offer?" whose outcome `Yes_1` is labelled "Yes" (as Flow Builder names a second "Yes"). */
const doc: Orchestration = {
  ...emptyOrchestration('Recruiting'),
  decisions: [{ name: 'Make_Offer', label: 'Make Offer?', outcomes: [{ name: 'Yes_1', label: 'Yes', logic: 'and', requirements: [], next: 'Offer' }], defaultNext: null }],
};

const taken = (outcome: string | null): TraceEvent => ({ seq: 3, t: 3000, type: 'decisionTaken', decision: 'Make_Offer', outcome, next: outcome ? 'Offer' : null }) as TraceEvent;

describe('describeEvent', () => {
  it('names the outcome a decision took by its label, as its connector on the canvas does, not its API name', () => {
    const sentence = describeEvent(taken('Yes_1'), (name) => `“${elementLabel(doc, name)}”`, (decision, outcome) => `“${outcomeLabel(doc, decision, outcome)}”`);
    expect(sentence).toBe('Decision “Make Offer?” took “Yes”');
  });

  it('says why conditions were checked in words, not the trace’s cause (“an async step finished”)', () => {
    const pass = { seq: 9, t: 4500, type: 'evaluation', stage: 'Prepare_Order', cause: 'asyncStepCompleted' } as TraceEvent;
    expect(describeEvent(pass)).toBe('Conditions checked in stage Prepare_Order because an asynchronous step finished');
  });

  it('says a decision took the default path when no outcome held', () => {
    expect(describeEvent(taken(null), (name) => name)).toBe('Decision Make_Offer took the default path');
  });

  it('without a design, names the outcome by its API name', () => {
    expect(describeEvent(taken('Yes_1'))).toBe('Decision Make_Offer took Yes_1');
  });
});

describe('outcomeLabel', () => {
  it('is the outcome\'s label, else its API name (an outcome or decision the design does not have)', () => {
    expect(outcomeLabel(doc, 'Make_Offer', 'Yes_1')).toBe('Yes');
    expect(outcomeLabel(doc, 'Make_Offer', 'Gone')).toBe('Gone');
    expect(outcomeLabel(doc, 'Other', 'Yes_1')).toBe('Yes_1');
  });
});
