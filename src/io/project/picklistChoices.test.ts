import { describe, expect, it } from 'vitest';
import { FLOW_DEFINITION_VERSION, storedFlowDefinition, type FlowDefinition } from '../../flows/definition';
import { runFlow } from '../../flows/interpreter';
import { withPicklistChoiceValues } from './picklistChoices';
import { projectCatalog } from './projectCatalog';
import { projectFromFiles } from './projectFromFiles';
import { caseLifecycleFiles, flowFile } from './testing/projectFiles';
import type { ProjectField, ProjectObjects } from './types';

/** Case's Tier__c, a picklist of Gold, Silver and Bronze. */
const TIER = { path: 'force-app/main/default/objects/Case/fields/Tier__c.field-meta.xml', text: `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Tier__c</fullName><label>Tier</label><type>Picklist</type>
  <valueSet><valueSetDefinition><value><fullName>Gold</fullName><default>false</default><label>Gold</label></value>
  <value><fullName>Silver</fullName><default>false</default><label>Silver</label></value><value><fullName>Bronze</fullName><default>true</default><label>Bronze</label></value></valueSetDefinition></valueSet>
</CustomField>` };

/** A screen flow asking for a tier from a picklist choice set on Case.Tier__c. */
const PICK_TIER = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata"><processType>Flow</processType><status>Active</status>
  <dynamicChoiceSets><name>Tiers</name><dataType>Picklist</dataType><picklistField>Tier__c</picklistField><picklistObject>Case</picklistObject></dynamicChoiceSets>
  <screens><name>Ask_Tier</name><label>Ask Tier</label><locationX>0</locationX><locationY>0</locationY>
    <fields><name>Tier</name><choiceReferences>Tiers</choiceReferences><dataType>String</dataType><fieldType>DropdownBox</fieldType><isRequired>true</isRequired></fields></screens>
  <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Ask_Tier</targetReference></connector></start>
</Flow>`;

const definition: FlowDefinition = {
  version: FLOW_DEFINITION_VERSION, processType: 'Flow', start: {}, elements: {},
  variables: [], constants: [], formulas: [], textTemplates: [], choices: [],
  dynamicChoiceSets: [
    { name: 'Priorities', dataType: 'Picklist', filters: [], outputAssignments: [], picklistObject: 'Case', picklistField: 'priority' },
    { name: 'Regions', dataType: 'Picklist', filters: [], outputAssignments: [], picklistObject: 'Account', picklistField: 'Region__c' },
  ],
};
const objects: ProjectObjects = new Map([['Case', new Map<string, ProjectField>([['Priority', { name: 'Priority', type: 'Picklist', values: ['High', 'Medium', 'Low'] }]])]]);

describe('picklist choice sets from a project', () => {
  it('picklist choice sets: a set on a picklist the project lists values for carries them; a set on an object the project did not read keeps none', () => {
    // given / when
    const read = withPicklistChoiceValues(definition, objects);
    // then
    expect(read.dynamicChoiceSets[0]).toMatchObject({ name: 'Priorities', picklistValues: ['High', 'Medium', 'Low'] });
    expect(read.dynamicChoiceSets[1]).not.toHaveProperty('picklistValues');
    expect(withPicklistChoiceValues(definition, undefined)).toBe(definition);
  });

  it('picklist choice sets: a screen flow read from a project with the picklist\'s metadata refuses an answer the picklist does not list, naming it', () => {
    // given: the CaseLifecycle project (its orchestration reads Case records), Case.Tier__c's metadata and the flow Pick_Tier
    const project = projectFromFiles([...caseLifecycleFiles(), TIER, flowFile('Pick_Tier', PICK_TIER)]);
    // when
    const flow = projectCatalog(project, 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml', 'Active').flow('Pick_Tier');
    const read = storedFlowDefinition(flow?.definition)!;
    // then
    expect(read.dynamicChoiceSets[0]?.picklistValues).toEqual(['Gold', 'Silver', 'Bronze']);
    expect(runFlow(read, { screenValues: { Tier: 'Gould' } }).run.fault).toEqual({ element: 'Ask_Tier', message: 'screen field Tier: "Gould" is not one of its choices; its choices are "Gold", "Silver", "Bronze"' });
    expect(runFlow(read, { screenValues: { Tier: 'Gold' } }).run.status).toBe('completed');
  });
});
