/**
 * The terminal sessions docs/cli.md shows (a fenced block starting `$ stageflow …`) against the
 * real command: each is either run — in a folder of its own holding the repository's files it names,
 * through the real process, its output and `echo $?` compared line by line (times aside) — or listed
 * below as illustrative, with why. A new session in the doc fails this test until it is one or the
 * other, so the doc's examples cannot drift from what the command prints.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { after, backgroundStep, withSteps } from '../model/testing/fixtures';

const root = fileURLToPath(new URL('../../', import.meta.url));
// the loader by its path: the sessions run in folders of their own, where `--import tsx` finds no tsx
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The sessions that run, by their first command: what the folder they run in holds. */
const RUNNABLE: Record<string, (dir: string) => void> = {
  'stageflow coverage designs/loan-approval.json --min 100': (dir) => cpSync(join(root, 'public/samples'), join(dir, 'designs'), { recursive: true }),
  // two of the samples, one expectation tightened so that the session shows a failure
  'stageflow test designs': (dir) => {
    for (const name of ['loan-approval.json', 'loan-approval.scenario.json', 'loan-approval.scenarios', 'order-fulfilment.json', 'order-fulfilment.scenario.json', 'order-fulfilment.scenarios']) {
      cpSync(join(root, 'public/samples', name), join(dir, 'designs', name), { recursive: true });
    }
    const slow = join(dir, 'designs/order-fulfilment.scenario.json');
    const scenario = JSON.parse(readFileSync(slow, 'utf8')) as { expectations: { kind: string; endedBy?: number }[] };
    scenario.expectations.find((e) => e.kind === 'stepTime')!.endedBy = 4000;
    writeFileSync(slow, JSON.stringify(scenario));
  },
  // FORMAT.md §5's misspelt predecessor, the third step waiting for "Valdate"
  'stageflow validate order.json': (dir) => writeFileSync(join(dir, 'order.json'), JSON.stringify(withSteps(backgroundStep('Validate'), backgroundStep('Pack'), after('Valdate', 'Ship')))),
};

/** The sessions shown for their shape, with why they are not run here. */
const ILLUSTRATIVE: Record<string, string> = {
  'stageflow simulate DeactivateUser': 'a project of survey 6 with four orchestrations, not kept in the repository (src/io/xml/__fixtures__/real holds two of its files)',
  'stageflow test force-app/main/default/flows': 'a failing scenario written for the example; CaseLifecycle\'s fixture has no scenario',
  'stageflow diff designs/loan-approval.json loan-v2.json --scenario designs/loan-approval.scenarios/large-loan.json': 'loan-v2.json, an edited copy of the sample, is not kept in the repository',
  'stageflow convert force-app/main/default/flows/Aaron_test.flow-meta.xml --out aaron.json': 'a file of a public project (an InvalidDraft with no stages), not kept; convert.test.ts runs the same round trip',
};

interface Step { command: string; output: string[] }

/** The doc's sessions: each fenced block whose first line is `$ stageflow …`, cut at each `$ `. */
function sessions(): Step[][] {
  const doc = readFileSync(join(root, 'docs/cli.md'), 'utf8');
  return [...doc.matchAll(/```\n(\$ stageflow [\s\S]*?)```/g)].map((m) => {
    const steps: Step[] = [];
    for (const line of m[1]!.trimEnd().split('\n')) {
      if (line.startsWith('$ ')) steps.push({ command: line.slice(2), output: [] });
      else steps.at(-1)!.output.push(line);
    }
    return steps;
  });
}

/** Times differ from run to run: `(18 ms)`, `in 53 ms`. */
const timeless = (lines: readonly string[]) => lines.map((line) => line.replace(/\(\d+ ms\)/g, '(… ms)').replace(/ in \d+ ms$/, ' in … ms'));

describe('docs/cli.md: the terminal sessions it shows', () => {
  it('each session is run below or listed as illustrative, with why', () => {
    const firsts = sessions().map((steps) => steps[0]!.command);
    expect(firsts.length).toBeGreaterThan(0);
    for (const first of firsts) expect({ first, known: first in RUNNABLE || first in ILLUSTRATIVE }).toEqual({ first, known: true });
    for (const listed of [...Object.keys(RUNNABLE), ...Object.keys(ILLUSTRATIVE)]) expect(firsts).toContain(listed);
  });

  it.each(sessions().filter((steps) => steps[0]!.command in RUNNABLE).map((steps) => [steps[0]!.command, steps] as const))('$ %s prints what the doc shows', (first, steps) => {
    const dir = mkdtempSync(join(tmpdir(), 'stageflow-doc-'));
    made.push(dir);
    RUNNABLE[first]!(dir);
    let status: number | null = null;
    for (const step of steps) {
      if (step.command === 'echo $?') { expect({ step: step.command, output: [String(status)] }).toEqual({ step: step.command, output: step.output }); continue; }
      expect(step.command).toMatch(/^stageflow /);
      const args = step.command.slice('stageflow '.length).split(' ');
      const result = spawnSync(process.execPath, ['--import', tsx, join(root, 'src/cli/bin.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      status = result.status;
      // a session shows what a terminal shows: stdout and stderr, here one after the other (each example writes to one)
      const printed = `${result.stdout}${result.stderr}`.trimEnd().split('\n');
      expect({ step: step.command, output: timeless(printed) }).toEqual({ step: step.command, output: timeless(step.output) });
    }
  }, 120_000);
});
