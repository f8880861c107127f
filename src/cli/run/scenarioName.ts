/**
 * The name a scenario file gives its scenario, as `stageflow test`, `diff` and `coverage` report it: its `name`,
 * or null for none — missing, or blank (only spaces, or a zero-width space: model/blankName.ts), when the file's name is used instead
 * (docs/cli.md). A name of spaces was reported as those spaces (`<testcase name="   ">`).
 */
import { basename } from 'node:path';
import { scenarioNameOfFile } from '../../io/project/scenarioFiles';
import { isBlankName } from '../../model/blankName';

export function givenScenarioName(name: unknown): string | null {
  return typeof name === 'string' && !isBlankName(name) ? name : null;
}

/**
 * The name a scenario from `file` is reported under: its given name, else its file's name without
 * `.json` (`late.json`: late; `order.scenario.json`: order), as the app names it — never the path.
 */
export function scenarioReportName(name: unknown, file: string): string {
  return givenScenarioName(name) ?? scenarioNameOfFile(basename(file));
}
