/**
 * Splits the engine's "why" sentence into its lead and one line per requirement row
 * ("… are not met: row 1: order.Paid is false, needs EqualTo true (not met); row 2: …"), so the
 * run panel can show each row's value, operator, expected value and result on its own line.
 */
export function whyParts(why: string): { lead: string; rows: string[] } {
  const first = why.search(/\brow 1: /);
  if (first < 0) return { lead: why, rows: [] };
  const lead = why.slice(0, first).replace(/[:;,]\s*$/, '');
  const rows = why.slice(first).split(/;\s+(?=row \d+: )/).map((r) => r.trim());
  return { lead, rows };
}
