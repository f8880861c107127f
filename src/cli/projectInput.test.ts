import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from '../io/project/limits';
import { asRetrievedPackage, autolaunchedXml, orchestrationXml, realProjectFiles, realProjectFolder } from '../io/project/testing/projectFiles';
import { chooseOrchestration } from './projectInput';
import { nodeIo } from './nodeIo';
import { main as convert } from './commands/convert';
import { main as coverage } from './commands/coverage';
import { main as simulate } from './commands/simulate';
import { main as test } from './commands/test';
import { main as validate } from './commands/validate';
import { loadDesign } from './loadFiles';
import { filesUnder, memoryIo } from './testing/memoryIo';
import { tempDir } from '../io/testing/tempDir';

const FLOWS = 'force-app/main/default/flows';

/** A real project fixture in memory under `root/`, with `extra` files. */
function projectIo(project: 'DeactivateUser' | 'WorkGuidePlus', extra: Record<string, string> = {}) {
  return memoryIo({ ...filesUnder(project, realProjectFiles(project)), ...extra });
}

describe('a whole org\'s project, more files than the cap', () => {
  it('validate finds the orchestration behind more Apex classes than the cap allows files (they are not counted)', async () => {
    // given more classes than the cap, in a folder that sorts before flows/
    const classes = Object.fromEntries(Array.from({ length: DEFAULT_PROJECT_LIMITS.maxEntries + 5 }, (_, i) => [`org/force-app/main/default/classes/C${i}.cls`, '']));
    const { io, out } = memoryIo({ ...classes, [`org/${FLOWS}/Order_Flow.flow-meta.xml`]: orchestrationXml('Order flow', 'Reserve') });
    // when
    const code = await validate(['org'], io);
    // then
    expect(out.stderr).not.toMatch(/no orchestration|at most|more than/);
    expect(code).not.toBe(2);
  });

  it('a project without an orchestration is not read past its flows: "no orchestration", and nothing of its other files', async () => {
    // given an org's flows (none an orchestration) and a labels file that cannot be parsed
    const { io, out } = memoryIo({
      'org/sfdx-project.json': '{"packageDirectories":[{"path":"force-app","default":true}]}',
      [`org/${FLOWS}/Notify.flow-meta.xml`]: autolaunchedXml('Notify'),
      'org/force-app/main/default/labels/CustomLabels.labels-meta.xml': '<CustomLabels><labels>',
    });
    // when
    const code = await validate(['org'], io);
    // then only the verdict is said: the labels were never read
    expect(code).toBe(2);
    expect(out.stderr.trim().split('\n')).toEqual(['org: no orchestration in this project (no *.flow-meta.xml or *.flow with processType Orchestrator)']);
  });

  it('an input not read at all (not a .zip archive) is named once: "no orchestration in this project" would only repeat it', async () => {
    const dir = tempDir('stageflow-project-');
    const zip = join(dir, 'broken.zip');
    writeFileSync(zip, 'PK\u0003\u0004 not an archive');
    const err: string[] = [];
    const io = { ...nodeIo, stdout: () => undefined, stderr: (t: string) => err.push(t) };
    expect(await validate([zip], io)).toBe(2);
    expect(err.join('').trim().split('\n')).toEqual([`${zip}: this is not a .zip archive, or it is empty`]);
  });

  it('a project not read in full says "no orchestration among the files read", not that it has none', () => {
    const chosen = chooseOrchestration('org', { files: new Map(), orchestrations: [], flows: [], problems: [], incomplete: true }, undefined);
    expect(chosen).toEqual({ ok: false, lines: ['org: no orchestration among the files read (no *.flow-meta.xml or *.flow with processType Orchestrator)'] });
    const whole = chooseOrchestration('org', { files: new Map(), orchestrations: [], flows: [], problems: [] }, undefined);
    expect(whole).toEqual({ ok: false, lines: ['org: no orchestration in this project (no *.flow-meta.xml or *.flow with processType Orchestrator)'] });
  });
});

