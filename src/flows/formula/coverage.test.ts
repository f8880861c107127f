import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { functionNames } from './index';

/** Every test name (the first argument of `it(`) in the formula test files. */
function testNames(): string[] {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const files = [...readdirSync(here).map((f) => join(here, f)), ...readdirSync(join(here, 'functions')).map((f) => join(here, 'functions', f))]
    .filter((f) => f.endsWith('.test.ts'));
  const names: string[] = [];
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bit\(\s*(['"`])(.*?)\1/g)) names.push(match[2]!);
  }
  return names;
}

describe('every formula function and operator has a test named after it', () => {
  const names = testNames();

  it('each built-in function has a test whose name starts with "NAME: "', () => {
    const untested = functionNames().filter((fn) => !names.some((n) => n.startsWith(`${fn}: `)));
    expect(untested).toEqual([]);
  });

  it('each operator has a test whose name starts with it', () => {
    const operators = ['+', '-', '*', '/', '^', '&', '=', '==', '!=', '<>', '<', '>', '<=', '>=', '&&', '||', 'unary -', 'unary +', '!', 'NOT'];
    const untested = operators.filter((op) => !names.some((n) => n.startsWith(`${op}: `) || n.startsWith(`${op} without`)));
    expect(untested).toEqual([]);
  });
});
