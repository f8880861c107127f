// @vitest-environment jsdom
/**
 * The triggering record's RecordTypeId in the scenario editor: the record types the run will hold —
 * the project's, which a step flow reading RecordType carries, and the scenario's RecordType records
 * — are offered by DeveloperName with their labels, beside the text field, which still takes any value
 * (model/recordTypeByName.ts resolves the name when the run starts).
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flowOf } from '../../flows/interpreter/testing/build';
import type { Orchestration, Scenario } from '../../model/types';
import { caseOwnerDesign, renderScenarioPart } from './testing/scenarioEditorSetup';
import { TriggeringRecordEditor } from './TriggeringRecordEditor';

const projectRecordTypes = [
  { Id: '012PRJ000000000001', DeveloperName: 'Support_Case', Name: 'Support Case', SobjectType: 'Case', IsActive: true },
  { Id: '012PRJ000000000002', DeveloperName: 'Field_Repair', Name: 'Field Repair Deal', SobjectType: 'Opportunity', IsActive: true },
];

/** The Case design, its step flow carrying the project's record types as one read from a project does. */
function designWithRecordTypes(): Orchestration {
  const doc = caseOwnerDesign();
  return { ...doc, flows: [{ name: 'F', type: 'screen', active: true, definition: { ...flowOf([]), recordTypes: projectRecordTypes } as never }] };
}

const start: Scenario = { format: 'stageflow.scenario', version: 1, record: { RecordTypeId: '' }, records: { RecordType: [{ Id: '012000000000009AAA', SobjectType: 'Case', DeveloperName: 'Sales_Case', Name: 'Sales Case' }] } };

describe('Scenarios: the triggering record\'s RecordTypeId', () => {
  it('offers the Case record types of the project and the scenario (not another object\'s); choosing one gives its DeveloperName, and the text field still takes any value', () => {
    // given
    const { latest } = renderScenarioPart((props) => <TriggeringRecordEditor doc={designWithRecordTypes()} {...props} />, start);
    const list = screen.getByRole('combobox', { name: 'RecordTypeId from the list' });
    // then
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Typed above', 'Sales Case (Sales_Case)', 'Support Case (Support_Case)']);
    // when
    fireEvent.change(list, { target: { value: 'Support_Case' } });
    // then
    expect(latest().record).toEqual({ RecordTypeId: 'Support_Case' });
    expect((screen.getByRole('textbox', { name: 'RecordTypeId value' }) as HTMLInputElement).value).toBe('Support_Case');
    expect((screen.getByRole('combobox', { name: 'RecordTypeId from the list' }) as HTMLSelectElement).value).toBe('Support_Case');
  });

  it('offers nothing when the run holds no record type of the object (a design not opened from a project)', () => {
    // when
    renderScenarioPart((props) => <TriggeringRecordEditor doc={caseOwnerDesign()} {...props} />, { format: 'stageflow.scenario', version: 1, record: { RecordTypeId: '', Status: '' } });
    // then
    expect(screen.queryByRole('combobox', { name: /from the list/ })).toBeNull();
  });
});
