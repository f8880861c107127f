/** Plain-text tables for the command line: columns padded to their widest cell, no colours. */

/** Rows as lines, columns separated by two spaces; `right` lists the columns aligned right. */
export function table(rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, [...cell].length); });
  return rows.map((row) => row
    .map((cell, i) => {
      const pad = ' '.repeat(widths[i]! - [...cell].length);
      return right.includes(i) ? pad + cell : i === row.length - 1 ? cell : cell + pad;
    })
    .join('  ')
    .trimEnd());
}
