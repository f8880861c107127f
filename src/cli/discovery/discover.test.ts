import { describe, expect, it } from 'vitest';
import { orchestrationXml } from '../../io/project/testing/projectFiles';
import { memoryIo } from '../testing/memoryIo';
import { discoverSuites } from './discover';

const design = '{ "format": "stageflow.orchestration", "version": 1, "name": "X", "stages": [] }';
const scenario = '{ "format": "stageflow.scenario", "version": 1 }';
const xml = '<?xml version="1.0"?><Flow><processType>Orchestrator</processType><orchestratedStages><name>S</name></orchestratedStages></Flow>';

const files = {
  'repo/designs/order.json': design,
  'repo/designs/order.scenario.json': scenario,
  'repo/designs/order.scenarios/b-late.json': scenario,
  'repo/designs/order.scenarios/a-early.json': scenario,
  'repo/designs/order.scenarios/notes.txt': 'not a scenario',
  'repo/designs/lonely.json': design,
  'repo/designs/package.json': '{ "name": "not a design" }',
  'repo/force-app/flows/Case_Flow.flow-meta.xml': xml,
  'repo/force-app/flows/Case_Flow.scenarios/escalates.json': scenario,
  'repo/force-app/flows/Other.flow-meta.xml': xml,
  'repo/force-app/flows/Empty_Draft.flow-meta.xml': '<?xml version="1.0"?><Flow><processType>Orchestrator</processType><status>Draft</status></Flow>',
  'repo/force-app/flows/Send_Mail.flow-meta.xml': '<?xml version="1.0"?><Flow><processType>AutoLaunchedFlow</processType></Flow>',
  'repo/node_modules/pkg/design.json': design,
  'repo/.git/design.json': design,
};

