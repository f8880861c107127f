/**
 * What `diff` says about a scenario: "the orchestration has no step X" did not say which of the two
 * versions lacks it, and the scenario's warnings (a field no scenario has) were not printed at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './diff';

const oldText = readFileSync('public/samples/loan-approval.json', 'utf8');
const renamed = () => {
  const doc = JSON.parse(oldText) as { stages: { steps: { name: string; start?: { step?: string } }[] }[] };
  for (const step of doc.stages.flatMap((s) => s.steps)) {
    if (step.name === 'Verify_Income') step.name = 'Verify_Income_2';
    if (step.start?.step === 'Verify_Income') step.start.step = 'Verify_Income_2';
  }
  return JSON.stringify(doc);
};
const scenario = (body: object) => JSON.stringify({ format: 'stageflow.scenario', version: 1, ...body });

describe('stageflow diff: what it says about a scenario', () => {
  it('a problem of one version only names that version; exit 2', async () => {
    // given
    const { io, out } = memoryIo({ 'old.json': oldText, 'new.json': renamed(), 's.json': scenario({ steps: { Verify_Income_2: { durationMs: 5 } } }) });
    // when
    const code = await main(['old.json', 'new.json', '--scenario', 's.json'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toBe('s.json: steps.Verify_Income_2: the orchestration has no step "Verify_Income_2" (the old version, old.json)\n');
  });

  it('a problem of both (a file that cannot be read) is said once, as it is', async () => {
    // given
    const { io, out } = memoryIo({ 'old.json': oldText, 'new.json': renamed() });
    // when
    const code = await main(['old.json', 'new.json', '--scenario', 'gone.json'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toBe('gone.json: cannot read the file: it does not exist\n');
  });

  it('the scenario\'s warnings are printed, once when both versions give them', async () => {
    // given
    const { io, out } = memoryIo({ 'old.json': oldText, 'new.json': oldText, 's.json': scenario({ stepz: {} }) });
    // when
    const code = await main(['old.json', 'new.json', '--scenario', 's.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toBe('s.json: stepz: warning: a scenario has no field "stepz"; it is ignored: did you mean "steps"?\n');
  });
});
