import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleNames, sampleNotFoundNote } from './sampleNotFound';

const SAMPLES = ['order-fulfilment', 'case-escalation', 'onboarding'];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the message of a ?sample= that opens nothing', () => {
  it('an empty value is said to name no sample, not that sample "" is missing', () => {
    expect(sampleNotFoundNote('', SAMPLES)).toBe('No sample was named: ?sample= needs the name of a sample; the samples are order-fulfilment, case-escalation, onboarding');
    expect(sampleNotFoundNote('  ')).toBe('No sample was named: ?sample= needs the name of a sample, as in ?sample=order-fulfilment');
  });

  it('a path, a file name or a dot is said not to be a sample name, cut after 60 characters', () => {
    expect(sampleNotFoundNote('../index', SAMPLES)).toBe('"../index" is not a sample name: a sample is named by letters, digits, - and _ only (no folder, no .json); the samples are order-fulfilment, case-escalation, onboarding');
    for (const name of ['../samples/onboarding', 'onboarding.json', 'a b']) expect(sampleNotFoundNote(name)).toMatch(/^".+" is not a sample name: /);
    expect(sampleNotFoundNote(`../${'x'.repeat(5000)}`)).toMatch(/^"\.\.\/x{57}…" is not a sample name/);
  });

  it('an invisible or direction-turning character is shown by its code point', () => {
    expect(sampleNotFoundNote('a\u0000b\u202Ec')).toMatch(/^"a<U\+0000>b<U\+202E>c" is not a sample name/);
  });

  it('a name a sample could have is not found, listing the samples; one differing only in case asks for the sample', () => {
    expect(sampleNotFoundNote('no-such-sample', SAMPLES)).toBe('Sample "no-such-sample" was not found; the samples are order-fulfilment, case-escalation, onboarding');
    expect(sampleNotFoundNote('no-such-sample')).toBe('Sample "no-such-sample" was not found');
    expect(sampleNotFoundNote('index', SAMPLES)).toMatch(/^Sample "index" was not found; the samples are/);
    expect(sampleNotFoundNote('Onboarding', SAMPLES)).toBe('Sample "Onboarding" was not found: did you mean ?sample=onboarding? (sample names are case-sensitive)');
  });

  it('reads the names from the samples list, none when it cannot be read', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(readFileSync('public/samples/index.json', 'utf8'))));
    expect(await sampleNames()).toEqual(expect.arrayContaining(['order-fulfilment', 'onboarding', 'loan-approval', 'case-escalation']));
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html>', { status: 404 })));
    expect(await sampleNames()).toEqual([]);
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"not":"a list"}')));
    expect(await sampleNames()).toEqual([]);
  });
});
