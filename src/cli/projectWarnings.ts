/**
 * A project's warnings on stderr, one line each: `file: line:column: warning: message`, the shape
 * FORMAT.md §5 gives and `validate` and `simulate` print (`<file>: <line>:<col>: …`): `stageflow
 * flow` wrote `file:line:col: warning:`, so a CI pattern matching the others missed its lines. A
 * warning about the whole file (no line) is at `(root)`, as `validate` puts one (docs/cli.md).
 */
import type { ProjectProblem } from '../io/project/types';
import { WHOLE_DOCUMENT, type CliIo } from './cliIo';
import { oneLine } from './fileLabel';

export function writeProjectWarnings(io: Pick<CliIo, 'stderr'>, problems: Iterable<ProjectProblem>): void {
  for (const p of problems) io.stderr(`${oneLine(p.file)}: ${p.line !== undefined ? `${p.line}:${p.column ?? 1}` : WHOLE_DOCUMENT}: warning: ${p.message}\n`);
}
