import { describe, expect, it } from 'vitest';
import type { FlowCustomSetting, FlowDefinition, FlowElement } from '../definition';
import { flowOf, orgWith, run, variable } from './testing/build';

/** A flow that copies each `$Setup.<object>.<field>` into an output of the given data type. */
function reading(object: string, fields: [field: string, dataType: string][], customSettings?: Record<string, FlowCustomSetting>): FlowDefinition {
  const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: fields.map(([field]) => ({ ref: `out_${field}`, operator: 'Assign', value: { ref: `$Setup.${object}.${field}` } })) };
  return flowOf([copy], { variables: fields.map(([field, dataType]) => variable(`out_${field}`, dataType, { io: 'out' })), ...(customSettings ? { customSettings } : {}) });
}

/** Automation_Settings__c as a project declares it: a hierarchy setting with a field of each type. */
const AUTOMATION: Record<string, FlowCustomSetting> = {
  Automation_Settings__c: {
    settingsType: 'Hierarchy',
    fields: {
      Disable_Flows__c: { type: 'Checkbox', defaultValue: 'false' },
      Send_Emails__c: { type: 'Checkbox', defaultValue: 'true' },
      Max_Retries__c: { type: 'Number', defaultValue: '3' },
      Credit_Limit__c: { type: 'Currency', defaultValue: '1500.50' },
      Discount__c: { type: 'Percent', defaultValue: '12.5' },
      Support_Email__c: { type: 'Email', defaultValue: '"help@example.com"' },
      Region__c: { type: 'Text', defaultValue: '"EMEA"' },
      Review_Date__c: { type: 'Date', defaultValue: 'TODAY() + 7' },
      Note__c: { type: 'Text' },
      Audit__c: { type: 'Checkbox' },
      Owner_Id__c: { type: 'Text', defaultValue: '$User.Id' },
    },
  },
};

