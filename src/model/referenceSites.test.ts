import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from './factories';
import { referenceSites } from './referenceSites';
import type { Orchestration } from './types';

describe('referenceSites', () => {
  it('lists every reference the design reads, with the JSON path where it is written, in document order', () => {
    const doc = {
      ...emptyOrchestration(),
      flows: [{ name: 'F', type: 'screen', active: true }, { name: 'E', type: 'evaluation', active: true }],
      stages: [{
        name: 'S', exit: { mode: 'evaluationFlow', flow: 'E', inputs: { caseId: '$Record.Id' } },
        steps: [{
          name: 'Ask', kind: 'interactive', flow: 'F', inputs: { who: 'curUser.Username' }, assignee: { type: 'user', name: 'curUser.Manager.Username' },
          start: { mode: 'requirements', requirements: [{ left: '$Record.Status', operator: 'EqualTo', right: { ref: '$Record__Prior.Status' } }, { left: 'Other.Status', operator: 'EqualTo', right: { string: 'Completed' } }] },
        }],
      }],
    } as Orchestration;
    expect(referenceSites(doc)).toEqual([
      { text: '$Record.Status', path: 'stages[0].steps[0].start.requirements[0].left' },
      { text: '$Record__Prior.Status', path: 'stages[0].steps[0].start.requirements[0].right.ref' },
      { text: 'Other.Status', path: 'stages[0].steps[0].start.requirements[1].left' },
      { text: '$Record.Id', path: 'stages[0].exit.inputs.caseId' },
      { text: 'curUser.Username', path: 'stages[0].steps[0].inputs.who' },
      { text: 'curUser.Manager.Username', path: 'stages[0].steps[0].assignee.name' },
    ]);
  });
});
