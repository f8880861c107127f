/**
 * A problem's message after a place that has named its element — "Step “Welcome email” in stage
 * “Accounts and equipment” (Flow): …" — with that element, and a step's own stage, not named again.
 * The validator names them for the CLI (`<file>: <path>: <message>`, which has no place in words);
 * after the place the Problems list, the Run and Export notices and the import report read 'choose
 * the autolaunched flow that this step runs', where they read '…(Flow): choose the autolaunched flow
 * that step “Welcome email” (Welcome_Email) runs' (docs/editor.md, *chosen*).
 */

/** What the place has named: its element's API name and, for a step, its stage's. */
export interface NamedByPlace {
  element: string;
  stage?: string | undefined;
}

/**
 * Patterns by kind and name, built once: building them was most of the time a big design's markers
 * took (a 2,000-step design with every flow missing words 3,000 problems on each edit). Bounded.
 */
const PATTERNS = new Map<string, RegExp>();
function pattern(key: string, build: () => RegExp): RegExp {
  let found = PATTERNS.get(key);
  if (found === undefined) {
    if (PATTERNS.size > 20_000) PATTERNS.clear();
    found = build();
    PATTERNS.set(key, found);
  }
  return found;
}

/** `name` as a message names it: as the validator writes it, or as model/messageNames.ts words it. */
function named(name: string): string {
  const escaped = name.replace(/[^A-Za-z0-9_]/g, '\\$&');
  return String.raw`(?:"${escaped}"|“[^”]*” \(${escaped}\))`;
}

/**
 * The element opening the message — `step "X" cannot wait…`, `stage "S" can never complete…`,
 * `interactive step "X" needs an assignee…` — as "this step" ("this stage", "this interactive step").
 */
function openingAsThis(message: string, element: string): string {
  const own = pattern(`opening:${element}`, () => new RegExp(String.raw`^((?:background |interactive )?(?:step|stage|decision)) ${named(element)} `));
  return message.replace(own, 'this $1 ');
}

/**
 * The element named later in the message: 'choose the autolaunched flow that step "X" runs' →
 * 'that this step runs'; a circle of waits 'steps wait for each other in a circle…: "X" waits for
 * "Y" waits for "X"' → 'this step waits for “Y” waits for this step'; an outcome of the place's
 * decision, 'outcome "Big" of decision "Route" has no requirements' → 'outcome "Big" has no
 * requirements'.
 */
function laterAsThis(message: string, element: string): string {
  const own = named(element);
  return message
    .replace(pattern(`later:${element}`, () => new RegExp(String.raw`(?<=\S )((?:background |interactive )?step) ${own}(?=[\s,:;)]|$)`, 'g')), 'this $1')
    .replace(pattern(`circle:${element}`, () => new RegExp(String.raw`${own}(?= waits for )|(?<=\bwaits for )${own}(?= waits for |$)`, 'g')), 'this step')
    .replace(pattern(`outcome:${element}`, () => new RegExp(String.raw`^(outcome "[^"]*") of decision ${own} `)), '$1 ');
}

/**
 * A step's own stage, which the place names ("in stage “Ship order”"): 'a step can only wait for a
 * step of its own stage ("Ship_Order")' and 'the step's own stage "Ship_Order", which…' say "its own
 * stage" and "the step's own stage" alone.
 */
function ownStageUnnamed(message: string, stage: string): string {
  const own = named(stage);
  return message
    .replace(pattern(`stage():${stage}`, () => new RegExp(String.raw`(\bown stage) \(${own}\)`, 'g')), '$1')
    .replace(pattern(`stage:${stage}`, () => new RegExp(String.raw`(\bown stage) ${own}(?=[\s,:;)]|$)`, 'g')), '$1');
}

/** `message` after a place that has named `place`'s element (and a step's stage): each said once. */
export function ownElementAsThis(message: string, place: NamedByPlace): string {
  // each form of a name holds the API name itself: a message without it needs no pattern built (a big design words thousands)
  if (!message.includes(place.element) && (place.stage === undefined || !message.includes(place.stage))) return message;
  const once = laterAsThis(openingAsThis(message, place.element), place.element);
  return place.stage === undefined ? once : ownStageUnnamed(once, place.stage);
}

/**
 * A consequence's message after 'follows from the error at Step “Create accounts” (Flow)', which has
 * named the failing step: its first mention later — 'and “Create accounts” (Create_Accounts) can never
 * complete', 'it waits for "Create_Accounts", which can never complete' — reads "that step" ('and that
 * step can never complete'), as the words before it have just said which (docs/editor.md, *chosen*).
 */
export function failingStepAsThat(message: string, step: string): string {
  if (!message.includes(step)) return message;
  return message.replace(pattern(`failing:${step}`, () => new RegExp(String.raw`(?:\bstep )?${named(step)}(?=[\s,:;)]|$)`)), 'that step');
}
