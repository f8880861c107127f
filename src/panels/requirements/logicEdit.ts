/**
 * Keeping custom condition logic in step with its rows: when rows are reordered or removed, the
 * row numbers in the logic follow, so "1 AND (2 OR 3)" still means the same rows.
 */

const NUMBER = /\d+/g;

/** Swaps row numbers `a` and `b` in the logic text. */
export function swapRowsInLogic(logic: string, a: number, b: number): string {
  return logic.replace(NUMBER, (n) => (Number(n) === a ? String(b) : Number(n) === b ? String(a) : n));
}

interface Token {
  text: string;
  kind: 'num' | 'op' | 'not' | 'lparen' | 'rparen' | 'space' | 'other';
}

function tokens(logic: string): Token[] {
  const out: Token[] = [];
  const re = /(\d+)|(\bAND\b|\bOR\b)|(\bNOT\b)|(\()|(\))|(\s+)|(.)/giy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(logic))) {
    const kind: Token['kind'] = m[1] ? 'num' : m[2] ? 'op' : m[3] ? 'not' : m[4] ? 'lparen' : m[5] ? 'rparen' : m[6] ? 'space' : 'other';
    out.push({ text: m[0], kind });
  }
  return out;
}

/**
 * Removes row `row` from custom logic: the row (with a NOT in front of it and one operator next to
 * it) goes, empty parentheses go, and higher row numbers move down by one.
 */
export function removeRowFromLogic(logic: string, row: number): string {
  const list = tokens(logic);
  const meaningful = (i: number, step: 1 | -1): number => {
    let j = i + step;
    while (j >= 0 && j < list.length && list[j]!.kind === 'space') j += step;
    return j;
  };
  const drop = new Set<number>();
  list.forEach((t, i) => {
    if (t.kind !== 'num' || Number(t.text) !== row) return;
    drop.add(i);
    const before = meaningful(i, -1);
    if (before >= 0 && list[before]!.kind === 'not') drop.add(before);
    const opBefore = meaningful(drop.has(before) ? before : i, -1);
    const after = meaningful(i, 1);
    if (opBefore >= 0 && list[opBefore]!.kind === 'op') drop.add(opBefore);
    else if (after < list.length && list[after]!.kind === 'op') drop.add(after);
  });
  let text = list.filter((_, i) => !drop.has(i)).map((t) => t.text).join('');
  for (let prev = ''; prev !== text; ) {
    prev = text;
    text = text.replace(/\(\s*\)/g, '').replace(/\(\s*(\d+)\s*\)/g, '$1');
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.replace(NUMBER, (n) => (Number(n) > row ? String(Number(n) - 1) : n));
}

/** Row numbers 1..rowCount that the logic text never mentions. */
export function unusedRows(logic: string, rowCount: number): number[] {
  const used = new Set((logic.match(NUMBER) ?? []).map(Number));
  const out: number[] = [];
  for (let r = 1; r <= rowCount; r++) if (!used.has(r)) out.push(r);
  return out;
}

/** "1 AND 2 AND 3": the custom logic that means All for `rowCount` rows. */
export function allRowsLogic(rowCount: number, op: 'AND' | 'OR' = 'AND'): string {
  return Array.from({ length: rowCount }, (_, i) => String(i + 1)).join(` ${op} `);
}
