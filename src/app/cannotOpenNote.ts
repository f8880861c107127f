/**
 * Why a start design — a share link, a sample — cannot be opened, in the words Import, Run and Save
 * use for a problem's place ('Step “Notify” in stage “Work” (Flow): …', model/problemPlace.ts), not
 * its JSON path ("stages[0].steps[0].flow: …"), which told an admin opening a link nothing. A
 * design that did not open has no document to place it in, so it is placed in the JSON as read; a
 * problem not in the design (the text is no JSON, a position in it) keeps its place as the reader gave it.
 */
import { problemInWords } from '../model/problemPlace';
import type { Orchestration, Problem } from '../model/types';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Elements the words can name: each an object with an API name (a label, when it has one, in words). */
const named = (list: unknown): boolean => Array.isArray(list) && list.every((e) => isObject(e) && typeof e.name === 'string' && (e.label === undefined || typeof e.label === 'string'));

/**
 * The JSON `text` as a document to place problems in, else null: its stages, their steps and its
 * decisions named as the words name them ('Stage “undefined”' named nothing).
 */
function draftOf(text: string): Orchestration | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || !named(value.stages) || (value.decisions !== undefined && !named(value.decisions))) return null;
  return (value.stages as Record<string, unknown>[]).every((stage) => named(stage.steps)) ? (value as Orchestration) : null;
}

/** A problem of the design `text` could not open as, in the admin's words where it is in the design. */
function problemAt(text: string | null, problem: Problem): string {
  // "1:6": a line and column of the text, which the design has no place for
  const draft = text === null || /^\d+:\d+$/.test(problem.path) ? null : draftOf(text);
  if (draft !== null) {
    try {
      return problemInWords(draft, problem);
    } catch {
      // a part not shaped as a design's (a stage that is a number): placed by its path
    }
  }
  return `${problem.path || 'document'}: ${problem.message}`;
}

/**
 * 'Sample "x" cannot be opened: Step “Notify” in stage “Work” (Flow): … Starting with an empty design.'
 * `what` names the design; `none` says why when no problem was given.
 */
export function cannotOpenNote(what: string, text: string | null, problems: readonly Problem[], none: string): string {
  const first = problems[0];
  return `${what} cannot be opened: ${first ? problemAt(text, first) : none}. Starting with an empty design.`;
}