describe('$Setup: a custom setting read from the project\'s declared defaults (customSettings.ts)', () => {
  it('$Setup with no record of the setting reads each field\'s default value, typed by its field type', () => {
    // given: a flow that reads a field of each type, the setting declared by its project, no record of it in the org
    const flow = reading('Automation_Settings__c', [['Disable_Flows__c', 'Boolean'], ['Send_Emails__c', 'Boolean'], ['Max_Retries__c', 'Number'], ['Credit_Limit__c', 'Currency'],
      ['Discount__c', 'Number'], ['Support_Email__c', 'String'], ['Region__c', 'String'], ['Review_Date__c', 'Date']], AUTOMATION);
    // when
    const result = run(flow, { startAt: '2025-03-10T09:00:00Z' }).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs).toEqual({ out_Disable_Flows__c: false, out_Send_Emails__c: true, out_Max_Retries__c: 3, out_Credit_Limit__c: 1500.5,
      out_Discount__c: 12.5, out_Support_Email__c: 'help@example.com', out_Region__c: 'EMEA', out_Review_Date__c: '2025-03-17' });
  });

  it('$Setup: a record of the setting in the scenario\'s records wins over the declared default; without it, the default', () => {
    // given: the org holds the setting's record, with Disable_Flows__c ticked; and an org without it
    const flow = reading('Automation_Settings__c', [['Disable_Flows__c', 'Boolean'], ['Max_Retries__c', 'Number']], AUTOMATION);
    const org = orgWith({ Automation_Settings__c: [{ Id: 'a00000000000001AAA', Disable_Flows__c: true, Max_Retries__c: 9 }] });
    // when
    const withRecord = run(flow, { org }).run.outputs;
    const without = run(flow).run.outputs;
    // then
    expect(withRecord).toEqual({ out_Disable_Flows__c: true, out_Max_Retries__c: 9 });
    expect(without).toEqual({ out_Disable_Flows__c: false, out_Max_Retries__c: 3 });
  });

  it('$Setup: a declared field without a default reads null, and a Checkbox without one false (never null)', () => {
    // given
    const flow = reading('Automation_Settings__c', [['Note__c', 'String'], ['Audit__c', 'Boolean']], AUTOMATION);
    // when
    const result = run(flow).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs).toEqual({ out_Note__c: null, out_Audit__c: false });
  });

  it('$Setup: names compare ignoring case, as Salesforce\'s API names do', () => {
    // given: the flow spells the setting and field in other cases
    const flow = reading('automation_settings__C', [['MAX_RETRIES__c', 'Number']], AUTOMATION);
    // when / then
    expect(run(flow).run.outputs).toEqual({ out_MAX_RETRIES__c: 3 });
  });

  it('$Setup: a field the declared setting does not have stops the run as unsupported, naming the field', () => {
    // given: Disable_Flow__c (misspelt) is not declared
    const flow = reading('Automation_Settings__c', [['Disable_Flow__c', 'Boolean']], AUTOMATION);
    // when
    const result = run(flow).run;
    // then
    expect(result).toMatchObject({ status: 'unsupported', unsupported: { element: 'Copy', reference: '$Setup.Automation_Settings__c.Disable_Flow__c',
      message: "{!$Setup.Automation_Settings__c.Disable_Flow__c} reads the field Disable_Flow__c of the custom setting Automation_Settings__c, which the project's Automation_Settings__c does not declare (no objects/Automation_Settings__c/fields/Disable_Flow__c.field-meta.xml); check the name, or give a record of Automation_Settings__c in the scenario's records" } });
  });

  it('$Setup: a setting the project does not declare keeps the old message, adding that the project has none', () => {
    // given: the flow was read with its project (customSettings present), which declares no Other_Settings__c; and a flow read alone
    const withProject = reading('Other_Settings__c', [['On__c', 'Boolean']], AUTOMATION);
    const alone = reading('Other_Settings__c', [['On__c', 'Boolean']]);
    // when / then
    expect(run(withProject).run.unsupported?.message).toBe("{!$Setup.Other_Settings__c.On__c} reads the custom setting Other_Settings__c, which the simulated org does not have (give a record of Other_Settings__c in the scenario's records); the flow's project declares no custom setting Other_Settings__c either (objects/Other_Settings__c/Other_Settings__c.object-meta.xml, or objects/Other_Settings__c.object in a retrieved package)");
    expect(run(alone).run.unsupported?.message).toBe("{!$Setup.Other_Settings__c.On__c} reads the custom setting Other_Settings__c, which the simulated org does not have (give a record of Other_Settings__c in the scenario's records)");
  });

  it('$Setup: a List custom setting is refused (Salesforce reads only hierarchy settings through $Setup), even with a record of it', () => {
    // given: Countries__c declared as a List setting, and a record of it
    const flow = reading('Countries__c', [['Code__c', 'String']], { Countries__c: { settingsType: 'List', fields: { Code__c: { type: 'Text' } } } });
    const org = orgWith({ Countries__c: [{ Id: 'a01000000000001AAA', Name: 'France', Code__c: 'FR' }] });
    // when
    const result = run(flow, { org }).run;
    // then
    expect(result).toMatchObject({ status: 'unsupported', unsupported: { reference: '$Setup.Countries__c.Code__c' } });
    expect(result.unsupported?.message).toMatch(/^\{!\$Setup\.Countries__c\.Code__c\} reads Countries__c, which the project declares as a List custom setting: \$Setup reads only hierarchy custom settings/);
  });

  it('$Setup: a default that reads something ($User.Id) stops the run as unsupported, saying to give a record', () => {
    // given
    const flow = reading('Automation_Settings__c', [['Owner_Id__c', 'String']], AUTOMATION);
    // when / then
    expect(run(flow).run.unsupported?.message).toBe("{!$Setup.Automation_Settings__c.Owner_Id__c}: the project's default value of Automation_Settings__c.Owner_Id__c, $User.Id, reads {!$User.Id}, which the simulator does not work out for a default; give a record of Automation_Settings__c in the scenario's records");
  });

  it('$Setup in a decision: the common "switch automation off" pattern takes the default outcome when Disable_Flows__c defaults to false', () => {
    // given: a decision that ends the flow when Disable_Flows__c is ticked
    const decide: FlowElement = { kind: 'decision', name: 'Automation_Off', rules: [{ name: 'Off', logic: 'and', conditions: [{ left: '$Setup.Automation_Settings__c.Disable_Flows__c', operator: 'EqualTo', right: { boolean: true } }] }], defaultConnector: 'Work' };
    const work: FlowElement = { kind: 'assignment', name: 'Work', items: [{ ref: 'done', operator: 'Assign', value: { boolean: true } }] };
    const flow = flowOf([decide, work], { variables: [variable('done', 'Boolean', { io: 'out' })], customSettings: AUTOMATION });
    // when
    const result = run(flow).run;
    // then
    expect(result.path.map((p) => p.element)).toEqual(['Automation_Off', 'Work']);
    expect(result.outputs).toEqual({ done: true });
  });
});
