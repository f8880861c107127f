/**
 * An element a message names by its JSON path — 'the API name "Prepare" is already used by the stage
 * at stages[0]' — named in words in the editor: 'already used by stage “Intake” (1st stage)'. The
 * validator keeps the path (the CLI prints `<file>: <path>: <message>`, where a path is the address,
 * docs/cli.md); the Problems list, the Properties panel's field notes and the canvas markers, which
 * show no paths, named the other element only by one (docs/editor.md, *chosen*). The label says
 * which element, and its place in order tells two of the same label apart; the API name is not
 * repeated, as it is the duplicate name the message has just quoted.
 */
import type { Orchestration } from './types';

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st: an index counted from 1, as a person counts. */
export function ordinal(index: number): string {
  const n = index + 1;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

interface Item {
  name?: unknown;
  label?: unknown;
  username?: unknown;
}

const KINDS: Record<string, string> = { stages: 'stage', steps: 'step', decisions: 'decision', variables: 'variable', formulas: 'formula', flows: 'flow', outcomes: 'outcome', users: 'user' };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** What an item is called in the editor: its label, else its name (a user's username). */
const shownName = (item: Item): string | undefined => text(item.label) ?? text(item.name) ?? text(item.username);

/**
 * The element at `path` (`stages[1].steps[0]`, `decisions[0].outcomes[1]`, `variables[2]`) in
 * words: 'step “Review” (1st step of stage “Prepare”)'; null for a path that names no such element.
 */
export function elementAtPathInWords(doc: Orchestration, path: string): string | null {
  const segments = [...path.matchAll(/([A-Za-z]+)\[(\d+)\]/g)];
  if (segments.length === 0 || segments.map((s) => s[0]).join('.') !== path) return null;
  let holder: unknown = doc;
  const items: Array<{ kind: string; index: number; item: Item }> = [];
  for (const [, list, index] of segments) {
    const kind = KINDS[list!];
    const array = (holder as Record<string, unknown> | undefined)?.[list!];
    const item: unknown = Array.isArray(array) ? array[Number(index)] : undefined;
    if (kind === undefined || typeof item !== 'object' || item === null) return null;
    items.push({ kind, index: Number(index), item: item as Item });
    holder = item;
  }
  const last = items[items.length - 1]!;
  const name = shownName(last.item);
  if (name === undefined) return null;
  // a step is counted within its stage, which is named: "3rd step" alone would send the admin looking through every stage
  const parent = items.length > 1 && last.kind === 'step' ? shownName(items[items.length - 2]!.item) : undefined;
  return `${last.kind} “${name}” (${ordinal(last.index)} ${last.kind}${parent === undefined ? '' : ` of stage “${parent}”`})`;
}

/** `message` with each 'the stage at stages[0]' (step, decision…) given as the element in words. */
export function pathsInWords(doc: Orchestration, message: string): string {
  return message.replace(/\bthe (stage|step|decision|variable|formula|flow|outcome|user) at ([A-Za-z]+\[\d+\](?:\.[A-Za-z]+\[\d+\])*)/g, (whole: string, kind: string, path: string) => {
    const words = elementAtPathInWords(doc, path);
    return words !== null && words.startsWith(`${kind} `) ? words : whole;
  });
}
