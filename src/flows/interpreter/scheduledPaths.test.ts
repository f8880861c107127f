import { describe, expect, it } from 'vitest';
import { definitionOf, flowText } from '../../io/flowXml/testing/flowText';
import { resumeFlow, runFlow } from './run';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const opportunity = { object: 'Opportunity', fields: { Id: '006000000000001AAA', StageName: 'Closed Won', CloseDate: '2025-01-10' } };

/** An after-save flow on Opportunity whose start has `paths` (and no immediate connector unless given), each path setting `note`. */
function flowWith(paths: string, immediate = ''): string {
  const mark = (name: string) => `<assignments><name>${name}</name><label>${name}</label><locationX>0</locationX><locationY>0</locationY>
<assignmentItems><assignToReference>note</assignToReference><operator>Add</operator><value><stringValue>${name};</stringValue></value></assignmentItems></assignments>`;
  return flowText(`<apiVersion>60.0</apiVersion><label>Paths</label><processType>AutoLaunchedFlow</processType>
${mark('Now')}${mark('Async')}${mark('Later')}${mark('Before_Close')}
<start><locationX>0</locationX><locationY>0</locationY>${immediate}<object>Opportunity</object><recordTriggerType>Create</recordTriggerType><triggerType>RecordAfterSave</triggerType>${paths}</start>
<status>Active</status>
<variables><name>note</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`);
}
const asyncPath = '<scheduledPaths><connector><targetReference>Async</targetReference></connector><pathType>AsyncAfterCommit</pathType></scheduledPaths>';
const timedPath = (name: string, target: string, offset: number, unit: string, source: string) =>
  `<scheduledPaths><name>${name}</name><label>${name}</label><connector><targetReference>${target}</targetReference></connector><offsetNumber>${offset}</offsetNumber><offsetUnit>${unit}</offsetUnit>${source}</scheduledPaths>`;

