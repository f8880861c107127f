import { describe, expect, it } from 'vitest';
import { backgroundStep, orchestration, stage } from '../../model/testing/fixtures';
import { memoryIo } from '../testing/memoryIo';
import { main as convert } from './convert';
import { main as simulate } from './simulate';
import { main as validate } from './validate';

// a design's unknown fields were accepted in silence: a misspelt `flow` ran its step as a placeholder
const design = JSON.parse(JSON.stringify(orchestration({ stages: [stage('Intake', [backgroundStep('Check')]), stage('Ship', [backgroundStep('Send')])] })));
design.stages[0].next = 'Ship';
design.stages[1].steps[0].flwo = 'Send_Flow';
const typo = JSON.stringify(design);
const line = 'def.json: stages[1].steps[0].flwo: warning: unknown field "flwo": Stageflow does not read it; did you mean "flow"?\n';

describe('a design\'s fields the format does not have', () => {
  it('validate: a warning at its path with what it likely meant; still ok, exit 0 (FORMAT.md allows extra fields)', async () => {
    const { io, out } = memoryIo({ 'def.json': typo });
    expect(await validate(['def.json'], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
    expect(out.stderr).toBe(line);
  });

  it('simulate: with --validate-only (FORMAT.md §5 shows warnings there only); a run prints the trace alone', async () => {
    const checked = memoryIo({ 'def.json': typo });
    expect(await simulate(['def.json', '--validate-only'], checked.io)).toBe(0);
    expect(checked.out.stderr).toBe(line);
    const ran = memoryIo({ 'def.json': typo });
    expect(await simulate(['def.json'], ran.io)).toBe(0);
    expect(ran.out.stderr).toBe('');
  });

  it('convert: the warning, and the conversion goes on (exit 0)', async () => {
    const { io, out } = memoryIo({ 'def.json': typo });
    expect(await convert(['def.json', '--out', 'Test.flow-meta.xml'], io)).toBe(0);
    expect(out.stderr).toContain(line);
    expect(out.written['Test.flow-meta.xml']).toContain('<processType>Orchestrator</processType>');
  });

  it('a misspelt required field: refused as missing (exit 2), and its warning says what was meant', async () => {
    const { stages, ...rest } = design;
    const { io, out } = memoryIo({ 'def.json': JSON.stringify({ ...rest, stagse: stages }) });
    expect(await validate(['def.json'], io)).toBe(2);
    expect(out.stderr).toContain('def.json: stagse: warning: unknown field "stagse": Stageflow does not read it; did you mean "stages"?\n');
  });
});
