/**
 * The check a project makes possible (undeclaredFields.ts): a custom field of the trigger object
 * the design reads that the project's object metadata does not declare is reported where it is
 * read, when the orchestration opens.
 */
import { describe, expect, it } from 'vitest';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { caseLifecycleFiles } from './testing/projectFiles';
import type { ProjectFile } from './types';
import { undeclaredFieldProblems } from './undeclaredFields';

const FIELDS = 'force-app/main/default/objects/Case/fields';
const ORCHESTRATION = 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml';

const field = (name: string, type: string, extra = ''): ProjectFile => ({
  path: `${FIELDS}/${name}.field-meta.xml`,
  text: `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>${extra}\n    <type>${type}</type>\n</CustomField>\n`,
});

/** CaseLifecycle with its Resolve step waiting for `left` instead of `$Record.Status`, and `fields` of Case. */
function project(left: string, fields: ProjectFile[]) {
  const files = caseLifecycleFiles().map((f) => (f.path === ORCHESTRATION ? { ...f, text: f.text.replace('<leftValueReference>$Record.Status</leftValueReference>', `<leftValueReference>${left}</leftValueReference>`) } : f));
  return projectFromFiles([...files, ...fields]);
}

const warningsOf = (left: string, fields: ProjectFile[]) => {
  const opened = openOrchestration(project(left, fields), 'Case_Lifecycle');
  if (!opened.ok) throw new Error(JSON.stringify(opened.report));
  return opened.report.filter((p) => p.message.includes('has no field'));
};

const DECLARED = [field('Customer_Satisfied__c', 'Checkbox'), field('Parent_Case__c', 'Lookup', '\n    <referenceTo>Case</referenceTo>')];

/** A field file of another object than Case. */
const fieldOf = (object: string, name: string, type: string): ProjectFile => ({
  ...field(name, type),
  path: `force-app/main/default/objects/${object}/fields/${name}.field-meta.xml`,
});

describe('custom fields the design reads that the project does not declare', () => {
  it('reports a misspelt custom field where the design reads it, at the orchestration\'s file', () => {
    expect(warningsOf('$Record.Customer_Satisfed__c', DECLARED)).toEqual([{
      file: ORCHESTRATION,
      path: 'stages[2].steps[0].start.requirements[0].left',
      severity: 'warning',
      message: "$Record.Customer_Satisfed__c: the project's Case has no field Customer_Satisfed__c (none of its field files declares it); check the name, or add the field's metadata to the project",
    }]);
  });

  it('checks the lookup behind a custom relationship', () => {
    expect(warningsOf('$Record.Parent_Cas__r.Status', DECLARED).map((p) => p.message)).toEqual([
      expect.stringContaining('has no field Parent_Cas__c'),
    ]);
    expect(warningsOf('$Record.Parent_Case__r.Status', DECLARED)).toEqual([]);
  });

  it('follows relationships to the related record\'s object: a custom lookup by its <referenceTo>, a standard one by its name', () => {
    // Parent_Case__c points to a Case: the field at the end is looked up in Case
    expect(warningsOf('$Record.Parent_Case__r.Customer_Satisfed__c', DECLARED).map((p) => p.message)).toEqual([
      "$Record.Parent_Case__r.Customer_Satisfed__c: the project's Case has no field Customer_Satisfed__c (none of its field files declares it); check the name, or add the field's metadata to the project",
    ]);
    expect(warningsOf('$Record.Parent_Case__r.Customer_Satisfied__c', DECLARED)).toEqual([]);
    // Account is read through the case's standard Account relationship; its metadata is read because the design reaches it
    const account = [...DECLARED, fieldOf('Account', 'Tier__c', 'Picklist')];
    expect(warningsOf('$Record.Account.Teir__c', account).map((p) => p.message)).toEqual([expect.stringContaining("the project's Account has no field Teir__c")]);
    expect(warningsOf('$Record.Account.Tier__c', account)).toEqual([]);
    // two hops: the account's owner is a User, whose fields the project does not declare: nothing to say
    expect(warningsOf('$Record.Account.Owner.Regoin__c', account)).toEqual([]);
    expect(warningsOf('$Record.Account.Owner.Regoin__c', [...account, fieldOf('User', 'Region__c', 'Text')]).map((p) => p.message)).toEqual([expect.stringContaining("the project's User has no field Regoin__c")]);
  });

  it('lists the objects a design reaches through relationships named after them, so their metadata is read', () => {
    const listed = (left: string) => project(left, DECLARED).orchestrations.find((o) => o.apiName === 'Case_Lifecycle')?.recordObjects ?? [];
    expect(listed('$Record.Account.Owner.Region__c')).toEqual(['Account', 'User']);
    expect(listed('$Record.Parent_Case__r.Status')).toEqual([]);
    expect(listed('$Record.Status')).toEqual([]);
  });

  it('accepts a declared field in any case, and never checks a standard field', () => {
    expect(warningsOf('$Record.customer_satisfied__C', DECLARED)).toEqual([]);
    expect(warningsOf('$Record.Status', DECLARED)).toEqual([]);
    expect(warningsOf('$Record.Account.Rating', DECLARED)).toEqual([]);
  });

  it('says nothing when the project declares no field of the trigger object', () => {
    expect(warningsOf('$Record.Customer_Satisfed__c', [])).toEqual([]);
  });

  it('checks the trigger\'s entry conditions too', () => {
    // given a Case design whose entry condition tests a field Case does not declare
    const opened = openOrchestration(project('$Record.Status', DECLARED), 'Case_Lifecycle');
    if (!opened.ok) throw new Error('not opened');
    const doc = { ...opened.doc, trigger: { type: 'recordTriggered' as const, object: 'Case', when: 'create' as const, entryConditions: { logic: 'and' as const, filters: [{ field: 'Is_Urgent__c', operator: 'EqualTo' as const, value: { boolean: true } }] } } };
    // when / then
    expect(undeclaredFieldProblems(doc, projectFromFiles([...caseLifecycleFiles(), ...DECLARED]).objects, ORCHESTRATION).map((p) => [p.path, p.message.slice(0, 60)])).toEqual([
      ['trigger.entryConditions.filters[0].field', "the entry condition on Is_Urgent__c: the project's Case has "],
    ]);
  });
});
