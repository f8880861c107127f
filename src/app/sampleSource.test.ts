import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorCore } from './editorCore';
import { fetchSample, isSampleName, sampleNotFoundNote } from './sampleSource';

/** A static server over public/samples, as `vite preview` serves it (a missing file: 404). */
function serveSamples(): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    const file = decodeURIComponent(url.replace(/^.*\/samples\//, ''));
    try {
      const text = readFileSync(`public/samples/${file}`, 'utf8');
      return Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } }));
    } catch {
      return Promise.resolve(new Response('', { status: 404 }));
    }
  });
  return asked;
}

const core = { importOrchestration: (text: string) => ({ ok: true, doc: JSON.parse(text) as unknown, problems: [] }) } as unknown as EditorCore;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sample names', () => {
  it('a shipped sample is a sample', async () => {
    serveSamples();
    expect(isSampleName('loan-approval')).toBe(true);
    expect(await fetchSample(core, ['loan-approval'])).toMatchObject({ found: true, name: 'loan-approval' });
  });

  it('index (the samples folder\'s list, not a design) is not found, like an unknown name, and is not fetched', async () => {
    // given public/samples/index.json, the list of samples
    const asked = serveSamples();
    // when ?sample=index (or Index) asks for it
    for (const name of ['index', 'Index', 'INDEX']) {
      // then it is no sample
      expect(isSampleName(name)).toBe(false);
      expect(await fetchSample(core, [name])).toEqual({ found: false, names: [name] });
    }
    expect(asked).toEqual([]);
  });

  it('names that only contain "index" stay samples', () => {
    expect(isSampleName('index-2')).toBe(true);
    expect(isSampleName('reindex')).toBe(true);
  });
});

describe('the message of a ?sample= that opens nothing', () => {
  it('an empty value is said to name no sample, not that sample "" is missing', () => {
    expect(sampleNotFoundNote('')).toBe('No sample was named: ?sample= needs the name of a sample, as in ?sample=order-fulfilment');
    expect(sampleNotFoundNote('  ')).toMatch(/^No sample was named/);
  });

  it('a path, a file name or a dot is said not to be a sample name, cut after 60 characters', () => {
    for (const name of ['../index', '../samples/onboarding', 'onboarding.json', 'a b']) expect(sampleNotFoundNote(name)).toMatch(new RegExp(`^"${name.replace(/\./g, '\\.')}" is not a sample name: `));
    expect(sampleNotFoundNote(`../${'x'.repeat(5000)}`)).toMatch(/^"\.\.\/x{57}…" is not a sample name/);
  });

  it('a name a sample could have is not found', () => {
    expect(sampleNotFoundNote('no-such-sample')).toBe('Sample "no-such-sample" was not found');
    expect(sampleNotFoundNote('index')).toBe('Sample "index" was not found');
  });
});
