import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { resumeFlow } from '../run';
import { flowOf, orgWith, run, variable } from '../testing/build';

const DAY = 86_400_000;
const done: FlowElement = { kind: 'assignment', name: 'Done', items: [{ ref: 'resumed', operator: 'Assign', value: { boolean: true } }] };
const alarm = (offset: number, conditions: Extract<FlowElement, { kind: 'wait' }>['events'][number]['conditions'] = []): FlowElement => ({
  kind: 'wait', name: 'Pause', defaultConnector: undefined,
  events: [{ name: 'Later', eventType: 'AlarmEvent', conditions, connector: 'Done', outputParameters: [], inputParameters: [
    { name: 'AlarmTime', value: { ref: '$Flow.InterviewStartTime' } }, { name: 'TimeOffset', value: { number: offset } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } },
  ] }],
});
const vars = { variables: [variable('resumed', 'Boolean', { io: 'out' }), variable('skip', 'Boolean', { io: 'in' })] };

describe('waits', () => {
  it('waits: an AlarmEvent waits until its base time plus the offset on the virtual clock', () => {
    // given a flow started at 1 hour
    const flow = flowOf([alarm(3), done], vars);
    // when
    const { run: result } = run(flow, { now: 3_600_000 });
    // then
    expect(result.status).toBe('waiting');
    expect(result.waiting).toMatchObject({ element: 'Pause', until: 3_600_000 + 3 * DAY });
    expect(result.outputs.resumed).toBeNull();
  });

  it('waits: resumeFlow goes on when the time has come, and not before', () => {
    // given
    const flow = flowOf([alarm(3), done], vars);
    const waiting = run(flow).run.waiting!;
    // when
    const early = resumeFlow(flow, waiting.state, { now: DAY }).run;
    const resumed = resumeFlow(flow, waiting.state, { now: 3 * DAY }).run;
    // then
    expect(early.status).toBe('waiting');
    expect(resumed.status).toBe('completed');
    expect(resumed.outputs.resumed).toBe(true);
    expect(resumed.path.map((p) => [p.element, p.outcome])).toEqual([['Pause', 'Later'], ['Done', undefined]]);
  });

  it('waits: a time already passed resumes at once; an event whose conditions fail is not armed (default path)', () => {
    // given
    const past = flowOf([alarm(-1), done], vars);
    const guarded = flowOf([alarm(3, [{ left: 'skip', operator: 'EqualTo', right: { boolean: false } }]), done], vars);
    // when / then
    expect(run(past).run).toMatchObject({ status: 'completed', outputs: { resumed: true } });
    expect(run(guarded, { inputs: { skip: true } }).run).toMatchObject({ status: 'completed', path: [{ element: 'Pause', outcome: 'default' }] });
  });

  it('waits: a DateRefAlarmEvent (a Process Builder scheduled action) waits until the record\'s date field plus the offset; a missing CreatedDate is the save\'s time; an empty date field arms nothing', () => {
    // given: "3 days before CloseDate" as Process Builder saves it (Close_Opp_after_90_days in SFDC-RunwalProd-1Oct uses CreatedDate)
    const scheduled = (field: string, offset: number): FlowElement => ({
      kind: 'wait', name: 'myWait_myRule_1', events: [{ name: 'myWaitEvent_0', eventType: 'DateRefAlarmEvent', connector: 'Done', outputParameters: [],
        conditions: [{ left: 'sent', operator: 'EqualTo', right: { boolean: false } }],
        inputParameters: [
          { name: 'TimeTableColumnEnumOrId', value: { string: 'Opportunity' } }, { name: 'EntityObjectId', value: { ref: 'myVariable_current.Id' } },
          { name: 'TimeOffsetUnit', value: { string: 'Days' } }, { name: 'TimeOffset', value: { number: offset } }, { name: 'TimeFieldColumnEnumOrId', value: { string: field } },
        ] }],
    });
    const pbVars = { variables: [...vars.variables, variable('sent', 'Boolean', { value: { boolean: false } }), variable('myVariable_current', 'SObject', { io: 'in', objectType: 'Opportunity' })] };
    const opportunity = { Id: '006000000000001AAA', Name: 'Big deal', CloseDate: '2025-01-20', Next_Step_Date__c: null };
    const options = { org: orgWith({ Opportunity: [opportunity] }), inputs: { myVariable_current: opportunity } };
    // when
    const beforeClose = run(flowOf([scheduled('CloseDate', -3), done], pbVars), options).run;
    const onCreation = run(flowOf([scheduled('CreatedDate', 0), done], pbVars), options).run;
    const noDate = run(flowOf([scheduled('Next_Step_Date__c', 1), done], pbVars), options).run;
    // then: 2025-01-17T00:00Z, counted from the run's start (2025-01-06T09:00Z)
    expect(beforeClose.status).toBe('waiting');
    expect(beforeClose.waiting?.until).toBe(Date.parse('2025-01-17T00:00:00Z') - Date.parse('2025-01-06T09:00:00Z'));
    expect(onCreation).toMatchObject({ status: 'completed', outputs: { resumed: true } });
    expect(noDate).toMatchObject({ status: 'completed', path: [{ element: 'myWait_myRule_1', outcome: 'default' }], outputs: { resumed: null } });
  });

  it('waits: an AlarmEvent or a DateRefAlarmEvent whose base is loose text ("1", which JavaScript reads as 2001) or whose offset leaves the years Salesforce holds is a fault naming the event', () => {
    // given
    const pause = (at: string, offset: number): FlowElement => ({
      kind: 'wait', name: 'Pause', defaultConnector: undefined,
      events: [{ name: 'Later', eventType: 'AlarmEvent', conditions: [], connector: 'Done', outputParameters: [], inputParameters: [
        { name: 'AlarmTime', value: { string: at } }, { name: 'TimeOffset', value: { number: offset } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } },
      ] }],
    });
    const onField: FlowElement = {
      kind: 'wait', name: 'myWait_myRule_1', events: [{ name: 'myWaitEvent_0', eventType: 'DateRefAlarmEvent', connector: 'Done', outputParameters: [], conditions: [],
        inputParameters: [
          { name: 'EntityObjectId', value: { string: '006000000000001AAA' } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } },
          { name: 'TimeOffset', value: { number: 1 } }, { name: 'TimeFieldColumnEnumOrId', value: { string: 'CloseDate' } },
        ] }],
    };
    const org = orgWith({ Opportunity: [{ Id: '006000000000001AAA', CloseDate: 'March 3' }] });
    // when / then
    expect(run(flowOf([pause('1', 3), done], vars)).run.fault).toEqual({ element: 'Pause', message: 'Pause.Later: the base time (AlarmTime) holds "1", not a date or date-time' });
    expect(run(flowOf([pause('2025-01-06', 1e9), done], vars)).run.fault).toEqual({ element: 'Pause', message: 'Pause.Later: 1000000000 Days from 2025-01-06T00:00:00Z is outside the dates Salesforce holds (years 1700 to 4000)' });
    expect(run(flowOf([onField, done], vars), { org }).run.fault).toEqual({ element: 'myWait_myRule_1', message: 'myWait_myRule_1.myWaitEvent_0: the scheduled action\'s date field CloseDate holds "March 3", not a date or date-time' });
  });

  it('waits: an AlarmEvent whose base time reads a resource that is empty is a fault naming the resource (survey 20: an input End Date not given)', () => {
    const pause: FlowElement = {
      kind: 'wait', name: 'Wait_Till_End', defaultConnector: undefined,
      events: [{ name: 'On_End_Date', eventType: 'AlarmEvent', conditions: [], connector: 'Done', outputParameters: [], inputParameters: [{ name: 'AlarmTime', value: { ref: 'endDate' } }] }],
    };
    const flow = flowOf([pause, done], { variables: [...vars.variables, variable('endDate', 'DateTime', { io: 'in' })] });
    expect(run(flow).run.fault).toEqual({ element: 'Wait_Till_End', message: 'Wait_Till_End.On_End_Date: the base time (AlarmTime) {!endDate} is empty, so there is no time to wait until' });
  });

  it('waits: an offset in Months moves the base time as ADDMONTHS does: Jan 31 + 1 month is Feb 28 (not March 3), the last day of a month stays the last day', () => {
    // given a wait 1 month after a base time, on a run that starts on 2025-01-06T09:00:00Z
    const monthAfter = (at: string, months: number): FlowElement => ({
      kind: 'wait', name: 'Pause', defaultConnector: undefined,
      events: [{ name: 'Later', eventType: 'AlarmEvent', conditions: [], connector: 'Done', outputParameters: [], inputParameters: [
        { name: 'AlarmTime', value: { dateTime: at } }, { name: 'TimeOffset', value: { number: months } }, { name: 'TimeOffsetUnit', value: { string: 'Months' } },
      ] }],
    });
    const until = (at: string, months: number) => run(flowOf([monthAfter(at, months), done], vars)).run.waiting?.until;
    const virtual = (iso: string) => Date.parse(iso) - Date.parse('2025-01-06T09:00:00Z');
    // when / then: the time of day is kept
    expect(until('2025-01-31T10:30:00Z', 1)).toBe(virtual('2025-02-28T10:30:00Z'));
    expect(until('2028-01-31T10:30:00Z', 1)).toBe(virtual('2028-02-29T10:30:00Z'));
    expect(until('2025-02-28T08:00:00Z', 1)).toBe(virtual('2025-03-31T08:00:00Z'));
    expect(until('2025-03-31T08:00:00Z', -1)).toBe(virtual('2025-02-28T08:00:00Z'));
    expect(until('2025-01-15T08:00:00Z', 13)).toBe(virtual('2026-02-15T08:00:00Z'));
  });

  it('waits: an AlarmEvent whose TimeOffset is not a number is a fault naming the event, not an offset of 0', () => {
    // given
    const pause: FlowElement = {
      kind: 'wait', name: 'Pause', defaultConnector: undefined,
      events: [{ name: 'Later', eventType: 'AlarmEvent', conditions: [], connector: 'Done', outputParameters: [], inputParameters: [
        { name: 'AlarmTime', value: { ref: '$Flow.InterviewStartTime' } }, { name: 'TimeOffset', value: { string: 'three' } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } },
      ] }],
    };
    // when
    const result = run(flowOf([pause, done], vars)).run;
    // then
    expect(result.fault).toEqual({ element: 'Pause', message: 'Pause.Later: the offset {TimeOffset} holds "three", not a number' });
  });

  it('waits: a platform event wait resumes on that scenario event', () => {
    // given
    const wait: FlowElement = { kind: 'wait', name: 'Pause', events: [{ name: 'Paid', eventType: 'Payment__e', conditions: [], connector: 'Done', inputParameters: [], outputParameters: [] }] };
    const flow = flowOf([wait, done], vars);
    const waiting = run(flow).run.waiting!;
    // when
    const resumed = resumeFlow(flow, waiting.state, { event: 'Payment__e' }).run;
    // then
    expect(waiting.events).toEqual(['Payment__e']);
    expect(resumed.outputs.resumed).toBe(true);
  });

  it('waits: a newer "wait for an amount of time" counts from when the wait is reached', () => {
    // given
    const wait: FlowElement = { kind: 'wait', name: 'Pause', subtype: 'WaitDuration', events: [{ name: 'el_0', conditions: [], offset: 2, offsetUnit: 'Hours', connector: 'Done', inputParameters: [], outputParameters: [] }] };
    // when / then
    expect(run(flowOf([wait, done], vars), { now: 1000 }).run.waiting?.until).toBe(1000 + 7_200_000);
  });

  it('waits: what the run knew before the wait (a decision outcome taken) is known after it resumes', () => {
    // given: a decision takes Go, the run waits a day, then reads {!Go}
    const decide: FlowElement = { kind: 'decision', name: 'Check', rules: [{ name: 'Go', logic: 'and', conditions: [], connector: 'Pause' }] };
    const read: FlowElement = { kind: 'assignment', name: 'Done', items: [{ ref: 'resumed', operator: 'Assign', value: { ref: 'Go' } }] };
    const flow = flowOf([decide, alarm(1), read], vars);
    const first = run(flow).run;
    // when
    const later = resumeFlow(flow, first.waiting!.state, { now: 2 * DAY }).run;
    // then
    expect(first.status).toBe('waiting');
    expect(later.outputs.resumed).toBe(true);
  });

  it('waits: a field assigned to $Record and the record filed as $Flow.CurrentRecord before the wait are still there after it', () => {
    // given: $Record.Status and $Flow.CurrentRecord assigned, a wait of a day, then both read
    const mark: FlowElement = { kind: 'assignment', name: 'Mark', connector: 'Pause', items: [
      { ref: '$Record.Status', operator: 'Assign', value: { string: 'Waiting' } }, { ref: '$Flow.CurrentRecord', operator: 'Assign', value: { ref: '$Record.Id' } }] };
    const read: FlowElement = { kind: 'assignment', name: 'Done', items: [{ ref: 'status', operator: 'Assign', value: { ref: '$Record.Status' } }, { ref: 'filed', operator: 'Assign', value: { ref: '$Flow.CurrentRecord' } }] };
    const flow = flowOf([mark, alarm(1), read], { variables: [variable('status', 'String', { io: 'out' }), variable('filed', 'String', { io: 'out' })] });
    const record = { object: 'Case', fields: { Id: '500000000000001AAA', Status: 'New' } };
    const first = run(flow, { record }).run;
    // when
    const later = resumeFlow(flow, first.waiting!.state, { now: 2 * DAY, record }).run;
    // then
    expect(first.status).toBe('waiting');
    expect(later.outputs).toEqual({ status: 'Waiting', filed: '500000000000001AAA' });
  });

  it('waits: $Flow.ActiveStages as changed before the wait is still the active stages after it', () => {
    // given: Cart active by default, Shipping added, a wait of a day, then the active stages read
    const plan: FlowElement = { kind: 'assignment', name: 'Plan', connector: 'Pause', items: [{ ref: '$Flow.ActiveStages', operator: 'Add', value: { ref: 'Shipping' } }] };
    const read: FlowElement = { kind: 'assignment', name: 'Done', items: [{ ref: 'active', operator: 'Assign', value: { ref: '$Flow.ActiveStages' } }] };
    const flow = flowOf([plan, alarm(1), read], { variables: [variable('active', 'String', { io: 'out' })], stages: [{ name: 'Cart', order: 1, isActive: true }, { name: 'Shipping', order: 2 }] });
    const first = run(flow).run;
    // when
    const later = resumeFlow(flow, first.waiting!.state, { now: 2 * DAY }).run;
    // then
    expect(first.status).toBe('waiting');
    expect(later.outputs.active).toBe('Cart;Shipping');
  });
});
