/** A project problem in the app's import report: where (file, line:col or path) and what. */
import type { Problem } from '../../model/types';
import type { ProjectProblem } from './types';

export function reportProblem(problem: ProjectProblem): Problem {
  const at = problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}` : '';
  const path = [problem.file === '' ? '' : `${problem.file}${at}`, problem.path ?? ''].filter((s) => s !== '').join(' ');
  return { path, message: problem.message, severity: problem.severity === 'error' ? 'error' : 'warning' };
}
