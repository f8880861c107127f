import { describe, expect, it } from 'vitest';
import { exportFlowXml } from './exportFlowXml';
import { xmlFixtures } from './fixtures';
import { importFlowXml } from './importFlowXml';

const fixtures = [...xmlFixtures('real'), ...xmlFixtures('own')];

function importOk(text: string, name: string) {
  const result = importFlowXml(text, { name });
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('XML → model → XML', () => {
  it('has real and own fixtures to check', () => {
    // given / when / then
    expect(xmlFixtures('real').length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))('%s: a second export equals the first', (_id, fixture) => {
    // given
    const first = exportFlowXml(importOk(fixture.text, fixture.name).doc).xml;
    // when
    const second = exportFlowXml(importOk(first, fixture.name).doc).xml;
    // then
    expect(first).toContain('<processType>Orchestrator</processType>');
    expect(second).toBe(first);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))('%s: the export is the original file, byte for byte', (_id, fixture) => {
    // given
    const { doc } = importOk(fixture.text, fixture.name);
    // when
    const { xml } = exportFlowXml(doc);
    // then
    expect(xml).toBe(fixture.text);
  });
});
