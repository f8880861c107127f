/**
 * The problem of a project file a reader could not read at all (over a cap, a damaged archive
 * entry, not UTF-8, not readable), on every path that reads a project (a folder on disk, the
 * browser's folder, drop or `.zip`).
 *
 * A flow file is an **error** of the project: its flow is missing (the steps calling it become
 * placeholders, warned about when an orchestration opens), and the picker counts it among the files
 * that "could not be read"; `sfdx-project.json`, read with the flows, is one too. Every file read
 * after the flows — object and field metadata, value sets, custom settings, custom labels, custom
 * metadata records, scenario files — is a **warning** naming it, as docs/projects.md says of each
 * ("a field file that cannot be read is a warning and the rest is kept"): the project opens and runs
 * without what it held, as when the same file is not well-formed XML (objectFields.ts,
 * customLabels.ts). Until 2026-12-05 only a custom metadata record was a warning here.
 */
import { isCustomMetadataFile } from './customMetadataRecords';
import { isFlowFile } from './paths';
import { isSfdxProjectFile } from './projectFromFiles';
import type { ProjectProblem } from './types';

export function fileNotRead(file: string, why: string): ProjectProblem {
  // a reason that opens with its place (decodeText: '3:11: the file is not UTF-8 …') gives it as the
  // problem's line and column, as malformed XML does, so the line reads '<file>: 3:11: warning: not
  // read: …' (FORMAT.md §5), not '<file>: warning: not read: 3:11: …'
  const at = /^(\d+):(\d+): /.exec(why);
  const place = at ? { line: Number(at[1]), column: Number(at[2]) } : {};
  const words = at ? why.slice(at[0].length) : why;
  if (isFlowFile(file) || isSfdxProjectFile(file)) return { file, severity: 'error', message: `not read: ${words}`, ...place };
  if (isCustomMetadataFile(file)) return { file, severity: 'warning', message: `custom metadata record not read: ${words}`, ...place };
  return { file, severity: 'warning', message: `not read: ${words}`, ...place };
}
