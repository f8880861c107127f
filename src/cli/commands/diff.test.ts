import { describe, expect, it } from 'vitest';
import { exportOrchestration } from '../../io/jsonExport';
import { exportFlowXml, importFlowXml } from '../../io/xml/index';
import { routedDesign } from '../../verify/testing/designs';
import { memoryIo } from '../testing/memoryIo';
import { routedJson, scenarioText } from '../testing/suiteFiles';
import { main } from './diff';

function slower(): string {
  const doc = routedDesign();
  doc.flows!.find((f) => f.name === 'Checker')!.behavior!.durationMs = 3000;
  return exportOrchestration(doc);
}

describe('stageflow diff', () => {
  it('side by side: what changed under each scenario, then a summary; exit 0 without --exit-code', async () => {
    // given the routed design and a version whose check is slower
    const small = scenarioText('small order', undefined, { events: [{ at: 0, type: 'set', target: 'amount', value: 50 }] });
    const { io, out } = memoryIo({ 'old.json': routedJson(), 'new.json': slower(), 'small.json': small });
    // when
    const code = await main(['old.json', 'new.json', '--scenario', 'small.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stdout).toBe([
      'old: old.json',
      'new: new.json',
      '',
      'scenario "small order" (small.json): 3 changes',
      '                      old         new',
      '  run ends            at 2000 ms  at 4000 ms (+2000 ms)',
      '  step Review starts  at 1000 ms  at 3000 ms (+2000 ms)',
      '  step Note starts    at 2000 ms  at 4000 ms (+2000 ms)',
      '',
      '1 scenario: 1 with changed behaviour, 0 the same',
      '',
    ].join('\n'));
  });

  it('--exit-code: 1 when the behaviour differs, 0 when it does not', async () => {
    const changed = memoryIo({ 'old.json': routedJson(), 'new.json': slower() });
    expect(await main(['old.json', 'new.json', '--exit-code'], changed.io)).toBe(1);
    const same = memoryIo({ 'old.json': routedJson(), 'new.json': routedJson() });
    expect(await main(['old.json', 'new.json', '--exit-code'], same.io)).toBe(0);
    expect(same.out.stdout).toContain('scenario "default scenario": same behaviour\n');
  });

  it('without --scenario, the scenarios beside the new design', async () => {
    const { io, out } = memoryIo({ 'old.json': routedJson(), 'new.json': slower(), 'new.scenarios/a.json': scenarioText('a'), 'new.scenarios/b.json': scenarioText('b') });
    expect(await main(['old.json', 'new.json'], io)).toBe(0);
    expect(out.stdout).toContain('scenario "a" (new.scenarios/a.json): 3 changes');
    expect(out.stdout).toContain('2 scenarios: 2 with changed behaviour, 0 the same');
  });

  it('compares a Flow XML version with a JSON one', async () => {
    // given the design as Flow XML, and as JSON read from that XML with Work now running as the default user
    const xml = exportFlowXml(routedDesign()).xml;
    const imported = importFlowXml(xml, { name: 'Test' });
    if (!imported.ok) throw new Error('the fixture must convert');
    imported.doc.stages[1]!.steps[0]!.runAs = { mode: 'default' };
    const { io, out } = memoryIo({ 'Test.flow-meta.xml': xml, 'new.json': exportOrchestration(imported.doc) });
    // when
    const code = await main(['Test.flow-meta.xml', 'new.json', '--reporter', 'json'], io);
    // then exactly the run-as change
    expect(code).toBe(0);
    const report = JSON.parse(out.stdout) as { format: string; scenarios: { changes: { element: string | null; aspect: string; old: string; new: string }[] }[] };
    expect(report.format).toBe('stageflow.diffReport');
    expect(report.scenarios[0]!.changes).toEqual([{ kind: 'step', element: 'Work', aspect: 'runAs', old: 'jdoe (system, withoutSharing)', new: '$AutomatedProcessUser (system, withoutSharing)' }]);
  });

  it('a scenario that does not suit one version is bad input (exit 2)', async () => {
    const renamed = routedJson().replace(/"Note"/g, '"Note_Two"');
    const { io, out } = memoryIo({ 'old.json': routedJson(), 'new.json': renamed, 's.json': scenarioText('s', undefined, { steps: { Note: { outcome: 'error' } } }) });
    expect(await main(['old.json', 'new.json', '--scenario', 's.json'], io)).toBe(2);
    expect(out.stderr).toBe('s.json: steps.Note: the orchestration has no step "Note" (the new version, new.json)\n');
  });

  it.each([
    [['only.json'], 'diff: give two designs, the old one first'],
    [['a.json', 'b.json', 'c.json'], 'diff: give exactly two designs, the old one first'],
    [['a.json', 'b.json', '--reporter', 'html'], 'diff: unknown reporter "html" (use text or json)'],
  ])('bad arguments %j exit 2', async (argv, message) => {
    const { io, out } = memoryIo({});
    expect(await main(argv, io)).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe(message);
  });
});
