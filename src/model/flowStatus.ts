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

/** "a Draft version", "an Invalid draft version", as a message says which version a file holds. */
export function flowStatusVersion(status: string): string {
  const label = flowStatusLabel(status);
  return `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label} version`;
}
