/** The lint rules that keep eval, new Function and raw HTML out of the code base really fire. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesHit(code: string, filePath = 'src/panels/Probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('security lint rules', () => {
  it('refuses eval and new Function', async () => {
    expect(await rulesHit('export const a = eval("1");\n')).toContain('no-eval');
    expect(await rulesHit('export const f = new Function("return 1");\n')).toContain('no-new-func');
  });

  it('refuses dangerouslySetInnerHTML in JSX and as a property', async () => {
    const jsx = 'export function A({ t }: { t: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: t }} />;\n}\n';
    expect(await rulesHit(jsx)).toContain('no-restricted-syntax');
    expect(await rulesHit('export const p = { dangerouslySetInnerHTML: 1 };\nexport const q = p.dangerouslySetInnerHTML;\n')).toContain('no-restricted-properties');
  });

  it('keeps UI libraries out of the engine', async () => {
    expect(await rulesHit("import { create } from 'zustand';\nexport const c = create;\n", 'src/engine/probe.ts')).toContain('no-restricted-imports');
  });
});
