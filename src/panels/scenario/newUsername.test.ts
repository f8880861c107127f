import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration, Scenario } from '../../model/types';
import { newUsername } from './newUsername';
import { giveRelatedRecord, relatedReads } from './relatedRecords';

/** A Case orchestration whose step is assigned to `$Record.<relationship>.Username`. */
function assignedTo(relationship: string): Orchestration {
  return {
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered', object: 'Case', when: 'create' },
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [{ name: 'Step', kind: 'interactive', flow: 'F', assignee: { type: 'user', name: `$Record.${relationship}.Username` } }] }],
  } as Orchestration;
}

const base: Scenario = { format: 'stageflow.scenario', version: 1 };

describe('the Username a User added for a relationship starts with', () => {
  it('is the relationship\'s name at example.com, unique among the scenario\'s Users (compared without case)', () => {
    expect(newUsername({}, 'Owner:User')).toBe('owner@example.com');
    expect(newUsername({}, 'Approver__r')).toBe('approver@example.com');
    expect(newUsername({ User: [{ Id: '005A', Username: 'Owner@Example.com' }, { Id: '005B', Username: 'owner2@example.com' }] }, 'Owner')).toBe('owner3@example.com');
  });

  it('is given to the Owner added in one edit, and to a linked User that lacks a Username, never over one typed', () => {
    const [owner] = relatedReads(assignedTo('Owner:User'));
    // a second Owner beside the admin's own owner@example.com
    const beside = giveRelatedRecord({ ...base, record: {}, records: { User: [{ Id: '005X', Username: 'owner@example.com' }] } }, owner!);
    expect(beside.records!.User![1]).toEqual({ Id: '005SCN000000000001', Username: 'owner2@example.com' });
    // a linked User without one
    const linked = giveRelatedRecord({ ...base, record: { OwnerId: '005X' }, records: { User: [{ Id: '005X' }] } }, owner!);
    expect(linked.records!.User).toEqual([{ Id: '005X', Username: 'owner@example.com' }]);
    // a record of another object keeps empty text
    const [account] = relatedReads({ ...assignedTo('Owner:User'), stages: [{ name: 'S', steps: [{ name: 'Step', kind: 'interactive', flow: 'F', assignee: { type: 'user', name: '$Record.Account.Username' } }] }] } as Orchestration);
    expect(giveRelatedRecord({ ...base, record: {} }, account!).records).toEqual({ Account: [{ Id: '001SCN000000000001', Username: '' }] });
  });
});
