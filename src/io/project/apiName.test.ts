import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_NAME } from './apiName';

/** The production files of a folder (not its tests), each with its text. */
function sources(folder: string): { path: string; text: string }[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => ({ path: join(folder, e.name), text: readFileSync(join(folder, e.name), 'utf8') }));
}

describe('API_NAME', () => {
  it('takes API names and refuses the rest', () => {
    expect(['Case', 'Parent_Case__c', 'ns__Thing__c', 'a1'].every((n) => API_NAME.test(n))).toBe(true);
    expect(['', '1Case', '_x', 'Case.Field', 'Case__c ', '__proto__x'.slice(0, 2)].some((n) => API_NAME.test(n))).toBe(false);
  });

  it('is written once for the project readers and the command line (apiName.ts)', () => {
    const literal = '/^[A-Za-z][A-Za-z0-9_]*$/';
    const writing = [...sources('src/io/project'), ...sources('src/cli')].filter((f) => f.text.includes(literal)).map((f) => f.path.replaceAll('\\', '/'));
    expect(writing).toEqual(['src/io/project/apiName.ts']);
  });
});
