/**
 * Writes the JSON Schemas of the three documents (docs/schema/*.schema.json) from the zod schemas
 * with zod 4's `z.toJSONSchema`. `npm run schema` regenerates them; write-schemas.test.ts fails
 * when the committed files are not current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { Orchestration, Scenario, Trace } from '../src/model/schema';

export const SCHEMA_DIR = fileURLToPath(new URL('../docs/schema/', import.meta.url));

const DOCUMENTS = [
  { file: 'orchestration.schema.json', schema: Orchestration, title: 'Stageflow orchestration (FORMAT.md §2)' },
  { file: 'scenario.schema.json', schema: Scenario, title: 'Stageflow scenario (FORMAT.md §3)' },
  { file: 'trace.schema.json', schema: Trace, title: 'Stageflow trace (FORMAT.md §4)' },
] as const;

/** The text of each schema file, by file name. */
export function renderSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const { file, schema, title } of DOCUMENTS) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
    files[file] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return files;
}

function main(): void {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of Object.entries(renderSchemas())) {
    writeFileSync(`${SCHEMA_DIR}${file}`, text);
    console.log(`wrote docs/schema/${file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
