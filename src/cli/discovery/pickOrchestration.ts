/**
 * `--orchestration <ApiName>` for `test` and `coverage`: of the designs found, only the one with
 * that API name — a project's orchestration by its API name, a Flow XML design by its file name
 * (`Order.flow-meta.xml` → `Order`), a JSON design by its file name without `.orchestration.json`
 * or `.json`. An exact match first, else ignoring case, as `--orchestration` does for a project.
 */
import { basename } from 'node:path';
import { apiNameOf, isFlowFile } from '../../io/project/paths';
import type { DesignSource, Suite } from './suite';

export function designApiName(source: DesignSource): string {
  if (source.kind === 'project') return source.orchestration;
  const file = basename(source.file);
  return isFlowFile(file) ? apiNameOf(file) : file.replace(/(\.orchestration)?\.json$/i, '');
}

/** The suites of the orchestration `name`, or the message that says it is not among those found. */
export function pickOrchestration(suites: readonly Suite[], name: string): { ok: true; suites: Suite[] } | { ok: false; message: string } {
  const exact = suites.filter((s) => designApiName(s.design) === name);
  const picked = exact.length > 0 ? exact : suites.filter((s) => designApiName(s.design).toLowerCase() === name.toLowerCase());
  if (picked.length > 0) return { ok: true, suites: picked };
  const names = [...new Set(suites.map((s) => designApiName(s.design)))].sort();
  return { ok: false, message: `--orchestration ${name}: no design of that name was found${names.length ? `; found: ${names.join(', ')}` : ''}` };
}
