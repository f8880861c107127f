/**
 * A run's stderr keeps the reading notes that change what the trace means (a step kept verbatim and
 * not simulated, a placeholder flow) and counts, in one line per file, the notes on Salesforce
 * elements the model merely carries (`<status>`, `<environments>`, `<processMetadataValues>`…): a
 * real project's orchestration brings four to eight of them, and in a CI log of `simulate`,
 * `coverage` or `diff` they buried the lines that matter. `stageflow validate` and
 * `simulate --validate-only` list each, as `convert` does (FORMAT.md §6); `stageflow test` counts
 * them the same way (reporters/textReporter.ts).
 */
import { KEPT_VERBATIM } from '../io/xml/keptVerbatim';
import type { CliIo } from './cliIo';

/** `<file>: [<path>: ]warning: …` — the file is what comes before the first such tail. */
const WARNING_OF_FILE = /^(.+?): (?:\S+: )?warning: /;

/** The lines to print: `lines` without the kept-verbatim notes, then one count line per file that had any. */
export function foldKeptVerbatim(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const kept: string[] = [];
  for (const line of lines) {
    const file = line.includes(KEPT_VERBATIM) ? WARNING_OF_FILE.exec(line)?.[1] : undefined;
    if (file === undefined) kept.push(line);
    else counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  for (const [file, n] of counts) {
    kept.push(`${file}: ${n} note${n === 1 ? '' : 's'} on Salesforce elements the model keeps verbatim, which the run does not use: stageflow validate lists them\n`);
  }
  return kept;
}

/** Runs `load` with its stderr held, then prints those lines folded (a design's reading, in `coverage`). */
export async function foldingKeptVerbatim<T>(io: CliIo, load: (held: CliIo) => Promise<T>): Promise<T> {
  const lines: string[] = [];
  try {
    return await load({ ...io, stderr: (text) => { lines.push(...text.split(/(?<=\n)/)); } });
  } finally {
    for (const line of foldKeptVerbatim(lines)) io.stderr(line);
  }
}
