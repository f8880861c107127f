/**
 * `-` in `test`, `coverage`, `diff` and `flow` (stdinInput.test.ts has validate, simulate and
 * convert): diff and flow read standard input where they read one document; test and coverage,
 * which find scenarios beside a design's file, refuse it with one line (docs/cli.md, *chosen*).
 */
import { describe, expect, it } from 'vitest';
import { caseLifecycleFiles } from '../io/project/testing/projectFiles';
import { orchestration, scenario } from '../model/testing/fixtures';
import { main as coverage } from './commands/coverage';
import { main as diff } from './commands/diff';
import { main as flow } from './commands/flow';
import { main as test } from './commands/test';
import { memoryIo } from './testing/memoryIo';
import { unwrapped } from './testing/helpText';

const design = JSON.stringify(orchestration());
const assign = `<Flow><label>Copy</label><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Copy</targetReference></connector></start>
  <assignments><name>Copy</name><assignmentItems><assignToReference>out</assignToReference><operator>Assign</operator><value><elementReference>given</elementReference></value></assignmentItems></assignments>
  <variables><name>given</name><dataType>String</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput></variables>
  <variables><name>out</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

describe('"-" in test, coverage, diff and flow', () => {
  it('test - and coverage - are refused with one line saying why and what to give', async () => {
    for (const [name, command] of [['test', test], ['coverage', coverage]] as const) {
      const { io, out } = memoryIo({ '-': design }, design);
      expect(await command(['-'], io)).toBe(2);
      expect(out.stderr).toBe(`${name}: standard input ("-") is not read by ${name}: it finds each design's scenarios beside the design's file; give the file or folder (save a piped design to a file first; ./- is a file named -)\n`);
      expect(out.stdout).toBe('');
    }
  });

  it('the help of diff and flow shows it', async () => {
    for (const command of [diff, flow]) {
      const { io, out } = memoryIo({});
      expect(await command(['--help'], io)).toBe(0);
      expect(unwrapped(out.stdout)).toMatch(/ - .*\(- is standard input/);
    }
  });

  it('diff - new.json compares the version piped in (git show main:order.json | …) with the file', async () => {
    const { io, out } = memoryIo({ 'order.json': design }, design);
    expect(await diff(['-', 'order.json'], io)).toBe(0);
    expect(out.stdout).toMatch(/^old: <stdin>\nnew: order\.json\n\nscenario "default scenario": same behaviour\n/);
  });

  it('diff old.json - runs the new version piped in, under --scenario (none is beside it)', async () => {
    const { io, out } = memoryIo({ 'order.json': design, 's.json': JSON.stringify(scenario({ name: 'slow' })) }, design);
    expect(await diff(['order.json', '-', '--scenario', 's.json', '--reporter', 'json'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ old: 'order.json', new: '<stdin>', scenarios: [{ scenario: 'slow', file: 's.json' }] });
  });

  it('diff --scenario - reads the scenario piped in once, for both versions', async () => {
    const { io, out } = memoryIo({ 'a.json': design, 'b.json': design }, JSON.stringify(scenario({ name: 'piped' })));
    expect(await diff(['a.json', 'b.json', '--scenario', '-'], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('scenario "piped" (<stdin>): same behaviour');
  });

  it('diff refuses "-" twice: standard input holds one document', async () => {
    const { io, out } = memoryIo({ 'a.json': design }, design);
    expect(await diff(['-', 'a.json', '--scenario', '-'], io)).toBe(2);
    expect(out.stderr).toMatch(/^diff: standard input \("-"\) holds one document: give the others as files\nusage: /);
  });

  it('flow - runs the Flow XML piped in, named <stdin>; --inputs - reads the inputs piped in', async () => {
    const piped = memoryIo({ 'in.json': '{ "given": "hi" }' }, assign);
    expect(await flow(['-', '--inputs', 'in.json'], piped.io)).toBe(0);
    expect(JSON.parse(piped.out.stdout)).toMatchObject({ flow: '<stdin>', status: 'completed', outputs: { out: 'hi' } });
    const inputs = memoryIo({ 'f/Copy.flow-meta.xml': assign }, '{ "given": "piped" }');
    expect(await flow(['f/Copy.flow-meta.xml', '--inputs', '-'], inputs.io)).toBe(0);
    expect(JSON.parse(inputs.out.stdout)).toMatchObject({ flow: 'Copy', outputs: { out: 'piped' } });
  });

  it('flow - names <stdin> in its lines, and refuses "-" twice', async () => {
    const json = memoryIo({}, design);
    expect(await flow(['-'], json.io)).toBe(2);
    expect(json.out.stderr).toBe('<stdin>: this is JSON; "flow" runs a Salesforce flow file (.flow-meta.xml or .flow): run an orchestration with "simulate"\n');
    const twice = memoryIo({}, assign);
    expect(await flow(['-', '--records', '-'], twice.io)).toBe(2);
    expect(twice.out.stderr).toMatch(/^flow: standard input \("-"\) holds one document/);
  });

  it('flow - takes no subflows from the folder it was typed in: standard input has no folder (--project gives one)', async () => {
    const caller = assign.replace('<assignments>', '<subflows><name>Call</name><flowName>Copy</flowName></subflows><assignments>').replace('<targetReference>Copy</targetReference></connector></start>', '<targetReference>Call</targetReference></connector></start>');
    const { io, out } = memoryIo({ 'Copy.flow-meta.xml': assign }, caller);
    expect(await flow(['-'], io)).toBe(0);
    expect(JSON.parse(out.stdout).status).not.toBe('completed');
    const withProject = memoryIo({ 'p/Copy.flow-meta.xml': assign }, caller);
    expect(await flow(['-', '--project', 'p'], withProject.io)).toBe(0);
    expect(JSON.parse(withProject.out.stdout).status).toBe('completed');
  });
});

describe('diff - of an orchestration piped from the base branch (git show origin/main:… | stageflow diff - …)', () => {
  it('runs the piped version with the new version\'s flows, and drops its placeholder notes, as for a base copy', async () => {
    const orchestrationFile = 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml';
    const files: Record<string, string> = {
      'scenario.json': JSON.stringify({
        format: 'stageflow.scenario', version: 1, name: 'urgent case',
        record: { Id: '500SIM000000000042', Subject: 'Printer on fire', Status: 'New', Priority: 'High', Customer_Satisfied__c: false, Reopen_Count__c: 0 },
        events: [{ at: 5000, type: 'set', target: '$Record.Status', value: 'Resolved' }],
      }),
    };
    for (const f of caseLifecycleFiles()) files[`p/${f.path}`] = f.text;
    const { io, out } = memoryIo(files, files[`p/${orchestrationFile}`]);
    expect(await diff(['-', `p/${orchestrationFile}`, '--scenario', 'scenario.json', '--exit-code'], io)).toBe(0);
    expect(out.stdout).toContain('1 scenario: 0 with changed behaviour, 1 the same');
    expect(out.stderr).toContain('<stdin>: flows: warning: flow Classify_Case is not beside this version; the new version\'s');
    expect(out.stderr).not.toMatch(/<stdin>: flows\[\d+\]: warning: flow Classify_Case is referenced but/);
  });
});
