/**
 * REGEX(text, regex_text): whether the whole text matches the pattern, as Salesforce's REGEX does
 * (Java regular expressions, matched against the entire string; a blank text is matched as empty).
 * Flows use it most in screen validation rules (an email, a phone number, a code's shape).
 *
 * The pattern comes from an imported, untrusted flow and JavaScript's engine has no time limit, so
 * a pattern is run only when it is safe and means the same in both engines:
 * - Java-only syntax (inline flags `(?i)`, possessive `a++`, atomic groups, `\p{…}` classes,
 *   `\A`/`\Z`/`\z`, `\Q…\E`) is not run: JavaScript would read it otherwise or not at all;
 * - a repeated group that itself repeats or has alternatives (`(a+)+`, `(a|ab)*`, `([\w-]+\.)+`),
 *   the shape of catastrophic backtracking, is not run: on an unlucky input it could take hours.
 * - adjacent repetitions backtrack against each other polynomially (`.*.*.*x` is n³ on a text of n
 *   characters), so a text is matched only when its length to the power of the pattern's
 *   unbounded repetitions stays under STEP_BUDGET (an email check, three repetitions, takes texts
 *   up to 464 characters; a pattern without unbounded repetition, any text).
 * Either stops the formula as unsupported, naming the reason; so does a pattern the engine cannot
 * read. Patterns over 1,000 characters are refused likewise, and texts over 100,000 characters.
 */
import { booleanValue } from '../../values';
import { FormulaFault } from '../errors';
import type { FunctionTable } from './formulaFunction';

const MAX_PATTERN = 1_000;
const MAX_TEXT = 100_000;
/** The most backtracking steps a match may take in the worst case: well under a second. */
const STEP_BUDGET = 1e8;

/** Java-only syntax: its shape, in the pattern as written (`raw`, for escapes) or in its structure (withoutClassesAndEscapes). */
const JAVA_ONLY: readonly { shape: RegExp; what: string; raw: boolean }[] = [
  { shape: /\\[pP]\{/, what: 'a \\p{…} character class', raw: true },
  { shape: /\\[AZzQEhR]/, what: 'a Java-only escape (\\A, \\Z, \\z, \\Q…\\E, \\h, \\R)', raw: true },
  { shape: /\(\?[a-zA-Z-]+[:)]/, what: 'inline flags such as (?i)', raw: false },
  { shape: /\(\?>/, what: 'an atomic group (?>…)', raw: false },
  { shape: /[*+?}]\+/, what: 'a possessive quantifier such as a++', raw: false },
];

/** Why `pattern` is not run (Java-only syntax, or a repeated group that repeats), or null when it is safe. */
export function regexRefusal(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN) return `the pattern is longer than ${MAX_PATTERN} characters`;
  const scrubbed = withoutClassesAndEscapes(pattern);
  for (const { shape, what, raw } of JAVA_ONLY) if (shape.test(raw ? pattern : scrubbed)) return `it uses ${what}, which JavaScript reads otherwise`;
  return nestedRepetition(scrubbed) ? 'a repeated group in it repeats or has alternatives itself, which can take unbounded time on some texts' : null;
}

/** The pattern with each character class and escaped character replaced by `x`, so only its structure is left. */
function withoutClassesAndEscapes(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') { out += 'x'; i++; continue; }
    if (c === '[') {
      // to the class's closing ], which may come first inside it ([]a]) and may be escaped
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      out += 'x';
      i = j;
      continue;
    }
    out += c;
  }
  return out;
}

/** A quantifier at `i` of a scrubbed pattern: its length and whether it repeats without bound (or more than once). */
function quantifierAt(s: string, i: number): { length: number; repeats: boolean } | null {
  const c = s[i];
  if (c === '*' || c === '+') return { length: s[i + 1] === '?' ? 2 : 1, repeats: true };
  if (c === '?') return { length: s[i + 1] === '?' ? 2 : 1, repeats: false };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(s.slice(i));
    if (!m) return null;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    return { length: m[0].length, repeats: max > 1 };
  }
  return null;
}

/** True when a group that is repeated (`*`, `+`, `{n,}`, `{n,m}` with m > 1) holds a quantifier or an alternative. */
function nestedRepetition(s: string): boolean {
  const groups: { inner: boolean }[] = [{ inner: false }];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') {
      groups.push({ inner: false });
      if (s[i + 1] === '?') i += s[i + 2] === '<' && (s[i + 3] === '=' || s[i + 3] === '!') ? 3 : 2; // (?: (?= (?! (?<= (?<!
      continue;
    }
    if (c === '|') { groups.at(-1)!.inner = true; continue; }
    if (c === ')') {
      const group = groups.length > 1 ? groups.pop()! : { inner: false };
      const q = quantifierAt(s, i + 1);
      if (q?.repeats && group.inner) return true;
      // what repeats inside this group makes its enclosing group's content repeat too
      if (group.inner || q) groups.at(-1)!.inner = true;
      if (q) i += q.length;
      continue;
    }
    const q = quantifierAt(s, i);
    if (q) { groups.at(-1)!.inner = true; i += q.length - 1; }
  }
  return false;
}

/** How many unbounded repetitions (`*`, `+`, `{n,}`) a pattern has (in its structure, classes and escapes set aside). */
export function unboundedRepetitions(pattern: string): number {
  const s = withoutClassesAndEscapes(pattern);
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(' && s[i + 1] === '?') { i++; continue; } // (? opens a group: not a quantifier
    const q = quantifierAt(s, i);
    if (!q) continue;
    if (s[i] === '*' || s[i] === '+' || /^\{\d+,\}/.test(s.slice(i))) count++;
    i += q.length - 1;
  }
  return count;
}

/** The compiled whole-text matchers and their unbounded repetitions, by pattern (a flow's rule is checked on every screen). */
const compiled = new Map<string, { matcher: RegExp; repetitions: number }>();

export const REGEX_FUNCTIONS: FunctionTable = {
  REGEX: {
    minArgs: 2,
    maxArgs: 2,
    call: (args) => {
      const text = args.text(0) ?? '';
      const pattern = args.text(1) ?? '';
      const refused = (why: string) => new FormulaFault(`REGEX is not run on the pattern "${pattern.slice(0, 80)}${pattern.length > 80 ? '…' : ''}": ${why}`, args.pos, 'REGEX');
      if (text.length > MAX_TEXT) throw refused(`the text is longer than ${MAX_TEXT} characters`);
      let entry = compiled.get(pattern);
      if (!entry) {
        const why = regexRefusal(pattern);
        if (why) throw refused(why);
        try {
          entry = { matcher: new RegExp(`^(?:${pattern})$`), repetitions: unboundedRepetitions(pattern) };
        } catch (error) {
          throw refused(`it is not a pattern the engine can read (${error instanceof Error ? error.message : String(error)})`);
        }
        if (compiled.size > 200) compiled.clear();
        compiled.set(pattern, entry);
      }
      const { matcher, repetitions } = entry;
      if (repetitions > 0 && Math.pow(text.length, repetitions) > STEP_BUDGET) {
        throw refused(`the text is ${text.length} characters long, too long for a pattern with ${repetitions} unbounded repetitions to be matched in bounded time`);
      }
      return booleanValue(matcher.test(text));
    },
  },
};
