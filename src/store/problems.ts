/**
 * The open document's validation problems, indexed once per document version and shared by every
 * reader: the canvas markers, the properties panel's fields, Run, export and the test hook. A
 * validator that throws becomes one warning (the UI never breaks on it) rather than silence.
 *
 * The validator (zod schemas and rules) is not part of the page's first JavaScript: the app hands
 * it to the store once loaded (`setValidator`), before the start design opens. Until then every
 * document has no problems yet, and Run and Export wait (`validatorReady`).
 */
import { causeError } from '../model/problemCauses';
import type { Orchestration, Problem } from '../model/types';
import { messageAfterPlace, problemPlace } from '../model/problemPlace';

export type Validator = (doc: Orchestration) => Problem[];

/** A warning that only follows from an error elsewhere (model/problemCauses.ts), with that error. */
export interface Consequence {
  problem: Problem;
  cause: Problem;
}

export interface ProblemIndex {
  /** Every problem, errors and warnings, in the validator's order. */
  readonly all: readonly Problem[];
  /** The problems that block a run and an export. */
  readonly errors: readonly Problem[];
  /**
   * Messages of the problems exactly at `path` (warnings prefixed "Warning: "), without the
   * consequences of an error elsewhere: those are shown as such (`consequencesAt`), not as a fault of the field.
   */
  at(path: string): string[];
  /** The warnings exactly at `path` that only follow from an error elsewhere, each with that error. */
  consequencesAt(path: string): Consequence[];
  /** Problems at `prefix` or inside it (`prefix.x`, `prefix[0]`); '' is the whole document. */
  under(prefix: string): Problem[];
}

const NONE: string[] = [];

function isInside(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/**
 * Indexes `problems` by JSON path. With `doc`, the messages `at` gives (the panel's fields) name its
 * elements by label and say the element the panel is about once, as "this step" (messageAfterPlace,
 * model/problemPlace.ts); `all` and `errors` keep the validator's words.
 */
export function indexProblems(problems: readonly Problem[], doc?: Orchestration): ProblemIndex {
  const errors = problems.filter((p) => p.severity === 'error');
  const byPath = new Map<string, Problem[]>();
  const consequences = new Map<string, Consequence[]>();
  for (const p of problems) {
    const cause = causeError(errors, p);
    if (cause) {
      consequences.set(p.path, [...(consequences.get(p.path) ?? []), { problem: p, cause }]);
      continue;
    }
    const list = byPath.get(p.path);
    if (list) list.push(p);
    else byPath.set(p.path, [p]);
  }
  // worded when a field asks (the selected element's form), once per path: wording each of a big
  // design's thousands of problems on every edit cost more than the validation
  const worded = new Map<string, string[]>();
  const wordsAt = (path: string): string[] => {
    const known = worded.get(path);
    if (known) return known;
    // the field is in the form of the element the problem's place names: it is said once ("choose the flow this step runs")
    const messages = (byPath.get(path) ?? []).map((p) => {
      const message = doc ? messageAfterPlace(doc, p.message, problemPlace(doc, p.path)) : p.message;
      return p.severity === 'warning' ? `Warning: ${message}` : message;
    });
    worded.set(path, messages);
    return messages;
  };
  return {
    all: problems,
    errors,
    at: (path) => (byPath.has(path) ? wordsAt(path) : NONE),
    consequencesAt: (path) => consequences.get(path) ?? [],
    under: (prefix) => problems.filter((p) => isInside(p.path, prefix)),
  };
}

/** `validate`, with a validator bug reported as a warning instead of thrown. */
export function safely(validate: Validator): Validator {
  return (doc) => {
    try {
      return validate(doc);
    } catch (error) {
      return [{ path: '', message: `validation failed: ${error instanceof Error ? error.message : String(error)}`, severity: 'warning' }];
    }
  };
}

const NOTHING_YET = indexProblems([]);

/** A memo of problem indexes by document (each store owns one; documents are immutable). */
export interface ProblemMemo {
  /** The index of `doc` (empty while no validator is set; then not memoised). */
  indexOf(doc: Orchestration): ProblemIndex;
  setValidator(validate: Validator): void;
  /**
   * Checks beyond the document's own rules, added to every index from now on (the project's: a
   * field its metadata does not declare; null: none). Indexes made before are dropped.
   */
  setExtraChecks(check: Validator | null): void;
  readonly ready: boolean;
  /** Seeds the memo with problems already computed for `doc` (an import validated it). */
  prime(doc: Orchestration, problems: readonly Problem[]): void;
}

export function createProblemMemo(validator?: Validator): ProblemMemo {
  let validate = validator ? safely(validator) : null;
  let extra: Validator | null = null;
  let memo = new WeakMap<Orchestration, ProblemIndex>();
  const withExtra = (doc: Orchestration, problems: readonly Problem[]): readonly Problem[] => (extra ? [...problems, ...extra(doc)] : problems);
  return {
    indexOf(doc) {
      let index = memo.get(doc);
      if (!index) {
        if (!validate) return NOTHING_YET;
        index = indexProblems(withExtra(doc, validate(doc)), doc);
        memo.set(doc, index);
      }
      return index;
    },
    setValidator(next) {
      validate = safely(next);
    },
    setExtraChecks(check) {
      extra = check ? safely(check) : null;
      memo = new WeakMap();
    },
    get ready() {
      return validate !== null;
    },
    prime(doc, problems) {
      memo.set(doc, indexProblems(withExtra(doc, problems), doc));
    },
  };
}
