/**
 * The notes on elements the model merely carries are one count line per file in `coverage` and
 * `diff` as in `simulate` (simulateNotes.test.ts); the notes that change the run stay listed.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeIo } from './nodeIo';
import { main as coverage } from './commands/coverage';
import { main as diff } from './commands/diff';
import { foldKeptVerbatim } from './foldKeptVerbatim';

const caseLifecycle = fileURLToPath(new URL('../io/project/__fixtures__/CaseLifecycle', import.meta.url));
const caseReview = fileURLToPath(new URL('../io/xml/__fixtures__/own/Case_Review.flow-meta.xml', import.meta.url));
const FOLD = /Case_Lifecycle\.flow-meta\.xml: 4 notes on Salesforce elements the model keeps verbatim, which the run does not use: stageflow validate lists them\n/;

async function stderrOf(command: typeof coverage, argv: string[]): Promise<string> {
  let stderr = '';
  await command(argv, { ...nodeIo, stdout: () => undefined, stderr: (text) => { stderr += text; } });
  return stderr;
}

describe('foldKeptVerbatim', () => {
  it('counts the kept-verbatim notes per file, after the other lines, and keeps the rest in order', () => {
    const kept = 'has no place in the model; kept verbatim in extensions';
    expect(foldKeptVerbatim([
      `a.xml: extensions: warning: <status> ${kept} (extensions)\n`,
      'a.xml: flows[0]: warning: flow X is referenced but not in the project\n',
      `b.xml: warning: <environments> ${kept}\n`,
      `a.xml: decisions[0].extensions: warning: <defaultConnectorLabel> ×2 ${kept} (…)\n`,
      'a.xml: stages[0].extensions: warning: step S (stepMuleSoft) cannot be simulated; kept verbatim in extensions\n',
    ])).toEqual([
      'a.xml: flows[0]: warning: flow X is referenced but not in the project\n',
      'a.xml: stages[0].extensions: warning: step S (stepMuleSoft) cannot be simulated; kept verbatim in extensions\n',
      'a.xml: 2 notes on Salesforce elements the model keeps verbatim, which the run does not use: stageflow validate lists them\n',
      'b.xml: 1 note on Salesforce elements the model keeps verbatim, which the run does not use: stageflow validate lists them\n',
    ]);
  });
});

describe('coverage and diff on a project orchestration (CaseLifecycle: four such notes)', () => {
  it('coverage says them in one line', async () => {
    const stderr = await stderrOf(coverage, [caseLifecycle]);
    expect(stderr).not.toContain('has no place in the model');
    expect(stderr).toMatch(FOLD);
  });

  it('diff says them in one line, and still lists what the run does not simulate', async () => {
    const stderr = await stderrOf(diff, [caseLifecycle, caseReview]);
    expect(stderr).not.toContain('has no place in the model');
    expect(stderr).toMatch(FOLD);
    expect(stderr).toContain('step Sync_To_ERP (stepMuleSoft) cannot be simulated; kept verbatim in extensions');
    expect(stderr).toMatch(/Case_Review\.flow-meta\.xml: 9 notes on Salesforce elements/);
  });
});
