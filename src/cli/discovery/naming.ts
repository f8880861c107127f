/**
 * The naming convention that ties scenarios to their design, next to it in the same folder:
 * `order.json` (or `Order.flow-meta.xml`) with `order.scenario.json` and/or every `*.json` in
 * `order.scenarios/`. A design exported by the app is `Order.orchestration.json`: its scenarios are
 * `Order.scenario.json` / `Order.scenarios/` — the names the app's Download scenario gives — and,
 * as before, `Order.orchestration.scenario.json` / `Order.orchestration.scenarios/`.
 */
import { basename, dirname, join } from 'node:path';
import { isFlowFile } from '../../io/project/paths';
import type { CliIo } from '../cliIo';

const DESIGN_SUFFIX = /(\.flow-meta\.xml|\.xml|\.flow|\.json)$/i;

/** `order` for `dir/order.json`, `dir/order.flow-meta.xml` and `dir/order.flow` (a retrieved package's file). */
export function designStem(file: string): string {
  return basename(file).replace(DESIGN_SUFFIX, '');
}

export const isScenarioFileName = (name: string): boolean => /\.scenario\.json$/i.test(name);
export const isScenarioFolderName = (name: string): boolean => /\.scenarios$/i.test(name);
/** A Flow XML design: `.flow-meta.xml`, or a retrieved package's `.flow` (io/project/paths.ts). */
export const isXmlDesignName = (name: string): boolean => isFlowFile(name);

/** Every `*.json` directly in `folder`, sorted (empty when there is no such folder). */
export async function jsonFilesIn(io: CliIo, folder: string): Promise<string[]> {
  if ((await io.pathKind?.(folder)) !== 'directory') return [];
  return (await io.listDir!(folder)).filter((e) => !e.directory && /\.json$/i.test(e.name)).map((e) => join(folder, e.name));
}

/** The app's export suffix: `Order.orchestration.json` is the design `Order`. */
const EXPORTED = /\.orchestration$/i;

/** The stems a design's scenarios are named after: its own, and for an app export also its name without `.orchestration`. */
function stemsOf(designFile: string): string[] {
  const stem = join(dirname(designFile), designStem(designFile));
  return /\.json$/i.test(designFile) && EXPORTED.test(stem) ? [stem.replace(EXPORTED, ''), stem] : [stem];
}

/** The scenario files beside a design file: `<stem>.scenario.json`, then `<stem>.scenarios/*.json` (each stem in turn). */
export async function scenariosBeside(io: CliIo, designFile: string): Promise<string[]> {
  const found: string[] = [];
  for (const stem of stemsOf(designFile)) {
    const single = `${stem}.scenario.json`;
    if ((await io.pathKind?.(single)) === 'file') found.push(single);
    found.push(...(await jsonFilesIn(io, `${stem}.scenarios`)));
  }
  return found;
}

/**
 * The design a scenario file belongs to by the convention (`x.scenario.json` or `x.scenarios/s.json`
 * → `x.json`, else `x.orchestration.json`, else `x.flow-meta.xml`, else `x.flow`), or null.
 */
export async function designOfScenario(io: CliIo, scenarioFile: string): Promise<string | null> {
  const folder = dirname(scenarioFile);
  const stem = isScenarioFileName(basename(scenarioFile))
    ? join(folder, basename(scenarioFile).replace(/\.scenario\.json$/i, ''))
    : isScenarioFolderName(basename(folder)) ? join(dirname(folder), basename(folder).replace(/\.scenarios$/i, '')) : null;
  if (stem === null) return null;
  for (const candidate of [`${stem}.json`, `${stem}.orchestration.json`, `${stem}.flow-meta.xml`, `${stem}.flow`]) {
    if ((await io.pathKind?.(candidate)) === 'file') return candidate;
  }
  return null;
}
