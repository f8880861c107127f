/**
 * Picklist values the project lists (picklistValues.ts): a condition comparing a custom picklist of
 * the triggering record with a value its metadata does not list is reported where the value is
 * written, when the orchestration opens.
 */
import { describe, expect, it } from 'vitest';
import { readObjectFields } from './objectFields';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { unknownPicklistValueProblems } from './picklistValues';
import { caseLifecycleFiles } from './testing/projectFiles';
import type { ProjectFile } from './types';

const ORCHESTRATION = 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml';

/** Case's Tier__c, a picklist of Gold, Silver and Bronze, as `sf project retrieve` writes it. */
const TIER: ProjectFile = {
  path: 'force-app/main/default/objects/Case/fields/Tier__c.field-meta.xml',
  text: `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Tier__c</fullName>
    <label>Tier</label>
    <type>Picklist</type>
    <valueSet>
        <restricted>true</restricted>
        <valueSetDefinition>
            <sorted>false</sorted>
            <value>
                <fullName>Gold</fullName>
                <default>false</default>
                <label>Gold</label>
            </value>
            <value>
                <fullName>Silver</fullName>
                <default>false</default>
                <label>Silver</label>
            </value>
            <value>
                <fullName>Bronze</fullName>
                <default>true</default>
                <label>Bronze</label>
            </value>
        </valueSetDefinition>
    </valueSet>
</CustomField>
`,
};

/** CaseLifecycle with its Resolve step waiting for `$Record.Tier__c <operator> value`. */
function opened(operator: string, value: string) {
  const files = caseLifecycleFiles().map((f) => (f.path !== ORCHESTRATION ? f : {
    ...f,
    text: f.text
      .replace('<leftValueReference>$Record.Status</leftValueReference>', '<leftValueReference>$Record.Tier__c</leftValueReference>')
      .replace(/(<leftValueReference>\$Record\.Tier__c<\/leftValueReference>\s*<operator>)EqualTo(<\/operator>\s*<rightValue>\s*<stringValue>)Resolved(<\/stringValue>)/, `$1${operator}$2${value}$3`),
  }));
  const result = openOrchestration(projectFromFiles([...files, TIER]), 'Case_Lifecycle');
  if (!result.ok) throw new Error(JSON.stringify(result.report));
  return result;
}

const picklistWarnings = (operator: string, value: string) => opened(operator, value).report.filter((p) => p.message.includes('is not one of the values'));

describe('picklist values the project lists', () => {
  it('reads a picklist\'s own values from its metadata', () => {
    const { objects } = readObjectFields([TIER], new Set(['Case']));
    expect(objects.get('Case')?.get('Tier__c')?.values).toEqual(['Gold', 'Silver', 'Bronze']);
  });

  it('reports a misspelt value where it is written, saying what it does to the condition', () => {
    expect(picklistWarnings('EqualTo', 'Gould')).toEqual([{
      file: ORCHESTRATION,
      path: 'stages[2].steps[0].start.requirements[0].right.string',
      severity: 'warning',
      message: '$Record.Tier__c: "Gould" is not one of the values the project lists for Case.Tier__c (Gold, Silver, Bronze), so the condition can never be met; check the spelling',
    }]);
    expect(picklistWarnings('NotEqualTo', 'Gould').map((p) => p.message)).toEqual([expect.stringContaining('so the condition is always met')]);
  });

  it('says nothing of a listed value, or of an operator that does not compare whole values', () => {
    expect(picklistWarnings('EqualTo', 'Gold')).toEqual([]);
    expect(picklistWarnings('StartsWith', 'Go')).toEqual([]);
  });

  it('follows a relationship to the related record\'s picklist ($Record.Parent_Case__r.Tier__c, Parent_Case__c pointing to a Case)', () => {
    // given the Resolve step's row made to read the parent case's tier
    const { doc } = opened('EqualTo', 'Gould');
    const lookup: ProjectFile = {
      path: 'force-app/main/default/objects/Case/fields/Parent_Case__c.field-meta.xml',
      text: '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>Parent_Case__c</fullName>\n    <referenceTo>Case</referenceTo>\n    <type>Lookup</type>\n</CustomField>\n',
    };
    const objects = projectFromFiles([...caseLifecycleFiles(), TIER, lookup]).objects;
    const throughParent = structuredClone(doc);
    const row = throughParent.stages[2]!.steps[0]!.start;
    if (row?.mode !== 'requirements') throw new Error('the Resolve step waits on requirements');
    row.requirements[0]!.left = '$Record.Parent_Case__r.Tier__c';
    // when / then
    expect(unknownPicklistValueProblems(throughParent, objects, ORCHESTRATION).map((p) => p.message)).toEqual([
      '$Record.Parent_Case__r.Tier__c: "Gould" is not one of the values the project lists for Case.Tier__c (Gold, Silver, Bronze), so the condition can never be met; check the spelling',
    ]);
  });

  it('checks the trigger\'s entry conditions too', () => {
    const { doc } = opened('EqualTo', 'Gold');
    const objects = projectFromFiles([...caseLifecycleFiles(), TIER]).objects;
    const withFilter = { ...doc, trigger: { type: 'recordTriggered' as const, object: 'Case', when: 'create' as const, entryConditions: { logic: 'and' as const, filters: [{ field: 'Tier__c', operator: 'EqualTo' as const, value: { string: 'Platinum' } }] } } };
    expect(unknownPicklistValueProblems(withFilter, objects, ORCHESTRATION).map((p) => p.path)).toEqual(['trigger.entryConditions.filters[0].value.string']);
  });
});