describe('discoverSuites', () => {
  it('walks a folder: orchestration JSON files (by format) and Flow XML orchestrations (by processType) with the scenarios beside them; other flows and empty draft orchestrations only when they have scenarios', async () => {
    // given
    const { io } = memoryIo(files);
    // when
    const found = await discoverSuites(io, ['repo']);
    // then
    expect(found.problems).toEqual([]);
    expect(found.suites).toEqual([
      { design: { kind: 'file', file: 'repo/designs/lonely.json' }, scenarios: [] },
      { design: { kind: 'file', file: 'repo/designs/order.json' }, scenarios: ['repo/designs/order.scenario.json', 'repo/designs/order.scenarios/a-early.json', 'repo/designs/order.scenarios/b-late.json'] },
      { design: { kind: 'file', file: 'repo/force-app/flows/Case_Flow.flow-meta.xml' }, scenarios: ['repo/force-app/flows/Case_Flow.scenarios/escalates.json'] },
      { design: { kind: 'file', file: 'repo/force-app/flows/Other.flow-meta.xml' }, scenarios: [] },
    ]);
  });

  it('the current folder when no path is given', async () => {
    const { io } = memoryIo({ 'a.json': design, 'a.scenario.json': scenario });
    expect((await discoverSuites(io, [])).suites).toEqual([{ design: { kind: 'file', file: 'a.json' }, scenarios: ['a.scenario.json'] }]);
  });

  it('a design file: the design with its scenarios; a scenario file: that scenario alone with its design', async () => {
    const { io } = memoryIo(files);
    expect((await discoverSuites(io, ['repo/designs/order.json'])).suites[0]!.scenarios).toHaveLength(3);
    expect((await discoverSuites(io, ['repo/designs/order.scenarios/b-late.json'])).suites).toEqual([
      { design: { kind: 'file', file: 'repo/designs/order.json' }, scenarios: ['repo/designs/order.scenarios/b-late.json'] },
    ]);
    expect((await discoverSuites(io, ['repo/force-app/flows/Case_Flow.scenarios/escalates.json'])).suites[0]!.design).toEqual({ kind: 'file', file: 'repo/force-app/flows/Case_Flow.flow-meta.xml' });
  });

  it('an app export (Order.orchestration.json) takes the scenarios the app downloads (Order.scenario.json, Order.scenarios/) and its own-stem ones', async () => {
    const { io } = memoryIo({
      'ci/Order.orchestration.json': design,
      'ci/Order.scenario.json': scenario,
      'ci/Order.scenarios/paid.json': scenario,
      'ci/Order.orchestration.scenario.json': scenario,
    });
    const walked = await discoverSuites(io, ['ci']);
    expect(walked.problems).toEqual([]);
    expect(walked.suites).toEqual([
      { design: { kind: 'file', file: 'ci/Order.orchestration.json' }, scenarios: ['ci/Order.scenario.json', 'ci/Order.scenarios/paid.json', 'ci/Order.orchestration.scenario.json'] },
    ]);
    expect((await discoverSuites(io, ['ci/Order.scenarios/paid.json'])).suites).toEqual([
      { design: { kind: 'file', file: 'ci/Order.orchestration.json' }, scenarios: ['ci/Order.scenarios/paid.json'] },
    ]);
  });

  it('a design found twice runs its scenarios once', async () => {
    const { io } = memoryIo(files);
    const found = await discoverSuites(io, ['repo/designs/order.json', 'repo/designs/order.scenario.json', 'repo/designs']);
    expect(found.suites.filter((s) => s.design.kind === 'file' && s.design.file === 'repo/designs/order.json')).toEqual([
      { design: { kind: 'file', file: 'repo/designs/order.json' }, scenarios: ['repo/designs/order.scenario.json', 'repo/designs/order.scenarios/a-early.json', 'repo/designs/order.scenarios/b-late.json'] },
    ]);
  });

  it('names what is missing: a path, the design of a scenario', async () => {
    const { io } = memoryIo({ 'stray.scenario.json': scenario });
    expect((await discoverSuites(io, ['gone', 'stray.scenario.json'])).problems).toEqual([
      { file: 'gone', line: 'gone: cannot read the file: it does not exist' },
      { file: 'stray.scenario.json', line: 'stray.scenario.json: no design for this scenario: put it beside stray.json (or list both in stageflow.config.json)' },
    ]);
  });

  it('<project>#<ApiName> (as validate and test name an orchestration of a project): that orchestration of the folder only', async () => {
    const { io } = memoryIo(files);
    const found = await discoverSuites(io, ['repo#Case_Flow', 'repo#Empty_Draft']);
    expect(found.suites).toEqual([{ design: { kind: 'file', file: 'repo/force-app/flows/Case_Flow.flow-meta.xml' }, scenarios: ['repo/force-app/flows/Case_Flow.scenarios/escalates.json'] }]);
    expect(found.problems).toEqual([{ file: 'repo#Empty_Draft', line: 'repo#Empty_Draft: the project has no orchestration "Empty_Draft" with stages' }]);
    // a # path whose project is not a folder is a missing path, as before
    expect((await discoverSuites(io, ['gone#Case_Flow'])).problems).toEqual([{ file: 'gone#Case_Flow', line: 'gone#Case_Flow: cannot read the file: it does not exist' }]);
  });

  it('a folder with stageflow.config.json runs what the manifest lists, paths relative to it', async () => {
    // given
    const { io } = memoryIo({
      ...files,
      'repo/stageflow.config.json': JSON.stringify({ tests: [
        { design: 'designs/lonely.json', scenarios: ['designs/order.scenarios', 'designs/order.scenario.json'] },
        { design: 'force-app/flows/Other.flow-meta.xml' },
        { project: '.', orchestration: 'Case_Flow', scenarios: ['force-app/flows/Case_Flow.scenarios'] },
      ] }),
    });
    // when
    const found = await discoverSuites(io, ['repo']);
    // then
    expect(found.problems).toEqual([]);
    expect(found.suites).toEqual([
      { design: { kind: 'file', file: 'repo/designs/lonely.json' }, scenarios: ['repo/designs/order.scenarios/a-early.json', 'repo/designs/order.scenarios/b-late.json', 'repo/designs/order.scenario.json'] },
      { design: { kind: 'file', file: 'repo/force-app/flows/Other.flow-meta.xml' }, scenarios: [] },
      { design: { kind: 'project', folder: 'repo', orchestration: 'Case_Flow' }, scenarios: ['repo/force-app/flows/Case_Flow.scenarios/escalates.json'] },
    ]);
  });

  it('a manifest may give absolute paths: they are taken as written, not put under its folder', async () => {
    const { io } = memoryIo({
      '/abs/designs/lonely.json': design,
      '/abs/designs/order.scenario.json': scenario,
      'repo/stageflow.config.json': JSON.stringify({ tests: [
        { design: '/abs/designs/lonely.json', scenarios: ['/abs/designs/order.scenario.json'] },
        { project: '/abs', orchestration: 'Case_Flow', scenarios: ['/abs/designs/order.scenario.json'] },
      ] }),
    });
    const found = await discoverSuites(io, ['repo']);
    expect(found.problems).toEqual([]);
    expect(found.suites).toEqual([
      { design: { kind: 'file', file: '/abs/designs/lonely.json' }, scenarios: ['/abs/designs/order.scenario.json'] },
      { design: { kind: 'project', folder: '/abs', orchestration: 'Case_Flow' }, scenarios: ['/abs/designs/order.scenario.json'] },
    ]);
  });

  it('a bad manifest: each problem with the manifest\'s file and the entry\'s path', async () => {
    const { io } = memoryIo({
      'stageflow.config.json': JSON.stringify({ tests: [{ design: 'nope.json' }, { design: 'a.json', scenario: [] }, { project: '.', orchestration: 'X', scenarios: ['missing'] }] }),
      'a.json': design,
    });
    const found = await discoverSuites(io, ['.']);
    expect(found.problems).toEqual([
      { file: 'stageflow.config.json', line: 'stageflow.config.json: tests[1]: unexpected field "scenario"' },
    ]);
    const ok = memoryIo({ 'stageflow.config.json': JSON.stringify({ tests: [{ design: 'nope.json' }, { project: '.', orchestration: 'X', scenarios: ['missing'] }] }) });
    expect((await discoverSuites(ok.io, ['stageflow.config.json'])).problems).toEqual([
      { file: 'nope.json', line: 'stageflow.config.json: tests[0].design: "nope.json" does not exist (looked for nope.json)' },
      { file: 'missing', line: 'stageflow.config.json: tests[1].scenarios[0]: "missing" does not exist (looked for missing)' },
    ]);
  });

  // a folder was said not to exist ("does not exist (looked for force-app)"), though it was there
  it('a manifest\'s design that is a folder: said to be a folder, with the project entry that opens one', async () => {
    const { io } = memoryIo({ 'stageflow.config.json': JSON.stringify({ tests: [{ design: 'force-app' }] }), 'force-app/x.txt': '' });
    expect((await discoverSuites(io, ['stageflow.config.json'])).problems).toEqual([
      { file: 'force-app', line: 'stageflow.config.json: tests[0].design: "force-app" is a folder, not a design file (for an orchestration of an SFDX project in it: { "project": "force-app", "orchestration": "<ApiName>", "scenarios": [...] })' },
    ]);
  });

  it('stops a walk after its bound of entries and says so', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i <= 50; i++) many[`big/f${i}.txt`] = '';
    const { io } = memoryIo(many);
    expect((await discoverSuites(io, ['big'], 50)).problems).toEqual([{ file: 'big', line: 'big: stopped after 50 files and folders; give narrower paths or a stageflow.config.json' }]);
  });

  it('walks a whole org\'s retrieve to its flows: 20,005 other files before them do not stop it', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 20_005; i++) many[`org/classes/C${i}.cls`] = '';
    many['org/flows/Order_Flow.flow-meta.xml'] = orchestrationXml('Order flow', 'Reserve');
    const { io } = memoryIo(many);
    const found = await discoverSuites(io, ['org']);
    expect(found.problems).toEqual([]);
    expect(found.suites).toHaveLength(1);
    expect(found.suites[0]?.design).toEqual({ kind: 'file', file: 'org/flows/Order_Flow.flow-meta.xml' });
  });
});