describe('commands given a project folder or a .zip', () => {
  it('opens the project\'s only orchestration with the flows it calls (not placeholders)', async () => {
    // given the WorkGuidePlus project (one orchestration, its steps call Test_Screen_Flow)
    const { io, out } = projectIo('WorkGuidePlus');
    // when
    const loaded = await loadDesign(io, 'WorkGuidePlus');
    // then
    expect(out.stderr).not.toMatch(/placeholder/);
    expect(loaded?.doc.name).toBe('Test_Orchestration');
    const flow = loaded?.doc.flows?.find((f) => f.name === 'Test_Screen_Flow');
    expect(flow?.source?.path).toBe(`${FLOWS}/Test_Screen_Flow.flow-meta.xml`);
  });

  it('with several orchestrations and no --orchestration, lists them and exits 2', async () => {
    // given
    const { io, out } = projectIo('DeactivateUser');
    // when
    const code = await simulate(['DeactivateUser'], io);
    // then
    expect(code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^DeactivateUser: the project has \d+ orchestrations; choose one with --orchestration <ApiName>:$/m);
    expect(out.stderr).toMatch(/^ {2}User_deactivation_orchestration\b/m);
    expect(out.stderr).toMatch(/^ {2}Handle_User_Deactivation\b/m);
  });

  it('validate without --orchestration checks each orchestration of a project that has several, one ok line each; the project\'s own problems once', async () => {
    // given the project with a flow file that is not XML
    const { io, out } = projectIo('DeactivateUser', { [`DeactivateUser/${FLOWS}/Broken.flow-meta.xml`]: 'not xml' });
    // when
    const code = await validate(['DeactivateUser'], io);
    // then
    expect(code).toBe(0);
    expect(out.stdout.trim().split('\n')).toEqual([
      'DeactivateUser#Handle_User_Deactivation: ok',
      'DeactivateUser#Handle_User_Deactivation_auto: ok',
      'DeactivateUser#User_deactivation_orchestration: ok',
      'DeactivateUser#sampleautoorch: ok',
    ]);
    expect(out.stderr).not.toMatch(/choose one/);
    expect(out.stderr.split('\n').filter((line) => line.includes('Broken.flow-meta.xml'))).toHaveLength(1);
  });

  it('an unknown --orchestration names the ones there are', async () => {
    const { io, out } = projectIo('DeactivateUser');
    expect(await validate(['DeactivateUser', '--orchestration', 'Nope'], io)).toBe(2);
    expect(out.stderr).toMatch(/DeactivateUser: the project has no orchestration "Nope" \(orchestrations: .*User_deactivation_orchestration/);
  });

  it('the design\'s warnings name the orchestration\'s file in the project, not only the project', async () => {
    const { io, out } = projectIo('DeactivateUser');
    expect(await validate(['DeactivateUser', '--orchestration', 'User_deactivation_orchestration'], io)).toBe(0);
    const flowWarning = out.stderr.split('\n').find((l) => l.includes('is a Draft version'));
    expect(flowWarning).toMatch(/^DeactivateUser\/force-app\/main\/default\/flows\/User_deactivation_orchestration\.flow-meta\.xml: stages\[\d+\]\.steps\[\d+\]\.flow: warning: /);
  });

  it('simulate runs the orchestration --orchestration names and prints its trace', async () => {
    // given a scenario: a user asks for reassignment (the save that launches the orchestration), in
    // an org that has the custom notification type the project's Notify_account_owner flow looks up
    const save = { format: 'stageflow.scenario', version: 1, records: { User: [{ Id: '005MGR000000000001', Username: 'm@example.com' }], CustomNotificationType: [{ Id: '0MLSIM000000000001', DeveloperName: 'account_reassignment' }] }, record: { Id: '005USR000000000001', Username: 'u@example.com', ManagerId: '005MGR000000000001', Reassignment_Requested__c: true }, save: { operation: 'update', prior: { Reassignment_Requested__c: false } } };
    const { io, out } = projectIo('DeactivateUser', { 'save.json': JSON.stringify(save) });
    // when
    const code = await simulate(['DeactivateUser', '--orchestration', 'User_deactivation_orchestration', '--scenario', 'save.json'], io);
    // then
    expect(code).toBe(0);
    const trace = JSON.parse(out.stdout) as { run: { status: string }; flowRuns?: { flow: string; file?: string; status: string }[] };
    expect(trace.run.status).not.toBe('Error');
    // the step ran the project's own flow, not a placeholder
    expect(trace.flowRuns?.find((r) => r.flow === 'Notify_account_owner')).toMatchObject({ file: 'force-app/main/default/flows/Notify_account_owner.flow-meta.xml', status: 'completed' });
  });

  it('validate accepts a project folder with --orchestration; --orchestration on a JSON file is refused', async () => {
    const { io, out } = projectIo('DeactivateUser', { 'd.json': '{}' });
    expect(await validate(['DeactivateUser', '--orchestration', 'User_deactivation_orchestration'], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
    expect(await validate(['d.json', '--orchestration', 'X'], io)).toBe(2);
    expect(out.stderr).toMatch(/^d\.json: --orchestration picks an orchestration of a project folder or a \.zip; this is one design file$/m);
  });

  it('<project>#<ApiName>, as validate and test print it, names an orchestration of the project', async () => {
    // given the label validate prints for one orchestration of a project that has several
    const save = { format: 'stageflow.scenario', version: 1, records: { User: [{ Id: '005MGR000000000001', Username: 'm@example.com' }], CustomNotificationType: [{ Id: '0MLSIM000000000001', DeveloperName: 'account_reassignment' }] }, record: { Id: '005USR000000000001', Username: 'u@example.com', ManagerId: '005MGR000000000001', Reassignment_Requested__c: true }, save: { operation: 'update', prior: { Reassignment_Requested__c: false } } };
    const { io, out } = projectIo('DeactivateUser', { 'save.json': JSON.stringify(save), 'a#b.json': '{' });
    expect(await validate(['DeactivateUser'], io)).toBe(0);
    const label = out.stdout.split('\n').find((line) => line.startsWith('DeactivateUser#User_deactivation_orchestration'))!.replace(/: ok$/, '');
    // when it is given back as the design, to simulate and to validate
    out.stdout = '';
    const code = await simulate([label, '--scenario', 'save.json'], io);
    // then it is that orchestration, opened with the project's flows, as --orchestration would
    expect(code).toBe(0);
    const trace = JSON.parse(out.stdout) as { flowRuns?: { flow: string; file?: string }[] };
    expect(trace.flowRuns?.find((r) => r.flow === 'Notify_account_owner')?.file).toBe('force-app/main/default/flows/Notify_account_owner.flow-meta.xml');
    out.stdout = '';
    expect(await validate([label], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
    // an unknown name is the project's message; a second, different name is refused
    out.stderr = '';
    expect(await simulate(['DeactivateUser#Nope'], io)).toBe(2);
    expect(out.stderr).toMatch(/^DeactivateUser: the project has no orchestration "Nope" \(orchestrations: /m);
    out.stderr = '';
    expect(await validate([label, '--orchestration', 'Handle_User_Deactivation'], io)).toBe(2);
    expect(out.stderr).toBe(`${label}: names the orchestration "User_deactivation_orchestration" and --orchestration names "Handle_User_Deactivation"; give one\n`);
    // a file whose name has a # is still that file
    out.stderr = '';
    expect(await validate(['a#b.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/^a#b\.json: /m);
    expect(out.stderr).not.toMatch(/orchestration "b/);
  });

  it('a .flow-meta.xml given alone is opened with the flows of its SFDX project, named as the app names them (outside a project: its folder\'s, sfdxProjectDesign.test.ts)', async () => {
    const { io } = projectIo('WorkGuidePlus');
    const loaded = await loadDesign(io, `WorkGuidePlus/${FLOWS}/Test_Orchestration.flow-meta.xml`);
    expect(loaded?.doc.flows?.find((f) => f.name === 'Test_Screen_Flow')?.source?.path).toBe(`${FLOWS}/Test_Screen_Flow.flow-meta.xml`);
  });

  it('convert turns an orchestration of a .zip into JSON linked to its flows; to .flow-meta.xml is refused', async () => {
    // given the project as a .zip on disk
    const dir = tempDir('stageflow-project-');
    const zip = join(dir, 'work-guide.zip');
    writeFileSync(zip, zipSync(Object.fromEntries(realProjectFiles('WorkGuidePlus').map((f) => [`WorkGuidePlus-main/${f.path}`, strToU8(f.text)]))));
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIo, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    // when
    const code = await convert([zip, '--orchestration', 'Test_Orchestration'], io);
    // then
    expect(code).toBe(0);
    expect(err.join('')).toContain(`${zip}:WorkGuidePlus-main/${FLOWS}/Test_Orchestration.flow-meta.xml: users: warning: the XML has no user list`);
    expect(err.join('')).not.toMatch(/placeholder/);
    const doc = JSON.parse(out.join('')) as { name: string; flows: { name: string; source?: { path: string } }[] };
    expect(doc.name).toBe('Test_Orchestration');
    expect(doc.flows.find((f) => f.name === 'Test_Screen_Flow')?.source?.path).toBe(`WorkGuidePlus-main/${FLOWS}/Test_Screen_Flow.flow-meta.xml`);
    expect(await convert([zip, '--out', 'x.flow-meta.xml'], io)).toBe(2);
    expect(err.join('')).toMatch(/a project's orchestration becomes \.json/);
  });

  it('<archive>.zip#<ApiName> names an orchestration of a .zip for convert and for test', async () => {
    // given the project as a .zip on disk, a scenario beside its orchestration in the archive
    const dir = tempDir('stageflow-project-');
    const zip = join(dir, 'work-guide.zip');
    const scenario = strToU8(JSON.stringify({ format: 'stageflow.scenario', version: 1, name: 'completes', expectations: [{ kind: 'stepStatus', step: 'Open_Case', status: 'Completed' }] }));
    writeFileSync(zip, zipSync({ ...Object.fromEntries(realProjectFiles('WorkGuidePlus').map((f) => [`WorkGuidePlus-main/${f.path}`, strToU8(f.text)])), [`WorkGuidePlus-main/${FLOWS}/Test_Orchestration.scenarios/a.json`]: scenario }));
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIo, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    // when convert is given the label test prints for it
    expect(await convert([`${zip}#Test_Orchestration`], io)).toBe(0);
    // then it is the archive's orchestration, linked to the archive's flows
    const doc = JSON.parse(out.join('')) as { name: string; flows: { name: string; source?: { path: string } }[] };
    expect(doc.name).toBe('Test_Orchestration');
    expect(doc.flows.find((f) => f.name === 'Test_Screen_Flow')?.source?.path).toBe(`WorkGuidePlus-main/${FLOWS}/Test_Screen_Flow.flow-meta.xml`);
    // and test runs that orchestration's scenarios; a name the archive does not have is said so
    out.length = 0;
    expect(await test([`${zip}#Test_Orchestration`], io)).toBe(0);
    expect(out.join('')).toMatch(/✓ completes/);
    out.length = 0;
    expect(await test([`${zip}#Nope`], io)).toBe(2);
    expect(out.join('') + err.join('')).toContain(`${zip}#Nope: the project has no orchestration "Nope" with stages`);
    // a second, different name on convert is refused
    err.length = 0;
    expect(await convert([`${zip}#Test_Orchestration`, '--orchestration', 'Other'], io)).toBe(2);
    expect(err.join('')).toBe(`${zip}#Test_Orchestration: names the orchestration "Test_Orchestration" and --orchestration names "Other"; give one\n`);
  });

  it('a folder on disk is read through the real file system too', async () => {
    const err: string[] = [];
    const io = { ...nodeIo, stdout: () => undefined, stderr: (t: string) => err.push(t) };
    expect(await validate([realProjectFolder('WorkGuidePlus')], io)).toBe(0);
    expect(err.join('')).not.toMatch(/error/);
  });

  it('stageflow test runs the scenarios a manifest lists for a project orchestration', async () => {
    // given a manifest naming the project's orchestration and a scenario with an expectation
    const scenario = { format: 'stageflow.scenario', version: 1, name: 'completes', expectations: [{ kind: 'stepStatus', step: 'Open_Case', status: 'Completed' }] };
    const manifest = { tests: [{ project: 'WorkGuidePlus', orchestration: 'Test_Orchestration', scenarios: ['starts.json'] }] };
    const { io, out } = projectIo('WorkGuidePlus', { 'stageflow.config.json': JSON.stringify(manifest), 'starts.json': JSON.stringify(scenario) });
    // when
    const code = await test([], io);
    // then: the design was read from the project (its first step calls the screen flow; the scenario completes its work item)
    expect(out.stderr).toBe('');
    expect(out.stdout).not.toMatch(/no field|placeholder/);
    expect(out.stdout).toMatch(/✓ completes/);
    expect(code).toBe(0);
  });

  it('stageflow test and coverage given a project .zip run the scenarios beside its orchestration inside the archive', async () => {
    // given the project as GitHub's Download ZIP makes it, with a passing and a failing scenario beside the orchestration
    const dir = tempDir('stageflow-project-');
    const zip = join(dir, 'work-guide.zip');
    const beside = `WorkGuidePlus-main/${FLOWS}/Test_Orchestration`;
    const scenario = (name: string, status: string) => strToU8(JSON.stringify({ format: 'stageflow.scenario', version: 1, name, expectations: [{ kind: 'stepStatus', step: 'Open_Case', status }] }));
    writeFileSync(zip, zipSync({
      ...Object.fromEntries(realProjectFiles('WorkGuidePlus').map((f) => [`WorkGuidePlus-main/${f.path}`, strToU8(f.text)])),
      [`${beside}.scenarios/a-completes.json`]: scenario('completes', 'Completed'),
      [`${beside}.scenarios/b-wrong.json`]: scenario('wrong', 'InProgress'),
    }));
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIo, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    // when
    const tested = await test([zip, '--reporter', 'json'], io);
    const report = JSON.parse(out.join('')) as { designs: { name: string; scenarios: { name: string; file: string; status: string }[] }[] };
    out.length = 0;
    const covered = await coverage([zip], io);
    // then: both scenarios ran against the project's orchestration; the failing one fails the run
    expect(tested).toBe(1);
    expect(report.designs.map((s) => s.name)).toEqual(['Test_Orchestration']);
    expect(report.designs[0]!.scenarios.map((s) => [s.name, s.status])).toEqual([['completes', 'passed'], ['wrong', 'failed']]);
    expect(report.designs[0]!.scenarios[0]!.file).toBe(`${zip}:${beside}.scenarios/a-completes.json`);
    expect(err.join('')).not.toMatch(/placeholder|no field/);
    expect(covered).toBe(0);
    expect(out.join('')).toMatch(/Test_Orchestration[^\n]*: 2 scenarios/);
  });

  it('stageflow test reads and unzips a project .zip once, to find its suites and to open its orchestration', async () => {
    // given the project as a .zip with a scenario beside its orchestration, and an io that counts reads
    const dir = tempDir('stageflow-project-');
    const zip = join(dir, 'work-guide.zip');
    writeFileSync(zip, zipSync({
      ...Object.fromEntries(realProjectFiles('WorkGuidePlus').map((f) => [f.path, strToU8(f.text)])),
      [`${FLOWS}/Test_Orchestration.scenario.json`]: strToU8(JSON.stringify({ format: 'stageflow.scenario', version: 1, name: 'runs' })),
    }));
    const reads: string[] = [];
    const io = { ...nodeIo, stdout: () => undefined, stderr: () => undefined, readBytes: (path: string, max: number) => { reads.push(path); return nodeIo.readBytes!(path, max); } };
    // when
    expect(await test([zip], io)).toBe(0);
    // then
    expect(reads).toEqual([zip]);
  });

  it('stageflow test --update does not write into a .zip: the scenario errs and says to unzip', async () => {
    const dir = tempDir('stageflow-project-');
    const zip = join(dir, 'work-guide.zip');
    writeFileSync(zip, zipSync({
      ...Object.fromEntries(realProjectFiles('WorkGuidePlus').map((f) => [f.path, strToU8(f.text)])),
      [`${FLOWS}/Test_Orchestration.scenario.json`]: strToU8(JSON.stringify({ format: 'stageflow.scenario', version: 1, name: 'record me' })),
    }));
    const out: string[] = [];
    const io = { ...nodeIo, stdout: (t: string) => out.push(t), stderr: () => undefined };
    expect(await test([zip, '--update'], io)).toBe(2);
    expect(out.join('')).toContain(`${zip}:${FLOWS}/Test_Orchestration.scenario.json: --update: cannot write into a .zip archive: unzip it`);
  });

  it('stageflow test given a file that is not a .zip archive names it as an input that could not be read', async () => {
    const dir = tempDir('stageflow-project-');
    const zip = join(dir, 'notes.zip');
    writeFileSync(zip, 'not an archive');
    const out: string[] = [];
    const io = { ...nodeIo, stdout: (t: string) => out.push(t), stderr: () => undefined };
    expect(await test([zip], io)).toBe(2);
    expect(out.join('')).toContain(`${zip}: this is not a .zip archive, or it is empty`);
  });
});

describe('commands given a package retrieved in the Metadata API format (unpackaged/flows/*.flow)', () => {
  /** The DeactivateUser project as a retrieved package, in memory under `pkg/`. */
  const packageIo = (extra: Record<string, string> = {}) =>
    memoryIo({ ...filesUnder('pkg', asRetrievedPackage(realProjectFiles('DeactivateUser'))), ...extra });

  it('validate reads a .flow orchestration with the .flow files of its folder (no placeholders)', async () => {
    // given
    const { io, out } = packageIo();
    // when
    const loaded = await loadDesign(io, 'pkg/unpackaged/flows/User_deactivation_orchestration.flow');
    const code = await validate(['pkg/unpackaged/flows/User_deactivation_orchestration.flow'], io);
    // then
    expect(loaded?.doc.name).toBe('User_deactivation_orchestration');
    expect(loaded?.doc.flows?.find((f) => f.name === 'Notify_account_owner')?.source?.path).toBe('Notify_account_owner.flow');
    expect(code).toBe(0);
    expect(out.stderr).not.toMatch(/placeholder/);
  });

  it('simulate picks an orchestration of the package folder with --orchestration', async () => {
    const { io, out } = packageIo();
    expect(await simulate(['pkg', '--orchestration', 'Handle_User_Deactivation_auto'], io)).toBe(0);
    const trace = JSON.parse(out.stdout) as { run: { status: string } };
    expect(trace.run.status).toBeTruthy();
    expect(out.stderr).not.toMatch(/placeholder|not in the project/);
  });

  it('convert turns a .flow into JSON and JSON into a .flow', async () => {
    // given
    const { io, out } = packageIo();
    // when
    const toJson = await convert(['pkg/unpackaged/flows/User_deactivation_orchestration.flow', '--out', 'orch.json'], io);
    const toXml = await convert(['orch.json', '--out', 'Copy.flow'], io);
    // then
    expect(out.stderr).not.toMatch(/use a \.json/);
    expect([toJson, toXml]).toEqual([0, 0]);
    expect((JSON.parse(out.written['orch.json']!) as { name: string }).name).toBe('User_deactivation_orchestration');
    expect(out.written['Copy.flow']).toMatch(/^<\?xml[\s\S]*<processType>Orchestrator<\/processType>/);
  });

  it('stageflow test finds a .flow orchestration\'s scenarios beside it', async () => {
    // given a scenario beside the orchestration's .flow file, by the naming convention
    const scenario = {
      format: 'stageflow.scenario', version: 1, name: 'a user asks for reassignment',
      records: { User: [{ Id: '005MGR000000000001', Username: 'm@example.com' }], CustomNotificationType: [{ Id: '0MLSIM000000000001', DeveloperName: 'account_reassignment' }] },
      record: { Id: '005USR000000000001', Username: 'u@example.com', ManagerId: '005MGR000000000001', Reassignment_Requested__c: true },
      save: { operation: 'update', prior: { Reassignment_Requested__c: false } },
      expect: [{ kind: 'runStatus', status: 'Completed' }],
    };
    const { io, out } = packageIo({ 'pkg/unpackaged/flows/User_deactivation_orchestration.scenario.json': JSON.stringify(scenario) });
    // when
    const code = await test(['pkg/unpackaged/flows/User_deactivation_orchestration.scenario.json'], io);
    // then
    expect(out.stdout).toMatch(/✓ a user asks for reassignment/);
    expect(code, out.stderr + out.stdout).toBe(0);
  });
});
