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
