/**
 * The name a scenario is shown under — in the Scenarios dialog's picker, the run view's Scenario
 * box, Run all scenarios, coverage and compare, and the notice of its deletion. A scenario without
 * a name, or whose name was cleared or is blank (only spaces, or a zero-width space:
 * model/blankName.ts), is called by its place in the list,
 * "Scenario 2", as a nameless one always was: a blank name showed as an empty option in the
 * pickers, and its deletion as 'Scenario “” deleted.' (docs/scenarios.md, *chosen*).
 */
import { isBlankName } from './blankName';
import type { Scenario } from './types';

export function scenarioShownName(scenario: Pick<Scenario, 'name'> | undefined, index: number): string {
  const name = scenario?.name;
  return name !== undefined && !isBlankName(name) ? name : `Scenario ${index + 1}`;
}
