/**
 * What `test` and `coverage` say, and exit, when they ran no scenario at all. FORMAT.md §5 gives
 * the `stageflow` executable three codes — 0 ok, 1 expectations failed, 2 bad input — and outside
 * suites run it on real SFDX projects, which carry no Stageflow scenarios: designs found without a
 * scenario is a warning and exit 0; a path holding no design at all is bad input, 2. A CI job that
 * wants "tested nothing" to fail (a misnamed `order.scenario/` folder) asks for it with
 * `--fail-if-nothing-tested`: exit 5, pytest's "no tests were collected" (docs/cli.md, *chosen*).
 */
import { EXIT_BAD_INPUT, EXIT_NO_SCENARIOS, EXIT_OK, WHOLE_DOCUMENT } from '../cliIo';
import { fileLabel } from '../fileLabel';
import { MANIFEST_NAME } from '../discovery/manifest';

/** Kept for scripts written while no scenario exited 5: designs without scenarios exit 0 anyway now; with it, no design found exits 0 too. */
export const PASS_WITH_NO_SCENARIOS = 'pass-with-no-scenarios';
/** The opt-in safety net: a run that found designs and ran no scenario exits 5. */
export const FAIL_IF_NOTHING_TESTED = 'fail-if-nothing-tested';

/** Both options, for a command's `parseOptions` spec. */
export const NOTHING_TESTED_OPTIONS = { [PASS_WITH_NO_SCENARIOS]: 'boolean', [FAIL_IF_NOTHING_TESTED]: 'boolean' } as const;

export const NOTHING_TESTED_HELP: readonly (readonly [string, string])[] = [
  [`--${FAIL_IF_NOTHING_TESTED}`, `exit ${EXIT_NO_SCENARIOS} when designs are found and none has a scenario (by default a warning, exit 0): a CI job that tested nothing fails`],
  [`--${PASS_WITH_NO_SCENARIOS}`, `the default for designs without scenarios, kept for older scripts; with it, a path holding no design at all exits 0 too (else ${EXIT_BAD_INPUT})`],
];

/** What the command line asked for when nothing is tested. */
export interface NothingTestedMode { passWithNoDesign: boolean; failIfNothingTested: boolean }

/** The mode, or the usage error of both options at once. */
export function nothingTestedMode(flags: ReadonlySet<string>): NothingTestedMode | { error: string } {
  const passWithNoDesign = flags.has(PASS_WITH_NO_SCENARIOS);
  const failIfNothingTested = flags.has(FAIL_IF_NOTHING_TESTED);
  if (passWithNoDesign && failIfNothingTested) return { error: `--${PASS_WITH_NO_SCENARIOS} and --${FAIL_IF_NOTHING_TESTED} ask for opposite things; give one` };
  return { passWithNoDesign, failIfNothingTested };
}

/**
 * Nothing found at all under the paths: a stderr line for each path given (`.` with none), naming
 * it as every line names its file (docs/cli.md, *chosen*: it read `test: no designs found in
 * designs (…)`), and the exit code (bad input, unless --pass-with-no-scenarios).
 */
export function noDesigns(paths: readonly string[], mode: NothingTestedMode): { line: string; code: number } {
  const allowed = mode.passWithNoDesign ? ` (--${PASS_WITH_NO_SCENARIOS}: exit 0)` : '';
  const lines = (paths.length ? paths : ['.']).map((path) => `${fileLabel(path)}: no designs found (an orchestration .json or .flow-meta.xml, a flow with scenarios beside it, or a ${MANIFEST_NAME}); nothing was tested${allowed}\n`);
  return { line: lines.join(''), code: mode.passWithNoDesign ? EXIT_OK : EXIT_BAD_INPUT };
}

/**
 * Designs found and none had a scenario to run: a stderr line for each path given (the current
 * folder, `.`, with none) that held designs — a warning, or with --fail-if-nothing-tested the reason
 * for exit 5 — and the code, or null when the run goes on to its own verdict (coverage's --min still
 * judges the designs' 0%). Each line names the design or folder it is about, FORMAT.md §5's
 * `<file>: <path>: warning: <message>` with the whole of it, `(root)`, as its place (docs/cli.md,
 * *chosen*: it began with the command, `test: warning: …`, and named no file).
 */
export function noScenarios(paths: readonly string[], designs: readonly string[], mode: NothingTestedMode): { lines: string; code: number | null } {
  const found = designsByPath(paths, designs);
  const lines = found.map(([path, count]) => {
    const what = `no scenarios found (${count} design${count === 1 ? '' : 's'} found, none with <name>.scenario.json or <name>.scenarios/*.json beside it, or listed in a ${MANIFEST_NAME}); nothing was tested`;
    return mode.failIfNothingTested
      ? `${fileLabel(path)}: ${WHOLE_DOCUMENT}: ${what} (--${FAIL_IF_NOTHING_TESTED}: exit ${EXIT_NO_SCENARIOS})\n`
      : `${fileLabel(path)}: ${WHOLE_DOCUMENT}: warning: ${what} (--${FAIL_IF_NOTHING_TESTED} makes that exit ${EXIT_NO_SCENARIOS})\n`;
  });
  return { lines: lines.join(''), code: mode.failIfNothingTested ? EXIT_NO_SCENARIOS : null };
}

/** Inside `path` as the walk names what it finds under it (`./designs/` finds `designs/order.json`). */
function isUnder(design: string, path: string): boolean {
  const folder = path.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return folder === '.' || folder === '' || design === folder || design.startsWith(`${folder}/`) || design.startsWith(`${folder}#`);
}

/**
 * The paths given that held designs, each with how many: a design is counted under the first path
 * it is inside, one a stageflow.config.json lists from elsewhere under the first path.
 */
function designsByPath(paths: readonly string[], designs: readonly string[]): [string, number][] {
  const given = paths.length ? paths : ['.'];
  const counts = new Map<string, number>(given.map((p) => [p, 0]));
  for (const design of designs) {
    const path = given.find((p) => isUnder(design, p)) ?? given[0]!;
    counts.set(path, counts.get(path)! + 1);
  }
  return [...counts].filter(([, count]) => count > 0);
}
