/**
 * The lines that began with the command or an option — `test: warning: no scenarios found …`,
 * `--record 001A: warning: …`, `--user bob: warning: …` — name a file, FORMAT.md §5's
 * `<file>: <path>: warning: <message>`: the design or folder given to `test` and `coverage`, the
 * `--records` file `--record` and `--user` were looked up in (docs/cli.md, *chosen*).
 */
import { describe, expect, it } from 'vitest';
import { main as coverage } from './commands/coverage';
import { main as flow } from './commands/flow';
import { main as test } from './commands/test';
import { memoryIo } from './testing/memoryIo';
import { routedJson } from './testing/suiteFiles';

const NO_SCENARIOS = 'no scenarios found (1 design found, none with <name>.scenario.json or <name>.scenarios/*.json beside it, or listed in a stageflow.config.json); nothing was tested';

describe('test and coverage: no scenarios found names the path given', () => {
  it('one line for each path given that held designs, at (root), as the path was typed', async () => {
    for (const command of [test, coverage]) {
      const { io, out } = memoryIo({ 'designs/a.json': routedJson(), 'more/b.json': routedJson(), 'empty/readme.md': '#' });
      expect(await command(['./designs/', 'more/b.json', 'empty'], io)).toBe(0);
      expect(out.stderr.split('\n').filter((l) => l.includes('no scenarios found'))).toEqual([
        `./designs/: (root): warning: ${NO_SCENARIOS} (--fail-if-nothing-tested makes that exit 5)`,
        `more/b.json: (root): warning: ${NO_SCENARIOS} (--fail-if-nothing-tested makes that exit 5)`,
      ]);
    }
  });

  it('no design at all: a line for each path given, naming it (exit 2)', async () => {
    for (const command of [test, coverage]) {
      const { io, out } = memoryIo({ 'empty/readme.md': '#', 'notes/a.md': '#' });
      expect(await command(['empty', './notes/'], io)).toBe(2);
      expect(out.stderr).toBe([
        'empty: no designs found (an orchestration .json or .flow-meta.xml, a flow with scenarios beside it, or a stageflow.config.json); nothing was tested\n',
        './notes/: no designs found (an orchestration .json or .flow-meta.xml, a flow with scenarios beside it, or a stageflow.config.json); nothing was tested\n',
      ].join(''));
    }
  });

  it('with --fail-if-nothing-tested the same place, and exit 5', async () => {
    const { io, out } = memoryIo({ 'designs/a.json': routedJson() });
    expect(await test(['designs', '--fail-if-nothing-tested'], io)).toBe(5);
    expect(out.stderr.split('\n')).toContain(`designs: (root): ${NO_SCENARIOS} (--fail-if-nothing-tested: exit 5)`);
  });
});

const onCase = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><object>Case</object><triggerType>RecordAfterSave</triggerType><recordTriggerType>Update</recordTriggerType><connector><targetReference>Copy</targetReference></connector></start>
  <assignments><name>Copy</name><assignmentItems><assignToReference>subject</assignToReference><operator>Assign</operator><value><elementReference>$Record.Subject</elementReference></value></assignmentItems></assignments>
  <variables><name>subject</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
const records = JSON.stringify({ Case: [{ Id: '500A', Subject: 'Printer on fire' }], Account: [{ Id: '001A' }, { Id: '001B' }], User: [{ Id: '005A', Username: 'ann@example.com' }] });

describe('flow: --record and --user are named in the --records file they were looked up in', () => {
  it('a --record of another object: the record\'s place in --records', async () => {
    const { io, out } = memoryIo({ 'f/On_Case.flow-meta.xml': onCase, 'data/rec.json': records });
    expect(await flow(['f/On_Case.flow-meta.xml', '--records', 'data/rec.json', '--record', '001B'], io)).toBe(0);
    expect(out.stderr).toBe('data/rec.json: Account[1]: warning: --record 001B is an Account record; the flow is triggered on Case\n');
  });

  it('a --record no record has: an error of the --records file; without --records, a usage error of flow', async () => {
    const { io, out } = memoryIo({ 'f/On_Case.flow-meta.xml': onCase, 'data/rec.json': records });
    expect(await flow(['f/On_Case.flow-meta.xml', '--records', 'data/rec.json', '--record', '500B'], io)).toBe(2);
    expect(out.stderr).toBe('data/rec.json: (root): no record of this file has the Id 500B, given with --record\n');
    const bare = memoryIo({ 'f/On_Case.flow-meta.xml': onCase });
    expect(await flow(['f/On_Case.flow-meta.xml', '--record', '500A'], bare.io)).toBe(2);
    expect(bare.out.stderr).toMatch(/^flow: --record 500A needs --records: \$Record is one of the records it gives\nusage: stageflow flow /);
  });

  it('a --user no User has: at the file\'s User list, its whole document when it has none, the flow\'s without --records', async () => {
    const then = 'so $User holds only the Username and $Profile, $UserRole and $Permission cannot be read';
    const { io, out } = memoryIo({ 'f/On_Case.flow-meta.xml': onCase, 'data/rec.json': records, 'data/none.json': '{ "Case": [{ "Id": "500A" }] }' });
    await flow(['f/On_Case.flow-meta.xml', '--records', 'data/rec.json', '--record', '500A', '--user', 'bob@example.com'], io);
    await flow(['f/On_Case.flow-meta.xml', '--records', 'data/none.json', '--record', '500A', '--user', 'bob@example.com'], io);
    await flow(['f/On_Case.flow-meta.xml', '--user', 'bob@example.com'], io);
    expect(out.stderr.trim().split('\n').filter((l) => l.includes('--user'))).toEqual([
      `data/rec.json: User: warning: no User of this file has the Username bob@example.com, given with --user, ${then}`,
      `data/none.json: (root): warning: no User of this file has the Username bob@example.com, given with --user, ${then}`,
      `f/On_Case.flow-meta.xml: (root): warning: no User has the Username bob@example.com, given with --user: no records were given (--records), ${then}`,
    ]);
  });
});
