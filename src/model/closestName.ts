/** "Did you mean …?" for an unknown name: the candidate closest by edit distance, if close enough. */

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The candidate within two edits of `name` (case-insensitive), the closest first; undefined when none
 * is. The edits must also leave most of the shorter name in place: "Z" is one edit from "A", which is
 * no hint that "A" was meant.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    if (candidate === name || Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const d = distance(name, candidate);
    if (d < bestDistance && 2 * d < Math.min(name.length, candidate.length) + 1) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
