import { describe, expect, it } from 'vitest';
import { createdObjects } from './createdObjects';
import { crateIntakeFiles } from './testing/projectFiles';
import { isReadAfterFlows, projectFromFiles } from './projectFromFiles';
import { projectCheckboxFields } from './checkboxFields';

const create = (body: string) => `<Flow><recordCreates><name>Save</name>${body}</recordCreates></Flow>`;

describe('createdObjects: the objects a project\'s flows create records of, from the files\' text', () => {
  it('reads a Create Records\' <object>, and the <objectType> of the record variable its <inputReference> names', () => {
    // given
    const byObject = create('<object>Crate__c</object>');
    const byVariable = `<Flow><recordCreates><name>Save</name><inputReference>crates</inputReference></recordCreates>
      <variables><name>other</name><dataType>SObject</dataType><objectType>Account</objectType></variables>
      <variables><name>crates</name><dataType>SObject</dataType><isCollection>true</isCollection><objectType>Lid__c</objectType></variables></Flow>`;
    // when / then
    expect([...createdObjects([byObject, byVariable])].sort()).toEqual(['Crate__c', 'Lid__c']);
  });

  it('names no object for a flow that creates nothing, a variable it does not declare, or a name that is not an API name', () => {
    expect([...createdObjects(['<Flow><recordUpdates><object>Case</object></recordUpdates></Flow>', create('<inputReference>nowhere</inputReference>'), create('<object>__proto__ x</object>')])]).toEqual([]);
  });
});

describe('a project reads the field files of the objects its flows create, and only those besides the ones it read before', () => {
  it('CrateIntake: Crate__c\'s field files are read after the flows, and its stored Checkboxes (not the formula one) are the project\'s', () => {
    // given the project's flows alone, then what it reads after them
    const files = crateIntakeFiles();
    const flowsOnly = projectFromFiles(files.filter((f) => f.path.endsWith('.flow-meta.xml')));
    const readAfter = isReadAfterFlows(flowsOnly);
    // when / then
    expect(readAfter('force-app/main/default/objects/Crate__c/fields/Fragile__c.field-meta.xml')).toBe(true);
    expect(readAfter('force-app/main/default/objects/Lid__c/fields/Fragile__c.field-meta.xml')).toBe(false);
    expect(projectCheckboxFields(projectFromFiles(files))).toEqual({ Crate__c: ['Fragile__c', 'Sealed__c'] });
  });
});
