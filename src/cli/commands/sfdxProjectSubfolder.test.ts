/**
 * `stageflow test` typed inside a package directory of an SFDX project (`cd orchestrator/main`):
 * the project is found above the current folder (`../../sfdx-project.json`), and its orchestration
 * file, named from there (`default/flows/X.flow-meta.xml`), is the project's file named from the
 * project (`../../orchestrator/main/default/flows/X.flow-meta.xml`). The two names were compared as
 * written, so they never matched: the file opened alone, every step a placeholder, and the scenario
 * that passes from the project's folder failed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import type { CliIo } from '../cliIo';
import { memoryIo } from '../testing/memoryIo';
import { main as simulate } from './simulate';
import { main as test } from './test';

const SCENARIO = JSON.stringify({
  format: 'stageflow.scenario', version: 1, name: 'no users in the org',
  expectations: [{ kind: 'runStatus', status: 'Error' }, { kind: 'stepStatus', step: 'Get_Usernames_Step', status: 'Error' }],
});

/** The recruiting project under `p/`, seen from `p/<cwd>`: every path the command gives is read from there. */
function from(cwd: string, base: string) {
  mkdirSync(join(base, 'p', cwd), { recursive: true });
  process.chdir(join(base, 'p', cwd));
  const files: Record<string, string> = { 'p/orchestrator/main/default/flows/Recruiting_Orchestration_v6.scenario.json': SCENARIO };
  for (const f of recruitingFiles()) files[`p/${f.path}`] = f.text;
  const { io, out } = memoryIo(files);
  const at = (path: string) => posix.normalize(posix.join('p', cwd, path));
  const inside: CliIo = {
    ...io,
    readFile: (path) => io.readFile(at(path)),
    pathKind: (path) => io.pathKind!(at(path)),
    listDir: (path) => io.listDir!(at(path)),
    writeFile: (path, text) => io.writeFile(at(path), text),
  };
  return { io: inside, out };
}

describe('an SFDX project\'s orchestration, the command typed in a folder inside the project', () => {
  // the command resolves paths against the process's folder: the in-memory project's folder p/<cwd>, made on disk
  const before = process.cwd();
  const base = mkdtempSync(join(tmpdir(), 'stageflow-cwd-'));
  beforeEach(() => { process.chdir(before); });
  afterAll(() => { process.chdir(before); rmSync(base, { recursive: true, force: true }); });

  it.each([['orchestrator/main', []], ['orchestrator/main/default/flows', []], ['orchestrator', ['main']]])('test in p/%s %j runs the project\'s flows: the scenario passes as from the project', async (cwd, paths) => {
    // given
    const { io, out } = from(cwd, base);
    // when
    const code = await test(paths, io);
    // then
    expect(out.stdout).not.toContain('added as a placeholder');
    expect(out.stdout).toMatch(/✓ no users in the org/);
    expect(code).toBe(0);
  });

  it('its notes name the file as it was given, not from the project\'s root (../../orchestrator/main/…)', async () => {
    // given
    const { io, out } = from('orchestrator/main', base);
    // when
    await test(['--reporter', 'json'], io);
    // then
    expect(out.stderr).toMatch(/^default\/flows\/Recruiting_Orchestration_v6\.flow-meta\.xml: /m);
    expect(out.stderr).not.toContain('../');
  });

  it('simulate of the file named from inside runs the flows of the other package directory', async () => {
    // given
    const { io, out } = from('orchestrator/main/default/flows', base);
    // when
    const code = await simulate(['Recruiting_Orchestration_v6.flow-meta.xml', '--out', 'trace.json'], io);
    // then
    expect(code).toBe(0);
    const trace = JSON.parse(out.written['p/orchestrator/main/default/flows/trace.json']!) as { flowRuns: { file: string }[] };
    expect(trace.flowRuns[0]!.file).toBe('force-app/main/default/flows/Get_Usernames.flow-meta.xml');
  });
});
