/**
 * A hostile Flow file with hundreds of thousands of elements the model has no place for: each is kept
 * verbatim in `extensions`, as one would be. They were appended with `push(...kept)`, one argument
 * each, and the import failed with "cannot convert this file: Maximum call stack size exceeded".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFlowXml } from './importFlowXml';

const xml = readFileSync(new URL('./__fixtures__/own/Case_Review.flow-meta.xml', import.meta.url), 'utf8');
const MANY = 150_000;
const unknown = '<zzUnknown/>'.repeat(MANY);

/** The fixture with the unknown elements right after the first `<tag>` (or before it, for the root). */
const withMany = (tag: string, inside: boolean) => {
  const at = xml.indexOf(`<${tag}>`) + (inside ? tag.length + 2 : 0);
  return `${xml.slice(0, at)}${unknown}${xml.slice(at)}`;
};

describe(`a Flow file with ${MANY.toLocaleString('en-US')} unknown elements`, () => {
  it.each([
    ['the root', withMany('orchestratedStages', false)],
    ['a stage', withMany('orchestratedStages', true)],
    ['a decision', withMany('decisions', true)],
    ['the start', withMany('start', true)],
  ])('in %s: imports, keeping them', (_, text) => {
    const result = importFlowXml(text, { name: 'Case_Review' });
    expect(result.ok ? 'imported' : result.problems).toBe('imported');
    expect(JSON.stringify(result.ok ? result.doc : null).split('zzUnknown').length - 1).toBe(MANY);
  });
});
