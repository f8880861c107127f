/**
 * The project's custom metadata records on the command line's project commands: the BookingCounter
 * project (`io/project/__fixtures__/BookingCounter`) has an orchestration whose step flow numbers a
 * case from the custom metadata record `Booking_Counter.Default_Counter` (Get Records on
 * `Booking_Counter__mdt` and `$CustomMetadata`). `simulate` and `test` find it as `stageflow flow`
 * does (flow.customMetadata.test.ts) and as the app does: one reader, one rule.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BOOKING_COUNTER_FOLDER, bookingCounterFiles } from '../../io/project/testing/projectFiles';
import { nodeIo } from '../nodeIo';
import { filesUnder, memoryIo, type SimulatedTrace as Trace } from '../testing/memoryIo';
import { main as flow } from './flow';
import { main as simulate } from './simulate';
import { main as test } from './test';

const FLOWS = 'force-app/main/default/flows';
const RECORD = 'force-app/main/default/customMetadata/Booking_Counter.Default_Counter.md-meta.xml';
const CASE = { Id: '500SIM000000000101', Subject: 'Room for two', Booking_Number__c: null };

/** The project in memory under `p/`, with `extra` files. */
function projectIo(extra: Record<string, string> = {}) {
  return memoryIo({ ...filesUnder('p', bookingCounterFiles()), 'scenario.json': JSON.stringify({ format: 'stageflow.scenario', version: 1, record: CASE }), ...extra });
}

describe('simulate, test: the project\'s custom metadata records', () => {
  it('stageflow simulate on the project: the step flow reads the project\'s counter record, with the Id stageflow flow gives it', async () => {
    // given
    const { io, out } = projectIo();
    // when
    const code = await simulate(['p', '--scenario', 'scenario.json'], io);
    // then
    expect(code).toBe(0);
    const trace = JSON.parse(out.stdout) as Trace;
    expect(trace.run.status).toBe('Completed');
    expect(trace.flowRuns.map((r) => [r.flow, r.status, r.outputs, r.recordsRead])).toEqual([
      ['Number_Booking', 'completed', { bookingNumber: 'BK-41', counterLabel: 'Default Counter' }, [{ element: 'Get_Counter', object: 'Booking_Counter__mdt', ids: ['m00MDTH8FIZCEAFXRA'] }]],
    ]);
    expect(out.stderr).not.toMatch(/Region_Setting|custom metadata/);
  });

  it('stageflow simulate on the project\'s .zip gives the same step flow run', async () => {
    // given
    const zip = zipSync(Object.fromEntries(bookingCounterFiles().map((f) => [`booking/${f.path}`, strToU8(f.text)])));
    const { io, out } = projectIo();
    const withZip = { ...io, readBytes: async (path: string, max: number) => (path === 'p.zip' ? zip : io.readBytes!(path, max)) };
    // when
    const code = await simulate(['p.zip', '--scenario', 'scenario.json'], withZip);
    // then
    expect(code).toBe(0);
    expect((JSON.parse(out.stdout) as Trace).flowRuns[0]!.outputs).toEqual({ bookingNumber: 'BK-41', counterLabel: 'Default Counter' });
  });

  it('a record of the scenario with the same type and DeveloperName wins over the project\'s; another record of the type is still the project\'s', async () => {
    // given: the scenario gives Default_Counter, and a flow reading the project's Spare_Counter too
    const scenario = { format: 'stageflow.scenario', version: 1, record: CASE, records: { Booking_Counter__mdt: [{ Id: 'm00000000000007AAA', DeveloperName: 'Default_Counter', MasterLabel: 'Test', Next_Number__c: 7, Prefix__c: 'T-' }] } };
    const spare = bookingCounterFiles().find((f) => f.path === RECORD)!.text.replace('Default Counter', 'Spare Counter');
    const readsSpare = bookingCounterFiles().find((f) => f.path.endsWith('Number_Booking.flow-meta.xml'))!.text.replace('<elementReference>Get_Counter.MasterLabel</elementReference>', '<elementReference>$CustomMetadata.Booking_Counter__mdt.Spare_Counter.MasterLabel</elementReference>');
    const { io, out } = projectIo({ 'scenario.json': JSON.stringify(scenario), [`p/${RECORD.replace('Default_Counter', 'Spare_Counter')}`]: spare, [`p/${FLOWS}/Number_Booking.flow-meta.xml`]: readsSpare });
    // when
    await simulate(['p', '--scenario', 'scenario.json'], io);
    // then
    const run = (JSON.parse(out.stdout) as Trace).flowRuns[0]!;
    expect([run.outputs, run.recordsRead[0]!.ids]).toEqual([{ bookingNumber: 'T-7', counterLabel: 'Spare Counter' }, ['m00000000000007AAA']]);
  });

  it('a record file that cannot be read is a warning naming it; the run goes on without the record', async () => {
    // given
    const { io, out } = projectIo({ [`p/${RECORD}`]: '<CustomMetadata><label>x</label>' });
    // when
    const code = await simulate(['p', '--scenario', 'scenario.json'], io);
    // then: the step flow's $CustomMetadata read finds no record and stops, as without the file
    expect(code).toBe(0);
    expect(out.stderr).toMatch(new RegExp(`^p/${RECORD.replace(/\./g, '\\.')}: \\d+:\\d+: warning: custom metadata record not read: `, 'm'));
    expect((JSON.parse(out.stdout) as Trace).flowRuns[0]!.status).not.toBe('completed');
  });

  it('stageflow test on the project folder on disk: both scenarios pass (the project\'s record, and the scenario\'s winning)', async () => {
    // given the fixture folder, read through the real file system
    const lines: string[] = [];
    const io = { ...nodeIo, stdout: (t: string) => lines.push(t), stderr: (t: string) => lines.push(t) };
    // when
    const code = await test([BOOKING_COUNTER_FOLDER], io);
    // then
    expect(lines.join('')).toMatch(/✓ numbers the case from the project's counter record/);
    expect(lines.join('')).toMatch(/✓ a counter record the scenario gives wins over the project's/);
    expect(code).toBe(0);
  });

  it('stageflow test on the flows folder alone reads the customMetadata folder beside it', async () => {
    // given
    const { io, out } = projectIo();
    // when
    const code = await test([`p/${FLOWS}`], io);
    // then
    expect(out.stdout).toMatch(/2 scenarios: 2 passed, 0 failed/);
    expect(code).toBe(0);
  });

  it('stageflow flow on the step flow gives the same outputs and the same record Id', async () => {
    // given
    const { io, out } = projectIo({ 'records.json': JSON.stringify({ Case: [CASE] }), 'inputs.json': JSON.stringify({ recordId: CASE.Id }) });
    // when
    const code = await flow([`p/${FLOWS}/Number_Booking.flow-meta.xml`, '--records', 'records.json', '--inputs', 'inputs.json'], io);
    // then
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { bookingNumber: 'BK-41', counterLabel: 'Default Counter' }, recordsRead: [{ object: 'Booking_Counter__mdt', ids: ['m00MDTH8FIZCEAFXRA'] }] });
  });
});
