import { describe, expect, it } from 'vitest';
import { after, backgroundStep, orchestration, requirement, stage, withSteps } from '../../model/testing/fixtures';
import { memoryIo } from '../testing/memoryIo';
import { main } from './validate';

/** `validate` of one design: its exit code and its stderr lines. */
async function validate(design: unknown): Promise<{ code: number; lines: string[] }> {
  const { io, out } = memoryIo({ 'd.json': JSON.stringify(design) });
  const code = await main(['d.json'], io);
  return { code, lines: out.stderr.trimEnd().split('\n') };
}

describe('stageflow validate: a warning that only follows from a reported error is printed as its consequence (docs/cli.md, chosen)', () => {
  it('a misspelt flow: the step waiting for it and the stage are said to follow from that error, right after the errors', async () => {
    // given step A runs a flow that does not exist, B waits for A, and the stage waits for both
    const design = withSteps(backgroundStep('A', { flow: 'Do_Wrok' }), after('A', 'B'));
    // when
    const { code, lines } = await validate(design);
    // then the error comes first, and each consequence names it
    expect(code).toBe(2);
    expect(lines).toEqual([
      'd.json: stages[0].steps[0].flow: there is no flow named "Do_Wrok" in the flow catalog',
      'd.json: stages[0].steps[1].start: warning: follows from the error at stages[0].steps[0].flow: step "B" can never start: it waits for "A", which can never complete (its flow "Do_Wrok" cannot run)',
      'd.json: stages[0].exit: warning: follows from the error at stages[0].steps[0].flow: stage "Main" can never complete: it waits for all its steps, and "A" and 1 more can never complete (its flow "Do_Wrok" cannot run)',
    ]);
  });

  it('FORMAT.md §5\'s misspelt predecessor: the stage follows from the error inside the step\'s start', async () => {
    const { lines } = await validate(withSteps(backgroundStep('Validate'), after('Valdate', 'Ship')));
    expect(lines).toEqual([
      'd.json: stages[0].steps[1].start.step: unknown step "Valdate"',
      'd.json: stages[0].exit: warning: follows from the error at stages[0].steps[1].start.step: stage "Main" can never complete: it waits for all its steps, and "Ship" can never complete (it waits for "Valdate", which is not another step of its stage)',
    ]);
  });

  it('a step that can never start for a fault that is no error (its start reads its own status) stays a warning of its own, after the consequences', async () => {
    // given an error elsewhere, and step C whose start requirements read C's own status
    const design = withSteps(
      backgroundStep('A', { flow: 'Do_Wrok' }),
      backgroundStep('C', { start: { mode: 'requirements', requirements: [requirement('C.Status', 'EqualTo', { string: 'Completed' })] } }),
    );
    // when
    const { lines } = await validate(design);
    // then only the stage (its first blocked step is A) follows from the error; C's own warning reads as before
    expect(lines[0]).toBe('d.json: stages[0].steps[0].flow: there is no flow named "Do_Wrok" in the flow catalog');
    expect(lines[1]).toMatch(/^d\.json: stages\[0\]\.exit: warning: follows from the error at stages\[0\]\.steps\[0\]\.flow: stage "Main" can never complete/);
    expect(lines.slice(2)).toEqual(['d.json: stages[0].steps[1].start: warning: step "C" can never start: its start requirements read its own status (row 1), which is NotStarted whenever they are checked, so the start never holds']);
  });

  it('a misspelt next element: the stages it cut off are never reached because of it, and say so', async () => {
    const design = orchestration({ stages: [stage('Begin', undefined, { next: 'Chek' }), stage('Check', undefined, { next: 'Ship' }), stage('Ship')] });
    const { code, lines } = await validate(design);
    expect(code).toBe(2);
    expect(lines).toEqual([
      'd.json: stages[0].next: the next element "Chek" is not a stage or decision of this orchestration',
      'd.json: stages[1]: warning: follows from the error at stages[0].next: stage "Check" is never reached: no path from the start leads to it',
      'd.json: stages[2]: warning: follows from the error at stages[0].next: stage "Ship" is never reached: no path from the start leads to it',
    ]);
  });
});
