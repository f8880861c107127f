import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, orgWith, run, variable } from './testing/build';

const copy = (...pairs: [string, string][]): FlowElement => ({ kind: 'assignment', name: 'Copy', items: pairs.map(([ref, from]) => ({ ref, operator: 'Assign', value: { ref: from } })) });

describe('start, variables and inputs', () => {
  it('start: the run begins at the start connector; a flow without one completes at once', () => {
    // given / when
    const empty = run(flowOf([])).run;
    // then
    expect(empty).toMatchObject({ status: 'completed', path: [], elementsExecuted: 0 });
  });

  it('variables: defaults, inputs converted to their types, collections and records', () => {
    // given
    const flow = flowOf([copy(['outN', 'n'], ['outD', 'd'], ['outList', 'list'], ['outRec', 'rec'], ['outDefault', 'withDefault'])], { variables: [
      variable('n', 'Number', { io: 'in' }), variable('d', 'Date', { io: 'in' }), variable('list', 'String', { io: 'in', isCollection: true }),
      variable('rec', 'SObject', { io: 'in', objectType: 'Account' }), variable('withDefault', 'String', { value: { string: 'dflt' } }),
      variable('outN', 'Number', { io: 'out' }), variable('outD', 'Date', { io: 'out' }), variable('outList', 'String', { io: 'out', isCollection: true }),
      variable('outRec', 'SObject', { io: 'out', objectType: 'Account' }), variable('outDefault', 'String', { io: 'out' }),
    ] });
    // when
    const { run: result } = run(flow, { inputs: { n: '7', d: '2025-02-03T10:00:00Z', list: ['x', 'y'], rec: { Id: '001A', Name: 'Acme' } } });
    // then
    expect(result.outputs).toEqual({ outN: 7, outD: '2025-02-03', outList: ['x', 'y'], outRec: { Id: '001A', Name: 'Acme' }, outDefault: 'dflt' });
  });

  it('variables: an input that is not an input variable, or of the wrong type, faults the run with a clear message', () => {
    // given
    const flow = flowOf([], { variables: [variable('n', 'Number', { io: 'in' }), variable('secret', 'String')] });
    // when / then
    expect(run(flow, { inputs: { secret: 'x' } }).run.fault?.message).toBe('"secret" is not an input variable of this flow (its inputs: n)');
    expect(run(flow, { inputs: { n: 'ten' } }).run.fault?.message).toBe('input n: "ten" is not a valid Number');
  });

  it('constants and formulas: a formula reads variables and constants and is typed', () => {
    // given
    const flow = flowOf([copy(['total', 'Total_With_Tax'], ['label', 'Label_Text'])], {
      variables: [variable('amount', 'Currency', { io: 'in' }), variable('total', 'Currency', { io: 'out' }), variable('label', 'String', { io: 'out' })],
      constants: [{ name: 'TAX', dataType: 'Number', value: { number: 0.2 } }],
      formulas: [{ name: 'Total_With_Tax', dataType: 'Currency', expression: '{!amount} * (1 + {!TAX})' }, { name: 'Label_Text', dataType: 'String', expression: 'IF({!amount} > 100, "big", "small") & " order"' }],
    });
    // when / then
    expect(run(flow, { inputs: { amount: 200 } }).run.outputs).toEqual({ total: 240, label: 'big order' });
  });

  it('formulas: an unknown function stops the run as unsupported, naming the function and the flow file', () => {
    // given
    const flow = flowOf([copy(['out', 'Weird'])], { variables: [variable('out', 'String', { io: 'out' })], formulas: [{ name: 'Weird', dataType: 'String', expression: 'GETSESSIONID()' }] });
    // when
    const { run: result } = run(flow, { file: 'flows/Test_Flow.flow-meta.xml' });
    // then
    expect(result).toMatchObject({ status: 'unsupported', file: 'flows/Test_Flow.flow-meta.xml', unsupported: { element: 'Copy', function: 'GETSESSIONID' } });
  });

  it('textTemplates: merge fields are replaced by their values', () => {
    // given
    const flow = flowOf([copy(['body', 'Greeting'])], {
      variables: [variable('name', 'String', { io: 'in' }), variable('body', 'String', { io: 'out' })],
      textTemplates: [{ name: 'Greeting', text: 'Dear {!name}, today is {!$Flow.CurrentDate}.' }],
    });
    // when / then
    expect(run(flow, { inputs: { name: 'Ann' }, now: 86_400_000 }).run.outputs.body).toBe('Dear Ann, today is 2025-01-07.');
  });
});

