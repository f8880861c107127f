/**
 * What a step or condition keeps of its input and output mapping when another flow is chosen for
 * it: the rows the new flow also declares. Mending a link — a step that called
 * `Recruiter_Phone_Scren`, set to the project's `Recruiter_Phone_Screen` — is a change of flow
 * too, and clearing every row then lost the admin's mapping of inputs the right flow declares
 * under the same names (docs/editor.md, "Choosing another flow"; *chosen*).
 */

/**
 * The entries of `values` whose key `declared` also lists, under the declared spelling: a flow
 * variable's name is matched ignoring case, as Salesforce matches API names. Undefined when none
 * is kept, so an empty mapping is left out of the document.
 */
export function keptForFlow<T>(values: Readonly<Record<string, T>> | undefined, declared: readonly string[] | undefined): Record<string, T> | undefined {
  if (!values || !declared?.length) return undefined;
  const byLowerName = new Map(declared.map((name) => [name.toLowerCase(), name]));
  const kept: Record<string, T> = {};
  for (const [key, value] of Object.entries(values)) {
    const name = byLowerName.get(key.toLowerCase());
    if (name !== undefined && !Object.hasOwn(kept, name)) kept[name] = value;
  }
  return Object.keys(kept).length ? kept : undefined;
}

/** The keys of `values` that `declared` does not list (ignoring case): what keptForFlow leaves out. */
export function droppedForFlow(values: Readonly<Record<string, unknown>> | undefined, declared: readonly string[] | undefined): string[] {
  const names = new Set((declared ?? []).map((name) => name.toLowerCase()));
  return Object.keys(values ?? {}).filter((key) => !names.has(key.toLowerCase()));
}

/**
 * What the user is told when another flow drops mapped rows: which, and that they went — the
 * notice offers Undo. `flow`: the new flow's label, or null when no flow is chosen.
 */
export function droppedNotice(flow: string | null, inputs: readonly string[], outputs: readonly string[]): string | null {
  const rows = [...inputs.map((name) => `input ${name}`), ...outputs.map((name) => `output ${name}`)];
  if (rows.length === 0) return null;
  const one = rows.length === 1;
  const list = one ? rows[0]! : `${rows.slice(0, -1).join(', ')} and ${rows.at(-1)!}`;
  if (flow === null) return `With no flow, the ${one ? 'mapping' : 'mappings'} of ${list} ${one ? 'was' : 'were'} removed.`;
  return `“${flow}” has no ${list}: ${one ? 'its mapping was' : 'their mappings were'} removed.`;
}
