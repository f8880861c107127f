/**
 * What `test` and `coverage` say when they ran no scenario at all. A misnamed scenario folder
 * (`order.scenario/` for `order.scenarios/`) or a wrong path leaves the designs without scenarios,
 * and a run that tested nothing must not pass CI as a run that tested everything (jest exits 1 and
 * pytest 5 for "no tests"; `--pass-with-no-scenarios` is jest's `--passWithNoTests`).
 */
import { EXIT_NO_SCENARIOS } from '../cliIo';
import { MANIFEST_NAME } from '../discovery/manifest';

/** The option that lets a run with no scenario exit 0. */
export const PASS_WITH_NO_SCENARIOS = 'pass-with-no-scenarios';

export const PASS_WITH_NO_SCENARIOS_HELP: readonly [string, string] = [
  `--${PASS_WITH_NO_SCENARIOS}`,
  `exit 0 when no scenario is found (by default that exits ${EXIT_NO_SCENARIOS}: nothing was tested)`,
];

const where = (paths: readonly string[]) => (paths.length ? paths.join(', ') : 'the current folder');

/** How the line ends: the exit code, and how to change it (as jest says "exiting with code 0" when allowed). */
const verdict = (allowed: boolean) => (allowed ? `nothing was tested (--${PASS_WITH_NO_SCENARIOS}: exit 0)` : `nothing was tested (exit ${EXIT_NO_SCENARIOS}; --${PASS_WITH_NO_SCENARIOS} exits 0)`);

/** One stderr line: nothing found at all under the paths. */
export function noDesignsLine(command: string, paths: readonly string[], allowed: boolean): string {
  return `${command}: no designs found in ${where(paths)} (an orchestration .json or .flow-meta.xml, a flow with scenarios beside it, or a ${MANIFEST_NAME}); ${verdict(allowed)}\n`;
}

/** One stderr line: designs were found, and none had a scenario to run. */
export function noScenariosLine(command: string, designs: number, allowed: boolean): string {
  const found = `${designs} design${designs === 1 ? '' : 's'} found`;
  return `${command}: no scenarios found (${found}, none with <name>.scenario.json or <name>.scenarios/*.json beside it, or listed in a ${MANIFEST_NAME}); ${verdict(allowed)}\n`;
}
