/**
 * docs/spec/SEMANTICS.md and the unit tests cite the same rules: each rule it numbers has a test
 * whose name starts with that number, and no test cites a rule the specification does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Rule numbers defined in the specification: list items that open with a bold `R<n>`. */
function specifiedRules(markdown: string): number[] {
  return [...markdown.matchAll(/^- \*\*R(\d+)\*\*/gm)].map((m) => Number(m[1]));
}

/** Rule numbers that test names start with (`it('R21: …'`, `test("R21 …"`, `describe(`). */
function testedRules(code: string): number[] {
  return [...code.matchAll(/\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*['"`]R(\d+)\b/g)].map((m) => Number(m[1]));
}

function testFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(rel);
    return /\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe('docs/spec/SEMANTICS.md and the rule tests', () => {
  const specified = specifiedRules(readFileSync(join(ROOT, 'docs/spec/SEMANTICS.md'), 'utf8'));
  const tested = new Set(testFiles('src').flatMap((file) => testedRules(readFileSync(join(ROOT, file), 'utf8'))));

  it('numbers R1–R64 in the groups of the specification, each once', () => {
    // given the groups the rules come in (run, passes, steps, errors, run-as, references, requirements)
    const groups = [[1, 7], [10, 17], [20, 25], [30, 35], [40, 47], [50, 51], [60, 64]];
    const expected = groups.flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => from! + i));
    // when the specification is read, then it defines exactly those, in order
    expect(specified).toEqual(expected);
  });

  it('every rule has a unit test whose name starts with its number, and every such test cites a real rule', () => {
    const untested = specified.filter((n) => !tested.has(n)).map((n) => `R${n}`);
    const unknown = [...tested].filter((n) => !specified.includes(n)).map((n) => `R${n}`);
    expect(untested, 'rules of docs/spec/SEMANTICS.md without a test named "R<n>: …"').toEqual([]);
    expect(unknown, 'tests named after a rule docs/spec/SEMANTICS.md does not have').toEqual([]);
  });

  it('the readers find rule definitions and rule tests in the forms used (so the checks above can fail)', () => {
    expect(specifiedRules('- **R5** — exit\n- **R6** — done\nnot - **R7**')).toEqual([5, 6]);
    expect(testedRules("it('R21: sync inline', …); test(\"R3 one stage\"); it.each([1])('R40: %s'); it('covers R9')")).toEqual([21, 3, 40]);
  });
});
