/**
 * Help text with its wrapped lines joined again (help.ts breaks it to 80 columns): a line indented
 * deeper than the line it continues — a usage's, an option's meaning, the exit codes, an example
 * continued with ` \` — is joined to it with one space, so a test can read each as one line.
 */
export function unwrapped(text: string): string {
  const lines: string[] = [];
  let indent = -1; // the indent of the line being continued; -1 after a blank line
  for (const line of text.split('\n')) {
    const own = line.length - line.trimStart().length;
    if (lines.length > 0 && line.trim() !== '' && indent >= 0 && own > indent) {
      lines[lines.length - 1] = `${lines[lines.length - 1]!.replace(/ \\$/, '')} ${line.trim()}`;
      continue;
    }
    lines.push(line);
    // a heading (`options:`, `commands:`) is followed by its rows, not continued
    indent = line.trim() === '' || /:$/.test(line) ? -1 : own;
  }
  return lines.join('\n');
}
