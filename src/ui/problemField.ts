/**
 * Which control of the Properties panel a problem is about (docs/editor.md, "The Problems list").
 * Each field carries the JSON path it reads its problems at (`problems.at(path)`) as
 * `data-problem-path`, so a problem's path finds its field with no table kept beside the forms: the
 * exact path first, then the nearest enclosing path that a field or section carries
 * (`…requirements[1].right.ref` → `…requirements[1].right` → `…requirements[1]`), never climbing
 * out of the selected element (its form is the only one shown, and the orchestration form's
 * paths must not catch a step's problem while the step's form is still being drawn).
 */

/** The attribute a field's control (or a section holding several) carries its problem path in. */
export const PROBLEM_PATH_ATTRIBUTE = 'data-problem-path';

/** The props that put `path` on an element: nothing when there is no path (a multi-selection's shared field). */
export function problemPathProps(path: string | undefined): { 'data-problem-path'?: string } {
  return path === undefined ? {} : { 'data-problem-path': path };
}

/** The path of the element a problem belongs to (`stages[0].steps[2]`), '' for the orchestration's own. */
export function elementPathOf(path: string): string {
  return /^(?:stages\[\d+\](?:\.steps\[\d+\])?|decisions\[\d+\])/.exec(path)?.[0] ?? '';
}

/**
 * `path`, then each enclosing path inside its element, nearest first: `a.b[1].c` → `a.b[1]` → `a.b`.
 * The element's own path is not one (its form is a whole, not a field).
 */
export function problemPathCandidates(path: string): string[] {
  const element = elementPathOf(path);
  const candidates: string[] = [];
  let current = path;
  while (current.length > element.length) {
    candidates.push(current);
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) break;
    current = current.slice(0, cut);
  }
  return candidates;
}

const CONTROLS = 'input, select, textarea';
const FOCUSABLE = `${CONTROLS}, button, [tabindex]:not([tabindex="-1"])`;

function canFocus(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || (el as HTMLInputElement).disabled) return false;
  // a radio group is one Tab stop, its checked radio: an unchecked one is not where a user lands
  return !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked);
}

/** `el` itself when it takes focus, else the first form control inside it, else its first button. */
function focusTarget(el: Element): HTMLElement | null {
  if (el.matches(FOCUSABLE) && canFocus(el)) return el as HTMLElement;
  const inside = (selector: string) => [...el.querySelectorAll(selector)].find(canFocus) ?? null;
  return inside(CONTROLS) ?? inside(FOCUSABLE);
}

export interface ProblemControl {
  control: HTMLElement;
  /** True when the control carries the problem's own path, not an enclosing one's. */
  exact: boolean;
}

/**
 * The control under `root` the problem at `path` is about: of the elements carrying the nearest
 * candidate path, one that takes focus itself (the field's control) before one that holds controls
 * (a requirement row, a section). Null when no field of that element is drawn.
 */
export function findProblemControl(root: ParentNode, path: string): ProblemControl | null {
  const marked = [...root.querySelectorAll(`[${PROBLEM_PATH_ATTRIBUTE}]`)];
  const candidates = problemPathCandidates(path);
  for (const candidate of candidates) {
    // compared as strings: a path holds brackets and quotes a CSS selector would have to escape
    const carrying = marked.filter((el) => el.getAttribute(PROBLEM_PATH_ATTRIBUTE) === candidate);
    const own = carrying.find((el): el is HTMLElement => el.matches(FOCUSABLE) && canFocus(el));
    const control = own ?? carrying.map(focusTarget).find((el) => el !== null);
    if (control) return { control, exact: candidate === path };
  }
  return null;
}

/** Opens every closed <details> around `el`, so focus does not go to a control the user cannot see. */
export function revealControl(el: HTMLElement): void {
  for (let at = el.parentElement; at; at = at.parentElement) {
    if (at instanceof HTMLDetailsElement && !at.open) at.open = true;
  }
}