describe('scheduled paths of a record-triggered flow', () => {
  it('scheduledPaths: a "Run Asynchronously" path (AsyncAfterCommit) runs after the immediate path, instead of the run ending having run nothing', () => {
    // given: the shape of SFDC-Assets/PSA-NEPA-Permitting's flows: all the logic on the asynchronous path
    const onlyAsync = definitionOf(flowWith(asyncPath));
    const both = definitionOf(flowWith(asyncPath, '<connector><targetReference>Now</targetReference></connector>'));
    // when
    const alone = runFlow(onlyAsync, { record: opportunity }).run;
    const after = runFlow(both, { record: opportunity }).run;
    // then
    expect(alone).toMatchObject({ status: 'completed', outputs: { note: 'Async;' } });
    expect(alone.path.map((step) => [step.element, step.outcome])).toEqual([['start', 'AsyncAfterCommit'], ['Async', undefined]]);
    expect(after.outputs.note).toBe('Now;Async;');
  });

  it('scheduledPaths: a timed path waits on the start until its offset from the save or from a date field of $Record, and runs when resumed; several run in time order', () => {
    // given: one path 1 day after the save, one 2 days before CloseDate (2025-01-10T00:00Z; the run starts 2025-01-06T09:00Z)
    const definition = definitionOf(flowWith(
      timedPath('X1_Day_Later', 'Later', 1, 'Days', '<timeSource>RecordTriggerEvent</timeSource>')
      + timedPath('Before_Close', 'Before_Close', -2, 'Days', '<recordField>CloseDate</recordField><timeSource>RecordField</timeSource>'),
    ));
    const beforeClose = Date.parse('2025-01-08T00:00:00Z') - Date.parse('2025-01-06T09:00:00Z');
    // when
    const first = runFlow(definition, { record: opportunity }).run;
    const second = resumeFlow(definition, first.waiting!.state, { now: DAY }).run;
    const third = resumeFlow(definition, second.waiting!.state, { now: beforeClose }).run;
    // then
    expect(first).toMatchObject({ status: 'waiting', waiting: { element: 'start', until: DAY } });
    expect(second).toMatchObject({ status: 'waiting', outputs: { note: 'Later;' }, waiting: { until: beforeClose } });
    expect(third).toMatchObject({ status: 'completed', outputs: { note: 'Later;Before_Close;' } });
    expect(third.path.map((step) => step.outcome ?? step.element)).toEqual(['X1_Day_Later', 'Later', 'Before_Close', 'Before_Close']);
  });

  it('scheduledPaths: a path whose time has passed runs at once; a null date field schedules nothing (chosen), but a record given without CreatedDate was saved as the run started', () => {
    // given
    const passed = definitionOf(flowWith(timedPath('Right_Away', 'Later', 0, 'Hours', '<timeSource>RecordTriggerEvent</timeSource>')));
    const onField = definitionOf(flowWith(timedPath('On_Date', 'Later', 1, 'Days', '<recordField>Next_Step_Date__c</recordField><timeSource>RecordField</timeSource>')));
    const afterCreation = definitionOf(flowWith(timedPath('X2_Hours_After_Creation', 'Later', 2, 'Hours', '<recordField>CreatedDate</recordField><timeSource>RecordField</timeSource>')));
    // when / then
    expect(runFlow(passed, { record: opportunity }).run).toMatchObject({ status: 'completed', outputs: { note: 'Later;' } });
    expect(runFlow(onField, { record: opportunity }).run).toMatchObject({ status: 'completed', outputs: { note: null }, path: [] });
    expect(runFlow(afterCreation, { record: opportunity }).run).toMatchObject({ status: 'waiting', waiting: { element: 'start', until: 2 * HOUR } });
  });

  it('scheduledPaths: a path on a date field of a run given no $Record stops as unsupported, naming what to give, and a date field holding text is a fault naming the path', () => {
    // given
    const onClose = definitionOf(flowWith(timedPath('Before_Close', 'Before_Close', -2, 'Days', '<recordField>CloseDate</recordField><timeSource>RecordField</timeSource>')));
    // when
    const noRecord = runFlow(onClose).run;
    const notADate = runFlow(onClose, { record: { ...opportunity, fields: { ...opportunity.fields, CloseDate: 'soon' } } }).run;
    // then
    expect(noRecord).toMatchObject({ status: 'unsupported', unsupported: { element: 'start', reference: '$Record.CloseDate' } });
    expect(notADate.fault).toEqual({ element: 'start', message: 'start.scheduledPaths.Before_Close: $Record.CloseDate holds "soon", not a date or date-time' });
  });
  it('scheduledPaths: a date field holding loose text JavaScript would read as a date ("1", "March 3") or a day that does not exist is a fault naming the path, not a time in 2001', () => {
    // given
    const onClose = definitionOf(flowWith(timedPath('Before_Close', 'Before_Close', -2, 'Days', '<recordField>CloseDate</recordField><timeSource>RecordField</timeSource>')));
    const holding = (CloseDate: string) => runFlow(onClose, { record: { ...opportunity, fields: { ...opportunity.fields, CloseDate } } }).run;
    // when / then
    for (const text of ['1', 'March 3', '2025-02-30']) {
      expect(holding(text)).toMatchObject({ status: 'faulted', fault: { element: 'start', message: `start.scheduledPaths.Before_Close: $Record.CloseDate holds ${JSON.stringify(text)}, not a date or date-time` } });
    }
    expect(holding('2025-01-10T08:00:00.000+0000')).toMatchObject({ status: 'waiting', waiting: { until: Date.parse('2025-01-08T08:00:00Z') - Date.parse('2025-01-06T09:00:00Z') } });
  });

  it('scheduledPaths: an offset in Months from a date field moves it as ADDMONTHS does (Jan 31 + 1 month is Feb 28, not March 3)', () => {
    // given a path 1 month after CloseDate
    const afterClose = definitionOf(flowWith(timedPath('After_Close', 'After_Close', 1, 'Months', '<recordField>CloseDate</recordField><timeSource>RecordField</timeSource>')));
    // when
    const ran = runFlow(afterClose, { record: { ...opportunity, fields: { ...opportunity.fields, CloseDate: '2025-01-31' } } }).run;
    // then
    expect(ran).toMatchObject({ status: 'waiting', waiting: { element: 'start', until: Date.parse('2025-02-28T00:00:00Z') - Date.parse('2025-01-06T09:00:00Z') } });
  });

  it('scheduledPaths: an offset that puts the path past the dates Salesforce holds (years 1700-4000) is a fault naming the path, not a run waiting forever', () => {
    // given
    const far = (offset: string, unit: string) => definitionOf(flowWith(timedPath('Far', 'Later', 0, unit, '<timeSource>RecordTriggerEvent</timeSource>').replace('<offsetNumber>0</offsetNumber>', `<offsetNumber>${offset}</offsetNumber>`)));
    // when / then
    for (const [offset, unit] of [['1e300', 'Days'], ['99999999', 'Months'], ['-1000000', 'Days']]) {
      const run = runFlow(far(offset!, unit!), { record: opportunity }).run;
      expect(run.status).toBe('faulted');
      expect(run.fault).toEqual({ element: 'start', message: `start.scheduledPaths.Far: ${Number(offset)} ${unit} from 2025-01-06T09:00:00Z is outside the dates Salesforce holds (years 1700 to 4000)` });
    }
  });
});
