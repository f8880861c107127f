import { describe, expect, it } from 'vitest';
import { definitionOf, flowText } from '../flowXml/testing/flowText';
import { namespaceOfSfdxProject, withoutOwnNamespace, withoutOwnPrefix } from './ownNamespace';

// The shape of SalesforceLabs/AnimalShelterStarter's flows (sfdx-project.json "namespace":
// "animalshelters"): some names written with the package's own prefix, some without (written here, not copied)
const namespaced = definitionOf(flowText(`
  <processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Find</targetReference></connector><object>animalshelters__Animal__c</object><triggerType>RecordAfterSave</triggerType><recordTriggerType>Create</recordTriggerType></start>
  <formulas><name>Prefix</name><dataType>String</dataType><expression>IF(ISBLANK({!$Setup.animalshelters__Animal_Shelter_Settings__c.animalshelters__Default_Animal_Name_Prefix__c}), {!$Record.Name}, {!$Record.ANIMALSHELTERS__Breed__r.animalshelters__Type__c})</expression></formulas>
  <recordLookups><name>Find</name><connector><targetReference>Count</targetReference></connector><object>animalshelters__Movement__c</object><getFirstRecordOnly>true</getFirstRecordOnly><storeOutputAutomatically>true</storeOutputAutomatically>
    <filterLogic>and</filterLogic>
    <filters><field>animalshelters__Animal__c</field><operator>EqualTo</operator><value><elementReference>$Record.Id</elementReference></value></filters>
    <filters><field>Type__c</field><operator>EqualTo</operator><value><stringValue>animalshelters__Housed</stringValue></value></filters>
  </recordLookups>
  <actionCalls><name>Count</name><connector><targetReference>Other</targetReference></connector><actionName>animalshelters__Animal_Length_of_Stay_Calculation</actionName><actionType>flow</actionType>
    <inputParameters><name>varAnimalId</name><value><elementReference>$Record.Id</elementReference></value></inputParameters></actionCalls>
  <subflows><name>Other</name><flowName>otherpkg__Shared_Flow</flowName><inputAssignments><name>note</name><value><elementReference>$Record.xanimalshelters__Note__c</elementReference></value></inputAssignments></subflows>
`));

describe('a namespaced project\'s own prefix in its flows', () => {
  it('sfdx-project.json: its namespace; none, empty, not JSON or not a valid prefix gives none', () => {
    expect(namespaceOfSfdxProject('{ "packageDirectories": [{ "path": "force-app" }], "namespace": "animalshelters" }')).toBe('animalshelters');
    expect(namespaceOfSfdxProject('{ "packageDirectories": [{ "path": "force-app" }], "namespace": "" }')).toBeUndefined();
    expect(namespaceOfSfdxProject('{ "packageDirectories": [] }')).toBeUndefined();
    expect(namespaceOfSfdxProject('{ "namespace": ')).toBeUndefined();
    expect(namespaceOfSfdxProject('["animalshelters"]')).toBeUndefined();
    expect(namespaceOfSfdxProject('{ "namespace": "a__b" }')).toBeUndefined();
    expect(namespaceOfSfdxProject('{ "namespace": "x.*" }')).toBeUndefined();
  });

  it('withoutOwnNamespace drops the prefix from objects, fields, references, formulas, $Setup and called flows, keeps text values and other prefixes', () => {
    // when
    const read = withoutOwnNamespace(namespaced, 'animalshelters');
    // then
    expect(read.start.object).toBe('Animal__c');
    const formula = read.formulas.find((f) => f.name === 'Prefix');
    expect(formula?.expression).toBe('IF(ISBLANK({!$Setup.Animal_Shelter_Settings__c.Default_Animal_Name_Prefix__c}), {!$Record.Name}, {!$Record.Breed__r.Type__c})');
    const json = JSON.stringify(read.elements);
    expect(json).toContain('"object":"Movement__c"');
    expect(json).toContain('"field":"Animal__c"');
    expect(json).toContain('"actionName":"Animal_Length_of_Stay_Calculation"');
    // a text value is data, another package's prefix is another package's, a longer name is not the prefix
    expect(json).toContain('"string":"animalshelters__Housed"');
    expect(json).toContain('"flowName":"otherpkg__Shared_Flow"');
    expect(json).toContain('"ref":"$Record.xanimalshelters__Note__c"');
  });

  it('without a namespace, or with another one, the definition is the same object', () => {
    expect(withoutOwnNamespace(namespaced, undefined)).toBe(namespaced);
    expect(withoutOwnNamespace(namespaced, 'otherns')).toBe(namespaced);
    expect(withoutOwnPrefix('{!$Setup.animalshelters__S__c.F__c}', undefined)).toBe('{!$Setup.animalshelters__S__c.F__c}');
    expect(withoutOwnPrefix('{!$Setup.animalshelters__S__c.F__c}', 'animalshelters')).toBe('{!$Setup.S__c.F__c}');
  });
});
