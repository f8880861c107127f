/**
 * What an orchestration opened by its file (`stageflow test` finds it by walking; `validate
 * path/X.flow-meta.xml`) prints of its project's problems: its own report, and the problem of each
 * flow file it calls that could not be read — the placeholder warning says "its file … could not be
 * read (its problem is reported at that file)", so that problem must be there. The project's other
 * files are not this command's business. The problems were dropped before opening, so the catalog
 * did not know the file was there and said "not in the project (looked for …)" of a file the admin
 * could see, and `test` never said what was wrong with it.
 */
import type { ProjectProblem } from '../io/project/types';

export function calledFileProblems(projectProblems: readonly ProjectProblem[], report: readonly ProjectProblem[]): ProjectProblem[] {
  const ofProject = new Set(projectProblems);
  const own = report.filter((p) => !ofProject.has(p));
  const named = (file: string) => own.some((p) => p.message.includes(`its file ${file} could not be read`));
  return report.filter((p) => !ofProject.has(p) || (p.file !== '' && named(p.file)));
}