describe('globals', () => {
  it('$User reads the run-as user from the org; $Flow.CurrentDateTime the virtual clock; $GlobalConstant the constants', () => {
    // given
    const org = orgWith({ User: [{ Id: '005A', Username: 'jdoe', Email: 'jdoe@example.com' }] });
    const flow = flowOf([copy(['email', '$User.Email'], ['at', '$Flow.CurrentDateTime'], ['yes', '$GlobalConstant.True'])], {
      variables: [variable('email', 'String', { io: 'out' }), variable('at', 'DateTime', { io: 'out' }), variable('yes', 'Boolean', { io: 'out' })],
    });
    // when
    const { run: result } = run(flow, { org, runAs: { user: 'jdoe' }, now: 90_000, startAt: '2025-03-09T14:00:00Z' });
    // then
    expect(result.outputs).toEqual({ email: 'jdoe@example.com', at: '2025-03-09T14:01:30Z', yes: true });
  });

  it('$Record reads the triggering record as the org holds it now (after the flow updates it), relationships included', () => {
    // given
    const org = orgWith({ User: [{ Id: '005A', Email: 'owner@example.com' }], Case: [{ Id: '500A', Status: 'New', OwnerId: '005A' }] });
    const flow = flowOf(chain(
      { kind: 'recordUpdate', name: 'Close', inputReference: '$Record', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'New' } }], inputAssignments: [{ name: 'Status', value: { string: 'Closed' } }] },
      copy(['status', '$Record.Status'], ['owner', '$Record.Owner.Email']),
    ), { variables: [variable('status', 'String', { io: 'out' }), variable('owner', 'String', { io: 'out' })] });
    // when
    const { run: result } = run(flow, { org, record: { object: 'Case', fields: { Id: '500A', Status: 'New', OwnerId: '005A' } } });
    // then
    expect(result.outputs).toEqual({ status: 'Closed', owner: 'owner@example.com' });
    expect(result.recordChanges[0]).toMatchObject({ operation: 'update', id: '500A', before: { Status: 'New' }, after: { Status: 'Closed' } });
  });

  describe('polymorphic references (Owner:User, Owner:Queue), as Salesforce follows them', () => {
    const org = () => orgWith({
      Group: [{ Id: '00G000000000001AAA', DeveloperName: 'L2_Queue', Name: 'L2 Queue', Type: 'Queue' }],
      User: [{ Id: '005000000000001AAA', FirstName: 'Ada', Username: 'ada@example.com' }],
    });
    const reads = ['rec.Owner:Queue.DeveloperName', 'rec.Owner:User.FirstName', 'rec.Owner:Group.Name', 'rec.Owner.Name'];
    const flow = flowOf([copy(['q', 'fQueue'], ['u', reads[1]!], ['g', reads[2]!], ['o', reads[3]!], ['p', '$Record.Owner:queue.DeveloperName'])], {
      variables: [variable('rec', 'SObject', { io: 'in', objectType: 'Case' }), ...['q', 'u', 'g', 'o', 'p'].map((n) => variable(n, 'String', { io: 'out' }))],
      formulas: [{ name: 'fQueue', dataType: 'String', expression: `{!${reads[0]!}}` }],
    });
    const owned = (ownerId: string) => ({ org: org(), inputs: { rec: { Id: '500000000000001AAA', OwnerId: ownerId } }, record: { object: 'Case', fields: { Id: '500000000000001AAA', OwnerId: ownerId } } });

    it('Owner:Queue.X reads the queue (a Group of type Queue) that owns the record; Owner:User.X is null then', () => {
      // when
      const { run: result } = run(flow, owned('00G000000000001AAA'));
      // then
      expect(result.outputs).toEqual({ q: 'L2_Queue', u: null, g: 'L2 Queue', o: 'L2 Queue', p: 'L2_Queue' });
    });

    it('Owner:User.X reads the user who owns the record; Owner:Queue.X and Owner:Group.X are null then', () => {
      // when
      const { run: result } = run(flow, owned('005000000000001AAA'));
      // then
      expect(result.outputs).toEqual({ q: null, u: 'Ada', g: null, o: null, p: null });
    });

    it('an owner not in the simulated org reads null, as Owner.Name does (a missing lookup)', () => {
      // when
      const { run: result } = run(flow, owned('00G000000000009AAA'));
      // then
      expect(result.outputs).toEqual({ q: null, u: null, g: null, o: null, p: null });
    });

    it('a ":" the run does not understand stops as unsupported, naming the reference, never a silent null', () => {
      // given
      const bad = (ref: string) => flowOf([copy(['out', ref])], { variables: [variable('rec', 'SObject', { io: 'in', objectType: 'Case' }), variable('out', 'String')] });
      // when
      const noField = run(bad('rec.Owner:User'), owned('005000000000001AAA')).run;
      const noType = run(bad('rec.Owner:.Name'), owned('005000000000001AAA')).run;
      // then
      expect(noField).toMatchObject({ status: 'unsupported', unsupported: { element: 'Copy', reference: 'rec.Owner:User' } });
      expect(noField.unsupported?.message).toBe('{!rec.Owner:User}: "Owner:User" is not read by the simulator (a polymorphic step is written Relationship:Object and is followed by a field, as in Owner:User.Email)');
      expect(noType).toMatchObject({ status: 'unsupported', unsupported: { reference: 'rec.Owner:.Name' } });
    });
  });

  it('a global the simulator does not provide stops the run, naming the reference', () => {
    // given
    const flow = flowOf([copy(['out', '$Label.Greeting'])], { variables: [variable('out', 'String')] });
    // when / then
    expect(run(flow).run.unsupported).toMatchObject({ element: 'Copy', reference: '$Label.Greeting' });
  });

  it('$Setup reads a custom setting from the org\'s record of that object; without one it stops the run, saying what to give', () => {
    // given: a flow that copies $Setup.Notification_Settings__c.Send_Email__c
    const flow = flowOf([copy(['out', '$Setup.Notification_Settings__c.Send_Email__c'])], { variables: [variable('out', 'Boolean', { io: 'out' })] });
    const org = orgWith({ Notification_Settings__c: [{ Id: 'a0A000000000001AAA', Send_Email__c: true }] });
    // when / then
    expect(run(flow, { org }).run.outputs.out).toBe(true);
    expect(run(flow).run.unsupported).toMatchObject({ element: 'Copy', reference: '$Setup.Notification_Settings__c.Send_Email__c',
      message: "{!$Setup.Notification_Settings__c.Send_Email__c} reads the custom setting Notification_Settings__c, which the simulated org does not have (give a record of Notification_Settings__c in the scenario's records)" });
  });

  it('$Profile and $UserRole read the running user\'s profile and role through the org; without them the run stops, saying what to give', () => {
    // given: a user with a profile and a role
    const org = orgWith({ Profile: [{ Id: '00e000000000001AAA', Name: 'System Administrator' }], UserRole: [{ Id: '00E000000000001AAA', Name: 'CEO' }],
      User: [{ Id: '005A', Username: 'jdoe', ProfileId: '00e000000000001AAA', UserRoleId: '00E000000000001AAA' }] });
    const flow = flowOf([copy(['profile', '$Profile.Name'], ['role', '$UserRole.Name'])], { variables: [variable('profile', 'String', { io: 'out' }), variable('role', 'String', { io: 'out' })] });
    // when / then
    expect(run(flow, { org, runAs: { user: 'jdoe' } }).run.outputs).toEqual({ profile: 'System Administrator', role: 'CEO' });
    expect(run(flow, { runAs: { user: 'jdoe' } }).run.unsupported).toMatchObject({ element: 'Copy', reference: '$Profile.Name',
      message: '{!$Profile.Name} reads the running user\'s Profile, which the simulated org does not have (give a User record with Username "jdoe" and ProfileId, and the Profile record with that Id, in the scenario\'s records)' });
  });

  it('$Organization reads the org\'s Organization record; $Api\'s server URLs are made from the version and that record\'s Id', () => {
    // given
    const org = orgWith({ Organization: [{ Id: '00D000000000001AAA', Name: 'Acme Corp', TimeZoneSidKey: 'Europe/Paris' }] });
    const flow = flowOf([copy(['name', '$Organization.Name'], ['url', '$Api.Partner_Server_URL_260'])], { variables: [variable('name', 'String', { io: 'out' }), variable('url', 'String', { io: 'out' })] });
    // when / then
    expect(run(flow, { org }).run.outputs).toEqual({ name: 'Acme Corp', url: 'https://simulated.invalid/services/Soap/u/26.0/00D000000000001AAA' });
    expect(run(flow).run.unsupported).toMatchObject({ reference: '$Organization.Name', message: expect.stringContaining('give an Organization record') });
  });

  it('$Permission is true when a permission set assigned to the running user gives that custom permission, false when none does, unsupported when the org does not know it', () => {
    // given: Approve_Discounts given to the set PS1; jdoe holds PS1, ann holds nothing
    const records = { CustomPermission: [{ Id: '0CP000000000001AAA', DeveloperName: 'Approve_Discounts' }], PermissionSet: [{ Id: '0PS000000000001AAA', Name: 'PS1' }],
      SetupEntityAccess: [{ Id: '0J0000000000001AAA', ParentId: '0PS000000000001AAA', SetupEntityId: '0CP000000000001AAA' }],
      User: [{ Id: '005000000000001AAA', Username: 'jdoe' }, { Id: '005000000000002AAA', Username: 'ann' }],
      PermissionSetAssignment: [{ Id: '0Pa000000000001AAA', AssigneeId: '005000000000001AAA', PermissionSetId: '0PS000000000001AAA' }] };
    const flow = flowOf([copy(['may', '$Permission.Approve_Discounts'])], { variables: [variable('may', 'Boolean', { io: 'out' })] });
    // when / then
    expect(run(flow, { org: orgWith(records), runAs: { user: 'jdoe' } }).run.outputs.may).toBe(true);
    expect(run(flow, { org: orgWith(records), runAs: { user: 'ann' } }).run.outputs.may).toBe(false);
    expect(run(flow, { runAs: { user: 'jdoe' } }).run.unsupported).toMatchObject({ reference: '$Permission.Approve_Discounts', message: expect.stringContaining('give a CustomPermission record with DeveloperName "Approve_Discounts"') });
  });

  it('$Permission is true for a custom permission enabled on the running user\'s profile (the profile\'s own PermissionSet, by ProfileId) without any PermissionSetAssignment; other profiles do not get it', () => {
    // given: Approve_Discounts given to the permission set owned by the profile Sales; jdoe has that profile, ann another, neither has an assignment
    const records = { CustomPermission: [{ Id: '0CP000000000001AAA', DeveloperName: 'Approve_Discounts' }],
      Profile: [{ Id: '00e000000000001AAA', Name: 'Sales' }, { Id: '00e000000000002AAA', Name: 'Support' }],
      PermissionSet: [{ Id: '0PS000000000009AAA', Name: 'X00ex000000000001', IsOwnedByProfile: true, ProfileId: '00e000000000001AAA' }, { Id: '0PS000000000008AAA', Name: 'X00ex000000000002', IsOwnedByProfile: true, ProfileId: '00e000000000002AAA' }],
      SetupEntityAccess: [{ Id: '0J0000000000001AAA', ParentId: '0PS000000000009AAA', SetupEntityId: '0CP000000000001AAA' }],
      User: [{ Id: '005000000000001AAA', Username: 'jdoe', ProfileId: '00e000000000001AAA' }, { Id: '005000000000002AAA', Username: 'ann', ProfileId: '00e000000000002AAA' }] };
    const flow = flowOf([copy(['may', '$Permission.Approve_Discounts'])], { variables: [variable('may', 'Boolean', { io: 'out' })] });
    // when / then
    expect(run(flow, { org: orgWith(records), runAs: { user: 'jdoe' } }).run.outputs.may).toBe(true);
    expect(run(flow, { org: orgWith(records), runAs: { user: 'ann' } }).run.outputs.may).toBe(false);
    expect(run(flow, { runAs: { user: 'jdoe' } }).run.unsupported?.message).toContain('or whose ProfileId is the user\'s ProfileId');
  });

  it('$Flow.CurrentRecord is null until the flow assigns it a record Id; the assignment is logged and kept across a wait', () => {
    // given: an assignment of the case Id to $Flow.CurrentRecord, then a wait of one hour, then a copy of it
    const flow = flowOf(chain(
      { kind: 'assignment', name: 'File_Under', items: [{ ref: '$Flow.CurrentRecord', operator: 'Assign', value: { ref: 'caseId' } }] },
      copy(['before', '$Flow.CurrentRecord']),
    ), { variables: [variable('caseId', 'String', { io: 'in' }), variable('before', 'String', { io: 'out' })] });
    const unset = flowOf([copy(['before', '$Flow.CurrentRecord'])], { variables: [variable('before', 'String', { io: 'out' })] });
    // when
    const { run: result } = run(flow, { inputs: { caseId: '500000000000001AAA' } });
    // then
    expect(result.outputs.before).toBe('500000000000001AAA');
    expect(result.assignments).toContainEqual({ element: 'File_Under', variable: '$Flow.CurrentRecord', value: '500000000000001AAA' });
    expect(run(unset).run.outputs.before).toBeNull();
  });

  it('$Flow.CurrentStage is blank in a flow that has not set it (a fault handler logs it); set to one of the flow\'s stages it reads as that stage\'s name', () => {
    // given: a flow with the stage Review (not active by default) that logs $Flow.CurrentStage, sets it to {!Review}, logs it again
    const flow = flowOf(chain(
      copy(['before', '$Flow.CurrentStage']),
      { kind: 'assignment', name: 'Enter_Review', items: [{ ref: '$Flow.CurrentStage', operator: 'Assign', value: { ref: 'Review' } }] },
      { kind: 'assignment', name: 'Log', items: [{ ref: 'after', operator: 'Assign', value: { ref: '$Flow.CurrentStage' } }] },
    ), { variables: [variable('before', 'String', { io: 'out' }), variable('after', 'String', { io: 'out' })], stages: [{ name: 'Review', label: 'Review', order: 1, isActive: false }] });
    // when
    const { run: result } = run(flow);
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs).toEqual({ before: null, after: 'Review' });
  });

  it('$Flow.ActiveStages starts with the stages active by default in ascending order, and $Flow.CurrentStage is the first of them', () => {
    // given: stages declared out of order, Payment (3) and Cart (1) active by default, Shipping (2) not
    const flow = flowOf([copy(['active', '$Flow.ActiveStages'], ['current', '$Flow.CurrentStage'])], {
      variables: [variable('active', 'String', { io: 'out' }), variable('current', 'String', { io: 'out' })],
      stages: [{ name: 'Payment', order: 3, isActive: true }, { name: 'Shipping', order: 2, isActive: false }, { name: 'Cart', order: 1, isActive: true }],
    });
    // when
    const { run: result } = run(flow);
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs).toEqual({ active: 'Cart;Payment', current: 'Cart' });
  });

  it('$Flow.ActiveStages: Add appends stages not active yet, Remove (RemoveAll) takes them out, Assign replaces them; each row is logged', () => {
    // given: Cart active by default; Add Shipping and Cart again, Add "Payment;Review", Remove Cart, copy; then Assign {!Review}, copy
    const flow = flowOf(chain(
      { kind: 'assignment', name: 'Plan', items: [
        { ref: '$Flow.ActiveStages', operator: 'Add', value: { ref: 'Shipping' } },
        { ref: '$Flow.ActiveStages', operator: 'Add', value: { ref: 'Cart' } },
        { ref: '$Flow.ActiveStages', operator: 'Add', value: { string: 'Payment;Review' } },
        { ref: '$Flow.ActiveStages', operator: 'RemoveAll', value: { ref: 'Cart' } },
      ] },
      copy(['planned', '$Flow.ActiveStages']),
      { kind: 'assignment', name: 'Only_Review', items: [{ ref: '$Flow.ActiveStages', operator: 'Assign', value: { ref: 'Review' } }, { ref: 'only', operator: 'Assign', value: { ref: '$Flow.ActiveStages' } }] },
    ), {
      variables: [variable('planned', 'String', { io: 'out' }), variable('only', 'String', { io: 'out' })],
      stages: [{ name: 'Cart', order: 1, isActive: true }, { name: 'Shipping', order: 2 }, { name: 'Payment', order: 3 }, { name: 'Review', order: 4 }],
    });
    // when
    const { run: result } = run(flow);
    // then
    expect(result.outputs).toEqual({ planned: 'Shipping;Payment;Review', only: 'Review' });
    expect(result.assignments.slice(0, 4)).toEqual([
      { element: 'Plan', variable: '$Flow.ActiveStages', operator: 'Add', value: 'Shipping' },
      { element: 'Plan', variable: '$Flow.ActiveStages', operator: 'Add', value: 'Cart' },
      { element: 'Plan', variable: '$Flow.ActiveStages', operator: 'Add', value: 'Payment;Review' },
      { element: 'Plan', variable: '$Flow.ActiveStages', operator: 'RemoveAll', value: 'Cart' },
    ]);
  });

  it('$Flow.ActiveStages: a decision can test whether a stage is active (Contains), removing every stage leaves it blank, and an operator it has no meaning for is unsupported, named', () => {
    // given: Cart and Payment active; a decision on Contains Payment; then everything removed
    const flow = flowOf(chain(
      { kind: 'decision', name: 'Paying', rules: [{ name: 'Has_Payment', logic: 'and', conditions: [{ left: '$Flow.ActiveStages', operator: 'Contains', right: { ref: 'Payment' } }], connector: 'Mark' }], defaultConnector: 'Clear' },
      { kind: 'assignment', name: 'Mark', items: [{ ref: 'paying', operator: 'Assign', value: { boolean: true } }], connector: 'Clear' },
      { kind: 'assignment', name: 'Clear', items: [{ ref: '$Flow.ActiveStages', operator: 'RemoveAll', value: { string: 'Cart;Payment' } }, { ref: 'left', operator: 'Assign', value: { ref: '$Flow.ActiveStages' } }] },
    ), {
      variables: [variable('paying', 'Boolean', { io: 'out', value: { boolean: false } }), variable('left', 'String', { io: 'out', value: { string: 'x' } })],
      stages: [{ name: 'Cart', order: 1, isActive: true }, { name: 'Payment', order: 2, isActive: true }],
    });
    const counted = flowOf([{ kind: 'assignment', name: 'Count', items: [{ ref: '$Flow.ActiveStages', operator: 'AssignCount', value: { ref: 'Cart' } }] }], { stages: [{ name: 'Cart', order: 1 }] });
    // when / then
    expect(run(flow).run.outputs).toEqual({ paying: true, left: null });
    expect(run(counted).run).toMatchObject({ status: 'unsupported', unsupported: { element: 'Count', kind: 'AssignCount', message: expect.stringContaining('AssignCount on $Flow.ActiveStages') } });
  });

  it('an element kind the simulator does not run stops the run, naming the element and its kind', () => {
    // given
    const flow = flowOf([{ kind: 'unsupported', name: 'Call_Plugin', tag: 'apexPluginCalls' }]);
    // when / then
    expect(run(flow).run).toMatchObject({ status: 'unsupported', unsupported: { element: 'Call_Plugin', kind: 'apexPluginCalls', message: 'Call_Plugin is an element of kind apexPluginCalls, which the simulator does not run' } });
  });

  it('formulas: a field of a null record variable fails the formula saying the record is null, as a decision on it does (not "unknown reference")', () => {
    // given: a formula on curCase.Subject while curCase was never given
    const flow = flowOf([copy(['out', 'Slug'])], {
      variables: [variable('out', 'String', { io: 'out' }), variable('curCase', 'SObject', { objectType: 'Case', io: 'in' })],
      formulas: [{ name: 'Slug', dataType: 'String', expression: 'LOWER({!curCase.Subject})' }],
    });
    // when / then
    expect(run(flow).run.fault?.message).toBe('formula Slug: the flow failed to access the value for {!curCase.Subject}: curCase has no record (it is null)');
    expect(run(flow, { inputs: { curCase: { Subject: 'Printer' } } }).run.outputs.out).toBe('printer');
  });

  it('formulas: division by zero faults the element reading the formula, naming the formula and the position (chosen: formulas.md "Numbers")', () => {
    // given a ratio formula whose divisor is 0
    const flow = flowOf([copy(['out', 'Ratio'])], {
      variables: [variable('a', 'Number', { io: 'in' }), variable('b', 'Number', { io: 'in' }), variable('out', 'Number', { io: 'out' })],
      formulas: [{ name: 'Ratio', dataType: 'Number', expression: '{!a} / {!b}' }],
    });
    // when / then: a fault, not a null the flow would go on with; a blank divisor is null arithmetic, not a fault
    expect(run(flow, { inputs: { a: 5, b: 0 } }).run).toMatchObject({ status: 'faulted', fault: { element: 'Copy', message: 'formula Ratio: position 6: division by zero' } });
    expect(run(flow, { inputs: { a: 5 } }).run).toMatchObject({ status: 'completed', outputs: { out: null } });
  });
});
