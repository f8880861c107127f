/**
 * `stageflow.config.json`: a manifest listing what `stageflow test` and `stageflow coverage` run,
 * for repositories whose scenarios do not sit beside their designs. Paths are relative to the
 * manifest's folder.
 *
 * ```json
 * { "tests": [
 *     { "design": "designs/order.json" },
 *     { "design": "force-app/main/default/flows/Order.flow-meta.xml", "scenarios": ["tests/order"] },
 *     { "project": ".", "orchestration": "Order_Fulfilment", "scenarios": ["tests/order/slow.json"] } ] }
 * ```
 * `scenarios` lists files or folders (every `*.json` directly inside); without it, a design's
 * scenarios are the ones beside it (naming.ts).
 */
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { parseJsonText } from '../../io/jsonText';
import { emptyInputLine } from '../emptyInput';
import { schemaProblems } from '../../model/validateSchema';
import type { CliIo } from '../cliIo';
import { jsonFilesIn, scenariosBeside } from './naming';
import type { Discovery, DiscoveryProblem, Suite } from './suite';

export const MANIFEST_NAME = 'stageflow.config.json';

const path = z.string().min(1, 'give a path');
const scenarios = z.array(path).optional();

export const Manifest = z.looseObject({
  tests: z.array(z.union([
    z.strictObject({ design: path, scenarios }),
    z.strictObject({ project: path, orchestration: z.string().min(1, 'give the orchestration\'s API name'), scenarios: z.array(path).min(1, 'list the scenarios of a project orchestration') }),
  ], { error: 'each test is { "design", "scenarios"? } or { "project", "orchestration", "scenarios" }' })).min(1, 'list at least one test'),
});

/** A path the manifest gives: relative to the manifest's folder, or absolute as written. */
const under = (base: string, entry: string) => (isAbsolute(entry) ? entry : join(base, entry));

/** The scenario files a manifest entry lists: files as given, folders expanded (sorted). */
async function expand(io: CliIo, base: string, entries: readonly string[], at: string, problems: DiscoveryProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const [i, entry] of entries.entries()) {
    const full = under(base, entry);
    const kind = await io.pathKind!(full);
    if (kind === 'directory') files.push(...(await jsonFilesIn(io, full)));
    else if (kind === 'file') files.push(full);
    else problems.push({ file: full, line: `${at}[${i}]: "${entry}" does not exist (looked for ${full})` });
  }
  return files;
}

/** The suites a manifest lists; problems name the manifest and the JSON path of each bad entry. */
export async function readManifest(io: CliIo, file: string): Promise<Pick<Discovery, 'suites' | 'problems'>> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    return { suites: [], problems: [{ file, line: `${file}: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const empty = emptyInputLine(file, text);
  if (empty !== null) return { suites: [], problems: [{ file, line: empty }] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { suites: [], problems: [{ file, line: `${file}: ${parsed.problem.path ? `${parsed.problem.path}: ` : ''}${parsed.problem.message}` }] };
  const structure = schemaProblems(Manifest, parsed.value);
  if (!structure.ok) return { suites: [], problems: structure.problems.map((p) => ({ file, line: `${file}: ${p.path ? `${p.path}: ` : ''}${p.message}` })) };
  const base = dirname(file);
  const suites: Suite[] = [];
  const problems: DiscoveryProblem[] = [];
  for (const [i, test] of structure.data.tests.entries()) {
    const at = `${file}: tests[${i}]`;
    if ('project' in test) {
      suites.push({ design: { kind: 'project', folder: under(base, test.project), orchestration: test.orchestration }, scenarios: await expand(io, base, test.scenarios, `${at}.scenarios`, problems) });
      continue;
    }
    const design = under(base, test.design);
    const kind = await io.pathKind!(design);
    if (kind !== 'file') {
      // a folder is not "missing": it is a project, which a `project` entry names with its orchestration
      const why = kind === 'directory'
        ? `is a folder, not a design file (for an orchestration of an SFDX project in it: { "project": "${test.design}", "orchestration": "<ApiName>", "scenarios": [...] })`
        : `does not exist (looked for ${design})`;
      problems.push({ file: design, line: `${at}.design: "${test.design}" ${why}` });
      continue;
    }
    const listed = test.scenarios ? await expand(io, base, test.scenarios, `${at}.scenarios`, problems) : await scenariosBeside(io, design);
    suites.push({ design: { kind: 'file', file: design }, scenarios: listed });
  }
  return { suites, problems };
}
