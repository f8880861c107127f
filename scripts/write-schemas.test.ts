import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemas, SCHEMA_DIR } from './write-schemas';

describe('docs/schema', () => {
  it.each(Object.entries(renderSchemas()))('%s is current (run `npm run schema` after changing src/model/schema.ts)', (file, text) => {
    let written = '';
    try {
      written = readFileSync(`${SCHEMA_DIR}${file}`, 'utf8');
    } catch {
      written = '(missing)';
    }
    expect(written).toBe(text);
  });

  it('describes the documents (format, stages, requirement operators)', () => {
    const orchestration = JSON.parse(renderSchemas()['orchestration.schema.json']!) as { properties: Record<string, unknown>; required: string[] };
    expect(orchestration.required).toEqual(expect.arrayContaining(['format', 'version', 'name', 'stages']));
    expect(JSON.stringify(orchestration)).toContain('"GreaterThanOrEqualTo"');
  });
});
