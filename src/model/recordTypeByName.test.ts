import { describe, expect, it } from 'vitest';
import { recordTypeIdProblem, recordTypeIdValue } from './recordTypeByName';

const rt = (Id: string, DeveloperName: string, Name: string, SobjectType = 'Case') => ({ Id, DeveloperName, Name, SobjectType });
const project = [rt('012PRJ000000001', 'Support_Case', 'Support Case'), rt('012PRJ000000002', 'Sales_Case', 'Sales Case'), rt('012PRJ000000003', 'Partner', 'Support Case', 'Account')];

// a label was refused as naming nothing, though it is what Setup shows the admin
describe('RecordTypeId given by a record type\'s label (Name)', () => {
  it('is the Id of the one record type of the object with that label, ignoring case; no warning', () => {
    expect(recordTypeIdValue('Support Case', 'Case', project)).toEqual({ kind: 'named', id: '012PRJ000000001' });
    expect(recordTypeIdValue('sales case', 'Case', project)).toEqual({ kind: 'named', id: '012PRJ000000002' });
    expect(recordTypeIdProblem('the triggering Case', 'Support Case', 'Case', project)).toBeNull();
  });

  it('the DeveloperName wins over another record type\'s label; a scenario\'s override of a DeveloperName is one record type', () => {
    const clash = [rt('012A', 'Support_Case', 'Support Case'), rt('012B', 'Old', 'Support_Case')];
    expect(recordTypeIdValue('Support_Case', 'Case', clash)).toEqual({ kind: 'named', id: '012A' });
    const overridden = [rt('012SCN', 'Support_Case', 'Support Case'), ...project];
    expect(recordTypeIdValue('Support Case', 'Case', overridden)).toEqual({ kind: 'named', id: '012SCN' });
  });

  it('a label several record types of the object have is kept as given, and the warning names the candidates', () => {
    const twice = [...project, rt('012PRJ000000004', 'Support_Legacy', 'Support Case')];
    expect(recordTypeIdValue('Support Case', 'Case', twice)).toMatchObject({ kind: 'ambiguous' });
    expect(recordTypeIdProblem('the triggering Case', 'Support Case', 'Case', twice)).toBe(
      'the triggering Case: RecordTypeId "Support Case" is the label of 2 record types of Case (Support_Case (Support Case), Support_Legacy (Support Case)): it is kept as given, so a field read through RecordType reads nothing; give the DeveloperName of the one meant',
    );
  });
});
