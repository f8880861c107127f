/**
 * `stageflow flow --user`: the running user of the flow, whose records `$User`, `$Profile`,
 * `$UserRole` and `$Permission` read. Survey 9: 20 of the 29 runs that stopped as unsupported read
 * `$Profile.Name`, `$UserRole.Name` or `$Permission.X` (screen flows and before-delete triggers of a
 * production org), and the message asked for a User whose Username is "$AutomatedProcessUser".
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const whoAmI = `<Flow><processType>Flow</processType><status>Active</status>
  <start><connector><targetReference>Read</targetReference></connector></start>
  <assignments><name>Read</name>
    <assignmentItems><assignToReference>username</assignToReference><operator>Assign</operator><value><elementReference>$User.Username</elementReference></value></assignmentItems>
    <assignmentItems><assignToReference>profile</assignToReference><operator>Assign</operator><value><elementReference>$Profile.Name</elementReference></value></assignmentItems>
  </assignments>
  <variables><name>username</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
  <variables><name>profile</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
const records = JSON.stringify({ User: [{ Id: '005000000000001AAA', Username: 'ann@example.com', ProfileId: '00e000000000001AAA' }], Profile: [{ Id: '00e000000000001AAA', Name: 'Sales Rep' }] });

describe('stageflow flow --user', () => {
  it('--user runs the flow as the User of --records with that Username: $User and $Profile read its records', async () => {
    const { io, out } = memoryIo({ 'f/Who.flow-meta.xml': whoAmI, 'rec.json': records });
    const code = await main(['f/Who.flow-meta.xml', '--records', 'rec.json', '--user', 'ann@example.com'], io);
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { username: 'ann@example.com', profile: 'Sales Rep' } });
    expect(out.stderr).toBe('');
  });

  it('without --user, a read of the running user\'s profile says that the run has no running user and how to give one', async () => {
    const { io, out } = memoryIo({ 'f/Who.flow-meta.xml': whoAmI, 'rec.json': records });
    await main(['f/Who.flow-meta.xml', '--records', 'rec.json'], io);
    expect(JSON.parse(out.stdout)).toMatchObject({
      status: 'unsupported',
      unsupported: { reference: '$Profile.Name', message: "{!$Profile.Name} reads the running user's Profile, and this run has no running user (give one: stageflow flow's --user <Username>, with that User, its ProfileId and the Profile record with that Id in the records)" },
    });
  });

  it('--user naming no User of --records is a warning: $User reads only the Username given', async () => {
    const { io, out } = memoryIo({ 'f/Who.flow-meta.xml': whoAmI, 'rec.json': records });
    await main(['f/Who.flow-meta.xml', '--records', 'rec.json', '--user', 'bob@example.com'], io);
    expect(out.stderr).toBe('rec.json: User: warning: no User of this file has the Username bob@example.com, given with --user, so $User holds only the Username and $Profile, $UserRole and $Permission cannot be read\n');
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'unsupported', unsupported: { reference: '$Profile.Name' } });
  });

  it('without --user, a custom permission the records define is not read as withheld: the run says it has no running user', async () => {
    const permitted = whoAmI.replace('<elementReference>$Profile.Name</elementReference>', '<elementReference>$Permission.Approve_Discounts</elementReference>').replace('<name>profile</name><dataType>String</dataType>', '<name>profile</name><dataType>Boolean</dataType>');
    const withPermission = JSON.stringify({ ...JSON.parse(records), CustomPermission: [{ Id: '0CP000000000001AAA', DeveloperName: 'Approve_Discounts' }], PermissionSet: [{ Id: '0PS000000000001AAA', ProfileId: '00e000000000001AAA' }], SetupEntityAccess: [{ Id: '0J0000000000001AAA', ParentId: '0PS000000000001AAA', SetupEntityId: '0CP000000000001AAA' }] });
    const { io, out } = memoryIo({ 'f/Who.flow-meta.xml': permitted, 'rec.json': withPermission });
    await main(['f/Who.flow-meta.xml', '--records', 'rec.json'], io);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'unsupported', unsupported: { reference: '$Permission.Approve_Discounts', message: "{!$Permission.Approve_Discounts} reads whether the running user holds the custom permission Approve_Discounts, and this run has no running user (give one: stageflow flow's --user <Username>, with that User in the records)" } });
    out.stdout = '';
    await main(['f/Who.flow-meta.xml', '--records', 'rec.json', '--user', 'ann@example.com'], io);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { profile: true } });
  });
});
