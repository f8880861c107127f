/**
 * A flow file's `<status>` in the words Setup shows an admin (Flows list view: "Active", "Draft",
 * "Invalid Draft" as "Invalid draft", "Obsolete"), wherever the app or a message shows it: the file
 * writes `InvalidDraft`, which reads as a typo. A status Salesforce does not define is shown as
 * written.
 */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  Active: 'Active',
  Draft: 'Draft',
  InvalidDraft: 'Invalid draft',
  Obsolete: 'Obsolete',
};

export function flowStatusLabel(status: string): string {
  return Object.hasOwn(STATUS_WORDS, status) ? STATUS_WORDS[status]! : status;
}

/**
 * " (its file force-app/…/Reserve.flow-meta.xml is a Draft version)", or "" without a file: which
 * file holds an inactive flow's version, in one wording for the validator (validateFlows.ts), the
 * engine's step error and its evaluation-flow explanation (engine/inactiveFlowFile.ts).
 */
export function inactiveFileWords(file: { readonly path: string; readonly status?: string | null } | null | undefined): string {
  if (!file?.path) return '';
  return ` (its file ${file.path}${file.status ? ` is ${flowStatusVersion(file.status)}` : ''})`;
}

/** "a Draft version", "an Invalid draft version", as a message says which version a file holds. */
export function flowStatusVersion(status: string): string {
  const label = flowStatusLabel(status);
  return `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label} version`;
}
