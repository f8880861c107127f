/**
 * API names (FORMAT.md §1): a letter, then letters, digits and single underscores; no trailing
 * underscore, no `__`; at most 80 characters. `$Record` is the one exception (the triggering
 * record of a record-triggered orchestration).
 */
export const API_NAME_PATTERN = /^[A-Za-z](?:_?[A-Za-z0-9])*$/;
export const API_NAME_MAX = 80;
export const RECORD_VARIABLE = '$Record';
export const AUTOMATED_PROCESS_USER = '$AutomatedProcessUser';

const STARTS_WITH_LETTER = /^[A-Za-z]/;

/** Why `name` is not a valid API name, or null when it is. */
export function apiNameProblem(name: string): string | null {
  // The pattern alone rules out every problem below but the length: a valid name (every name of a
  // big design) is answered with one test, and the checks that word a problem run only for a bad one.
  if (name.length <= API_NAME_MAX && API_NAME_PATTERN.test(name)) return null;
  if (name.length === 0) return 'API name is required';
  if (name.length > API_NAME_MAX) return `API name "${name.slice(0, 20)}…" is longer than ${API_NAME_MAX} characters`;
  // "letter" alone read wrong for "Étape": é is a letter, but not one an API name may hold
  if (!STARTS_WITH_LETTER.test(name)) return `API name "${name}" must start with a letter A–Z or a–z`;
  if (name.includes('__')) return `API name "${name}" cannot contain two underscores in a row`;
  if (name.endsWith('_')) return `API name "${name}" cannot end with an underscore`;
  if (!API_NAME_PATTERN.test(name)) return `API name "${name}" can contain only letters A–Z and a–z, digits and underscores`;
  return null;
}

/** `ns__Flow_Name` as the managed package prefix and the flow's own API name, each an API name; else null. */
function splitPackaged(name: string): { namespace: string; own: string } | null {
  const at = name.indexOf('__');
  if (at < 0 || name.length > API_NAME_MAX) return null;
  const namespace = name.slice(0, at);
  const own = name.slice(at + 2);
  return apiNameProblem(namespace) === null && apiNameProblem(own) === null ? { namespace, own } : null;
}

/**
 * Why `name` is not a valid flow API name, or null when it is. FORMAT.md §1 allows no `__` in an
 * API name. A flow installed from a managed package is referenced as `namespace__Flow_Name` (an
 * orchestration step's `actionName`, a subflow's `flowName`), so a catalog entry that says so —
 * `package` holding that prefix — may carry such a name: the one place two underscores in a row are
 * accepted. A subscriber's prefix has at most 15 characters, but Salesforce's own packages' are
 * longer (`setup_service_experience__Create_Case`), so no length is asked of it beyond the name's.
 * Survey 6 found an Active orchestration calling two such flows.
 */
export function flowNameProblem(name: string, packagePrefix?: string): string | null {
  if (!name.includes('__')) return apiNameProblem(name);
  const packaged = splitPackaged(name);
  if (packaged && packagePrefix !== undefined && packaged.namespace === packagePrefix) return null;
  if (packaged && packagePrefix === undefined) {
    return `API name "${name}" cannot contain two underscores in a row; a flow installed from the managed package "${packaged.namespace}" says so with "package": "${packaged.namespace}"`;
  }
  if (packaged) return `API name "${name}" does not start with its package's prefix "${packagePrefix ?? ''}" (namespace__Flow_Name)`;
  return `API name "${name}" cannot contain two underscores in a row, except after a managed package's namespace prefix (namespace__Flow_Name)`;
}

/**
 * The managed package a flow name comes from (`ns__Flow_Name` → `ns`), or null for a name of the
 * org's own: such a flow is installed with its package, never one of a project's files.
 */
export function packageNamespace(name: string): string | null {
  return splitPackaged(name)?.namespace ?? null;
}

/** Turns a free-text label into an API name ("Reserve stock!" → "Reserve_stock"). */
export function apiNameFromLabel(label: string): string {
  // NFKD splits an accented letter into its base letter and a combining mark; the mark is dropped,
  // so "Crédit" is Credit (read as a separator, it made Cre_dit)
  const words = label.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z0-9]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  let name = words.join('_');
  if (!/^[A-Za-z]/.test(name)) name = `X${name ? '_' + name : ''}`;
  return name.slice(0, API_NAME_MAX).replace(/_+$/, '');
}

/** `base`, or `base_2`, `base_3`… — the first that is not taken. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = base.slice(0, API_NAME_MAX - suffix.length).replace(/_+$/, '') + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
