/**
 * One warning for one cause. Several readers may read one metadata file for what each needs — a
 * retrieved package's `objects/Case.object` for its fields and for its record types, a field file
 * for its picklist and for the child relationship it declares — and each said the same fault in its
 * own warning: two lines in the project report and on stderr for one stray "<" (a consultant in CI
 * counts them as two problems). The warnings of one file at one place (the same line:col, or both
 * about its root element) become one, naming every reader it stopped — `object metadata and record
 * types not read: 13:20: "<<" is not a valid element name…` — in the first one's words (*chosen*,
 * docs/projects.md).
 */
import type { ProjectProblem } from './types';

const NOT_READ = /^(.+?) not read: ([\s\S]*)$/;
const ROOT = /^(?:its |the )root element is /;

/** Where a "not read" warning's cause is, for telling two readers' words for one fault; null when it is not one. */
function placeOf(problem: ProjectProblem): string | null {
  if (problem.severity !== 'warning') return null;
  const match = NOT_READ.exec(problem.message);
  if (!match) return null;
  if (problem.line !== undefined) return `${problem.file}\u0000${problem.line}:${problem.column ?? 1}`;
  // a cap reached or a file that could not be opened has no place: each reader's words stay
  return ROOT.test(match[2]!) ? `${problem.file}\u0000root` : null;
}

/** `problems` with the "not read" warnings of one file at one place merged into the first, in order. */
export function problemsOnce(problems: readonly ProjectProblem[]): ProjectProblem[] {
  const kept: ProjectProblem[] = [];
  const first = new Map<string, { index: number; nouns: string[]; cause: string }>();
  for (const problem of problems) {
    const place = placeOf(problem);
    if (place === null) {
      kept.push(problem);
      continue;
    }
    const [, noun, cause] = NOT_READ.exec(problem.message)!;
    const earlier = first.get(place);
    if (!earlier) {
      first.set(place, { index: kept.length, nouns: [noun!], cause: cause! });
      kept.push(problem);
      continue;
    }
    if (earlier.nouns.includes(noun!)) continue;
    earlier.nouns.push(noun!);
    const nouns = earlier.nouns.length === 2 ? earlier.nouns.join(' and ') : `${earlier.nouns.slice(0, -1).join(', ')} and ${earlier.nouns.at(-1)}`;
    kept[earlier.index] = { ...kept[earlier.index]!, message: `${nouns} not read: ${earlier.cause}` };
  }
  return kept.length === problems.length ? [...problems] : kept;
}
