/**
 * The project's custom metadata records added to a run's org (deployedCustomMetadata.ts): the rule
 * every path shares — a record the run was given wins, and the project's never shift generated Ids.
 */
import { describe, expect, it } from 'vitest';
import { addCustomMetadataRecords } from './deployedCustomMetadata';
import { readField, SimulatedOrg } from './simulatedOrg';

const project = { Booking_Counter__mdt: [
  { Id: 'm00MDT000000AAAAAA', DeveloperName: 'Default_Counter', Prefix__c: 'BK-' },
  { Id: 'm00MDT000000BBBBBB', DeveloperName: 'Spare_Counter', Prefix__c: 'SP-' },
] };

describe('the project\'s custom metadata records in the org a run starts with', () => {
  it('a record given of the same type and DeveloperName (ignoring case) wins; the others are added', () => {
    // given
    const org = SimulatedOrg.from({ booking_counter__MDT: [{ Id: 'm00000000000007AAA', DeveloperName: 'default_counter', Prefix__c: 'T-' }] });
    // when
    const added = addCustomMetadataRecords(org, project);
    // then: added under the object name the org already uses
    expect(added).toBe(1);
    expect(org.objects()).toEqual(['booking_counter__MDT']);
    expect(org.recordsOf('booking_counter__MDT').map((r) => [r.fields.Id, readField(r, 'Prefix__c')])).toEqual([['m00000000000007AAA', 'T-'], ['m00MDT000000BBBBBB', 'SP-']]);
  });

  it('a record carried by two flows is added once', () => {
    // given
    const org = new SimulatedOrg();
    // when
    addCustomMetadataRecords(org, project);
    addCustomMetadataRecords(org, project);
    // then
    expect(org.recordsOf('Booking_Counter__mdt')).toHaveLength(2);
  });

  it('the records keep their own Ids, so a record the run creates gets the Id it gets without them', () => {
    // given
    const without = new SimulatedOrg();
    const withProject = new SimulatedOrg();
    addCustomMetadataRecords(withProject, project);
    // when
    const a = without.insert('Case', { Subject: 'x' });
    const b = withProject.insert('Case', { Subject: 'x' });
    // then
    expect(b).toBe(a);
  });

  it('a project record whose Id the org already uses for another record is left out rather than given a generated Id', () => {
    // given
    const org = SimulatedOrg.from({ Account: [{ Id: 'm00MDT000000AAAAAA', Name: 'Clash' }] });
    // when
    addCustomMetadataRecords(org, project);
    const next = org.insert('Case', { Subject: 'x' });
    // then
    expect(org.recordsOf('Booking_Counter__mdt').map((r) => r.fields.DeveloperName)).toEqual(['Spare_Counter']);
    expect(next).toBe(new SimulatedOrg().insert('Case', {}));
  });
});
