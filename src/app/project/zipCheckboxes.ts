/**
 * A `.zip` project opened in the app: a record added in Scenarios of an object no pass of the
 * reading read gets that object's stored Checkboxes, as a folder's does (readProjectOffThread.ts
 * keeps a folder's listed field files) and as `stageflow test` gives them to an archive's scenarios.
 * The app keeps the archive's File (a handle the browser reads from disk, not its bytes) with the
 * project; when Scenarios asks for an object's Checkboxes, the archive is read again then, with its
 * field files kept (io/project/readZip.ts `keepFieldFiles`), the object's field files read, and the
 * bytes let go — holding them as long as the project would hold a whole org's archive in memory for
 * an Add record that may never come. Each object's answer is kept, so it is read once.
 */
import type { ProjectLimits } from '../../io/project/limits';
import { readZip } from '../../io/project/readZip';
import { unreadCheckboxesOf } from '../../io/project/scenarioCheckboxes';
import type { Project } from '../../io/project/types';

interface KeptArchive {
  readonly zip: Blob;
  readonly limits: ProjectLimits;
  /** Each object's Checkboxes (lower-cased name), asked once. */
  readonly answers: Map<string, Promise<string[]>>;
}

/** By the project read from it: the archive it came from. */
const archives = new WeakMap<Project, KeptArchive>();

/** Remembers that `project` was read from `zip` within `limits`. */
export function keepArchive(project: Project, zip: Blob, limits: ProjectLimits): void {
  archives.set(project, { zip, limits, answers: new Map() });
}

/**
 * The stored Checkboxes of `object` that no pass of the reading of `project` read: from the
 * archive it was read from, read again now, else from the field files kept with it (a folder).
 * Empty when the object was read, declares none, or cannot be read (the record gets no field).
 */
export function checkboxesOfProject(project: Project, object: string): Promise<string[]> {
  const kept = archives.get(project);
  if (!kept) return unreadCheckboxesOf(project, object);
  const key = object.toLowerCase();
  let answer = kept.answers.get(key);
  if (!answer) {
    answer = fromArchive(kept, object).catch(() => []);
    kept.answers.set(key, answer);
  }
  return answer;
}

async function fromArchive(kept: KeptArchive, object: string): Promise<string[]> {
  const again = readZip(new Uint8Array(await kept.zip.arrayBuffer()), kept.limits, { keepFieldFiles: true });
  return unreadCheckboxesOf(again, object);
}
