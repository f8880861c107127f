import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorCore } from './editorCore';
import { fetchSample, isSampleName } from './sampleSource';

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
