import { describe, expect, it } from 'vitest';
import { decideStatus, firstFieldOf, isResourceText, lookupFieldOf, parseReference } from './references';

describe('parseReference: Salesforce reference syntax (R50)', () => {
  it.each([
    ['amount', { kind: 'name', name: 'amount' }],
    ['$Record', { kind: 'name', name: '$Record' }],
    ['Validate.Status', { kind: 'status', element: 'Validate' }],
    ['$Record.Status', { kind: 'field', variable: '$Record', path: ['Status'] }],
    ['$Record.Owner.Email', { kind: 'field', variable: '$Record', path: ['Owner', 'Email'] }],
    ['$Record.Owner:User.Username', { kind: 'field', variable: '$Record', path: ['Owner:User', 'Username'] }],
    ['$Record__Prior.Status', { kind: 'field', variable: '$Record__Prior', path: ['Status'] }],
    ['curUser.Manager.Username', { kind: 'field', variable: 'curUser', path: ['Manager', 'Username'] }],
    ['Load.Outputs.user', { kind: 'output', step: 'Load', output: 'user', path: [] }],
    ['Load.Outputs.user.Id', { kind: 'output', step: 'Load', output: 'user', path: ['Id'] }],
    ['$User.Username', { kind: 'global', scope: '$User', path: ['Username'] }],
    ['$Flow.CurrentDateTime', { kind: 'global', scope: '$Flow', path: ['CurrentDateTime'] }],
    ['$GlobalConstant.True', { kind: 'global', scope: '$GlobalConstant', path: ['True'] }],
    ['$Orchestration.Instance', { kind: 'global', scope: '$Orchestration', path: ['Instance'] }],
  ])('reads %s', (text, expected) => {
    // given / when / then
    expect(parseReference(text)).toEqual(expected);
  });

  it.each(['', '1abc', 'a b', 'ops@example.com', 'a..b', '$User', 'a.$Record', '43b39932-ea5b.Status', 'a.b:'])('refuses %j', (text) => {
    expect(parseReference(text)).toBeNull();
  });

  it('R50: decides X.Status by what X names', () => {
    const ref = parseReference('caseRec.Status')!;
    expect(decideStatus(ref, () => true)).toEqual({ kind: 'status', element: 'caseRec' });
    expect(decideStatus(ref, () => false)).toEqual({ kind: 'field', variable: 'caseRec', path: ['Status'] });
  });

  it('names the lookup field behind a relationship', () => {
    expect(lookupFieldOf('Owner')).toBe('OwnerId');
    expect(lookupFieldOf('Owner:User')).toBe('OwnerId');
    expect(lookupFieldOf('Parent_Case__r')).toBe('Parent_Case__c');
    expect(firstFieldOf(['Status'])).toBe('Status');
    expect(firstFieldOf(['Manager', 'Email'])).toBe('ManagerId');
  });

  it('tells an assignee resource from a literal username', () => {
    const names = new Set(['approver', 'curUser']);
    const has = (n: string): boolean => names.has(n);
    expect(isResourceText('$Record.Owner:User.Username', has)).toBe(true);
    expect(isResourceText('curUser.Username', has)).toBe(true);
    expect(isResourceText('approver', has)).toBe(true);
    expect(isResourceText('jane.doe', has)).toBe(false);
    expect(isResourceText('ops@example.com', has)).toBe(false);
  });
});
