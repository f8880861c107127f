/**
 * Test support: one edit of an XML file as a consultant's repository or a bad merge leaves it — cut
 * short, an element deleted, duplicated or moved, an unknown element, a name such as __proto__ or
 * constructor, a 300-character text, CRLF and tabs — as a fast-check arbitrary
 * (hostileMutations.test.ts: orchestrations; metadataMutations.test.ts: a project's object metadata).
 */
import fc from 'fast-check';

/** Every element of `text` that holds only text, as [start, end) offsets. */
function leaves(text: string): Array<[number, number]> {
  return [...text.matchAll(/<(\w+)>[^<]*<\/\1>/g)].map((m) => [m.index, m.index + m[0].length]);
}

const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'Étape_名前', 'x'.repeat(300)];

/** An edit of an XML text, chosen by fast-check (shrinks to a smaller one). */
export const mutation = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 7 })).map(([a, b, name, kind]) => (text: string): string => {
  const all = leaves(text);
  if (all.length === 0) return text.slice(0, a % (text.length + 1));
  const [s, e] = all[a % all.length]!;
  const [s2, e2] = all[b % all.length]!;
  switch (kind) {
    case 0: return text.slice(0, a % (text.length + 1));
    case 1: return text.slice(0, s) + text.slice(e);
    case 2: return text.slice(0, e) + text.slice(s, e) + text.slice(e);
    case 3: return s2 >= e ? text.slice(0, s) + text.slice(s2, e2) + text.slice(e, s2) + text.slice(s, e) + text.slice(e2) : text;
    case 4: return `${text.slice(0, e)}<${name.startsWith('_') || name.length > 50 ? 'mystery' : name}>1</${name.startsWith('_') || name.length > 50 ? 'mystery' : name}>${text.slice(e)}`;
    case 5: return text.slice(0, s) + text.slice(s, e).replace(/>[^<]*</, `>${name}<`) + text.slice(e);
    case 6: return text.replace(/\n/g, '\r\n').replace(/ {4}/g, '\t');
    default: return text.replace(/<label>[^<]*<\/label>/, `<label>${name}</label>`);
  }
});

