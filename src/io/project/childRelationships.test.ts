/** The custom child relationships a project's flows update through, one reader for `stageflow flow`, `simulate` and the app. */
import { describe, expect, it } from 'vitest';
import { isReadAfterFlows, projectFromFiles } from './projectFromFiles';
import { readChildRelationships, updatedRelationships } from './childRelationships';
import { depotSweepFiles } from './testing/projectFiles';

const lookup = (name: string, relationship: string, parent = 'Depot__c') => `<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>${name}</fullName><referenceTo>${parent}</referenceTo><relationshipName>${relationship}</relationshipName><type>Lookup</type></CustomField>`;
const update = (reference: string) => `<Flow><recordUpdates><name>U</name><inputReference>${reference}</inputReference></recordUpdates></Flow>`;

describe('child relationships from the project', () => {
  it('updatedRelationships: only the custom relationships (…__r) an Update Records updates through, lower-cased', () => {
    expect([...updatedRelationships([update('$Record.Things__r'), update('depot.Parts__r'), update('$Record.Contacts'), update('someRecord'), '<Flow><recordLookups><inputReference>$Record.Other__r</inputReference></recordLookups></Flow>'])]).toEqual(['things', 'parts']);
  });

  it('readChildRelationships: the child object and lookup of each wanted relationship, keyed parent.things__r; a field file and a retrieved package\'s object file alike', () => {
    const files = [
      { path: 'objects/Thing__c/fields/Depot__c.field-meta.xml', text: lookup('Depot__c', 'Things') },
      { path: 'objects/Part__c/fields/Home__c.field-meta.xml', text: lookup('Home__c', 'Unwanted') },
      { path: 'unpackaged/objects/Crate__c.object', text: `<CustomObject><fields>${lookup('Yard__c', 'Crates', 'Yard__c').replace(/<\/?CustomField[^>]*>/g, '')}</fields></CustomObject>` },
      { path: 'objects/Bad__c/fields/X__c.field-meta.xml', text: '<CustomField><relationshipName>Things</relationshipName' },
    ];
    expect(Object.fromEntries(readChildRelationships(files, new Set(['things', 'crates'])).relationships)).toEqual({
      'depot__c.things__r': { object: 'Thing__c', field: 'Depot__c' },
      'yard__c.crates__r': { object: 'Crate__c', field: 'Yard__c' },
    });
  });

  it('the project reader reads every object\'s field files after the flows only when a flow updates through a custom relationship, and keeps what they declare', () => {
    const flows = depotSweepFiles().filter((f) => f.path.endsWith('.flow-meta.xml'));
    const readAfter = isReadAfterFlows(projectFromFiles(flows));
    expect(readAfter('force-app/main/default/objects/Thing__c/fields/Depot__c.field-meta.xml')).toBe(true);
    const without = flows.map((f) => ({ ...f, text: f.text.replace('depot.Things__r', 'depot') }));
    expect(isReadAfterFlows(projectFromFiles(without))('force-app/main/default/objects/Thing__c/fields/Depot__c.field-meta.xml')).toBe(false);
    expect(Object.fromEntries(projectFromFiles(depotSweepFiles()).childRelationships ?? [])).toEqual({ 'depot__c.things__r': { object: 'Thing__c', field: 'Depot__c' } });
  });
});
