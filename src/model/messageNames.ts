/**
 * The elements a problem's message names, as a person knows them: `step "Welcome_Email" cannot wait
 * for itself` reads `step “Welcome email” (Welcome_Email) cannot wait for itself` in the editor. The
 * validator's messages keep API names (FORMAT.md: the CLI prints `<file>: <path>: <message>`, and an
 * API name is what a file holds); the editor shows labels everywhere else, so its problem texts
 * (the Properties panel's fields, the Problems list, the canvas's markers, the Run and Export
 * notices) name an element by its label, with its API name after it, as the step pickers do.
 */
import type { Orchestration } from './types';
import { pathsInWords } from './pathWords';

/**
 * Words before a quoted name that say it is not an element's name, though it may be spelt like one:
 * a flow, variable or formula of the same name; the API name being checked; a suggestion to type.
 */
const NOT_AN_ELEMENT = /\b(?:flow|variable|formula|output|input|field|resource|user|username|assignee|outcome|name|named|mean|Id)\s*$/i;

/** An API name between straight quotes: a letter first, then letters, digits and underscores. */
const QUOTED_NAME = /"([A-Za-z][A-Za-z0-9_]*)"/g;

/** Each document's labels by API name, once per document (documents are not changed, only replaced): a 2,000-step design's 3,000 problems built the map 3,000 times. */
const LABELS = new WeakMap<Orchestration, ReadonlyMap<string, string> | null>();

/**
 * Element API name → its label (the name when it has none), for the stages, steps and decisions of
 * `doc`; null for a document the validator could not read either. The one map every message and
 * expectation is worded with.
 */
export function labelsOf(doc: Orchestration): ReadonlyMap<string, string> | null {
  const known = LABELS.get(doc);
  if (known !== undefined) return known;
  let labels: Map<string, string> | null = new Map<string, string>();
  try {
    for (const stage of doc.stages) {
      labels.set(stage.name, stage.label ?? stage.name);
      for (const step of stage.steps) labels.set(step.name, step.label ?? step.name);
    }
    for (const decision of doc.decisions ?? []) labels.set(decision.name, decision.label ?? decision.name);
  } catch {
    labels = null;
  }
  LABELS.set(doc, labels);
  return labels;
}

/**
 * `message` with each quoted element API name of `doc` given as “Label” (API_Name), and each element
 * it names by path as 'stage “Intake” (1st stage)' (model/pathWords.ts).
 */
export function namesInWords(doc: Orchestration, message: string): string {
  const labels = labelsOf(doc);
  // a document the validator could not read either (its problem says so): the message as it is
  if (labels === null) return message;
  const named = message.replace(QUOTED_NAME, (whole: string, name: string, at: number) => {
    const label = labels.get(name);
    if (label === undefined || label === name || NOT_AN_ELEMENT.test(message.slice(0, at))) return whole;
    return `“${label}” (${name})`;
  });
  // last, so a label with straight quotes in it is not read as a name: 'already used by the stage at stages[0]'
  return pathsInWords(doc, named);
}

/**
 * `text` with each quoted element API name given as its label alone, “Label”, for text beside which
 * the UI names elements by label only (a scenario's expectations: “Step “Ship order” never
 * starts…”): the engine's reason read 'its stage "Ship_Order" completed' beside it. `labels` maps an
 * element's API name to its label (the name when it has none); other quoted names are left as they are.
 */
export function quotedNamesAsLabels(text: string, labels: ReadonlyMap<string, string>): string {
  return text.replace(QUOTED_NAME, (whole: string, name: string, at: number) => {
    const label = labels.get(name);
    return label === undefined || NOT_AN_ELEMENT.test(text.slice(0, at)) ? whole : `“${label}”`;
  });
}
