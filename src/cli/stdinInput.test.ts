import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { after, orchestration, scenario, withSteps } from '../model/testing/fixtures';
import { main as convert } from './commands/convert';
import { main as simulate } from './commands/simulate';
import { main as validate } from './commands/validate';
import { main as npmSimulate } from './simulate';
import { stdinFormat } from './stdinInput';
import { memoryIo } from './testing/memoryIo';
import { unwrapped } from './testing/helpText';

const design = JSON.stringify(orchestration());
const xml = readFileSync(new URL('../io/xml/__fixtures__/own/Case_Review.flow-meta.xml', import.meta.url), 'utf8');

describe('"-" is standard input where a command reads a document', () => {
  it('validate - reads the design piped in, not a file named "-"', async () => {
    const { io, out } = memoryIo({}, design);
    expect(await validate(['-'], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
  });

  it('names it <stdin> in every problem line (FORMAT.md §5)', async () => {
    const { io, out } = memoryIo({}, JSON.stringify(withSteps(after('Valdate', 'Ship'))));
    expect(await validate(['-'], io)).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe('<stdin>: stages[0].steps[0].start.step: unknown step "Valdate"');
  });

  it('JSON that does not parse gets the JSON parser\'s place, not an XML error', async () => {
    const { io, out } = memoryIo({}, '{\n  "format": ');
    expect(await validate(['-'], io)).toBe(2);
    expect(out.stderr).toMatch(/^<stdin>: 2:\d+: /);
  });

  it('validate reads Flow XML piped in as Flow XML, among other files too', async () => {
    const { io, out } = memoryIo({ 'def.json': design }, xml);
    expect(await validate(['-', 'def.json'], io)).toBe(0);
    expect(out.stdout).toBe('<stdin>: ok\ndef.json: ok\n');
    expect(out.stderr).toContain('<stdin>: stages[0].extensions: warning:');
  });

  it('simulate - and --scenario - run the piped document (npm run simulate too)', async () => {
    const piped = memoryIo({}, design);
    expect(await npmSimulate(['-'], piped.io)).toBe(0);
    expect(JSON.parse(piped.out.stdout).format).toBe('stageflow.trace');
    const withScenario = memoryIo({ 'def.json': design }, JSON.stringify(scenario()));
    expect(await simulate(['def.json', '--scenario', '-', '--validate-only'], withScenario.io)).toBe(0);
    expect(withScenario.out.stdout).toBe('ok\n');
  });

  it('refuses "-" given twice: standard input holds one document', async () => {
    const { io, out } = memoryIo({}, design);
    expect(await simulate(['-', '--scenario', '-'], io)).toBe(2);
    expect(out.stderr).toMatch(/^simulate: standard input \("-"\) holds one document/);
    const again = memoryIo({}, design);
    expect(await validate(['-', '--scenario', '-'], again.io)).toBe(2);
    expect(again.out.stderr).toMatch(/^validate: standard input \("-"\) holds one document/);
  });

  it('convert - turns piped Flow XML into JSON and piped JSON into Flow XML', async () => {
    const fromXml = memoryIo({}, xml);
    expect(await convert(['-'], fromXml.io)).toBe(0);
    const json = fromXml.out.stdout;
    expect(JSON.parse(json).format).toBe('stageflow.orchestration');
    expect(fromXml.out.stderr).toContain('<stdin>: ');
    const fromJson = memoryIo({}, design);
    expect(await convert(['-', '--out', 'Order.flow-meta.xml'], fromJson.io)).toBe(0);
    expect(fromJson.out.written['Order.flow-meta.xml']).toContain('<processType>Orchestrator</processType>');
  });

  it('convert - refuses an --out of the same format as the input, naming it', async () => {
    const { io, out } = memoryIo({}, design);
    expect(await convert(['-', '--out', 'again.json'], io)).toBe(2);
    expect(out.stderr).toBe('<stdin>: cannot convert to again.json: standard input holds JSON, so the result is .flow-meta.xml (or .flow)\n');
  });

  it('each command\'s help shows it', async () => {
    for (const command of [validate, simulate, convert]) {
      const { io, out } = memoryIo({});
      expect(await command(['--help'], io)).toBe(0);
      expect(unwrapped(out.stdout)).toMatch(/ - .*\(- is standard input/);
    }
  });

  it('tells the format by what the text begins with', () => {
    expect(stdinFormat('\uFEFF  <?xml version="1.0"?><Flow/>')).toBe('xml');
    expect(stdinFormat('{"format": "stageflow.orchestration"}')).toBe('json');
    expect(stdinFormat('not json')).toBe('json');
  });
});
