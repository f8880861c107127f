/**
 * What a successful `simulate` prints on stderr (docs/cli.md, chosen): for Flow XML, the reading
 * notes (what was kept verbatim and not simulated, the placeholders added), and no validation
 * warning, which are `--validate-only`'s; stdout holds the trace alone. The notes on elements the
 * model merely carries are counted in one line per file (foldKeptVerbatim.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeIo } from './nodeIo';
import { main as simulate } from './commands/simulate';
import { memoryIo } from './testing/memoryIo';

const xml = readFileSync(new URL('../io/xml/__fixtures__/own/Case_Review.flow-meta.xml', import.meta.url), 'utf8');
// a stage no path leads to: a validation warning, shown by --validate-only only
const unreached = xml.replace('</Flow>', '<orchestratedStages><name>Orphan</name><label>Orphan</label><stageSteps><name>Orphan_Step</name><label>Orphan Step</label><actionName>Provision_Service</actionName><actionType>stepBackground</actionType></stageSteps></orchestratedStages></Flow>');

describe('simulate on Flow XML: a run that goes ahead', () => {
  it('prints the reading notes (kept verbatim, placeholders), no validation warning, and the trace alone on stdout', async () => {
    const run = memoryIo({ 'Case_Review.flow-meta.xml': unreached });
    expect(await simulate(['Case_Review.flow-meta.xml'], run.io)).toBe(0);
    expect(JSON.parse(run.out.stdout).format).toBe('stageflow.trace');
    expect(run.out.stderr).toContain('Case_Review.flow-meta.xml: stages[0].extensions: warning: step Sync_To_ERP (stepMuleSoft) cannot be simulated; kept verbatim in extensions\n');
    expect(run.out.stderr).toContain('added as a placeholder');
    expect(run.out.stderr).not.toContain('never reached');

    // the notes on elements merely carried (<status>, <processMetadataValues>…) are one count line
    expect(run.out.stderr).not.toContain('has no place in the model');
    const fold = 'Case_Review.flow-meta.xml: 9 notes on Salesforce elements the model keeps verbatim, which the run does not use: stageflow validate lists them\n';
    expect(run.out.stderr.endsWith(fold)).toBe(true);

    // --validate-only: the same notes, each of the nine listed, then the validation warnings
    const checked = memoryIo({ 'Case_Review.flow-meta.xml': unreached });
    expect(await simulate(['Case_Review.flow-meta.xml', '--validate-only'], checked.io)).toBe(0);
    const listed = checked.out.stderr.split('\n').filter((line) => line.includes('has no place in the model'));
    expect(listed).toHaveLength(9);
    const others = checked.out.stderr.split(/(?<=\n)/).filter((line) => !line.includes('has no place in the model'));
    expect(others.join('')).toBe(`${run.out.stderr.slice(0, -fold.length)}Case_Review.flow-meta.xml: stages[3]: warning: stage "Orphan" is never reached: no path from the start leads to it\n`);
  });

  it('counts the kept-verbatim notes of a project orchestration in one line (CaseLifecycle: four)', async () => {
    const folder = fileURLToPath(new URL('../io/project/__fixtures__/CaseLifecycle', import.meta.url));
    let stderr = '';
    expect(await simulate([folder], { ...nodeIo, stdout: () => undefined, stderr: (text) => { stderr += text; } })).toBe(0);
    expect(stderr).not.toContain('has no place in the model');
    expect(stderr).toMatch(/Case_Lifecycle\.flow-meta\.xml: 4 notes on Salesforce elements the model keeps verbatim, which the run does not use: stageflow validate lists them\n$/);
  });
});
