/**
 * The name a scenario file gives its scenario, as `stageflow test`, `diff` and `coverage` report it: its `name`,
 * or null for none — missing, empty or only spaces, when the file's name is used instead
 * (docs/cli.md). A name of spaces was reported as those spaces (`<testcase name="   ">`).
 */
export function givenScenarioName(name: unknown): string | null {
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}
