/**
 * The design a scenario runs against, in every command that runs one (simulate, test, coverage,
 * diff): a scenario from outside the project (`--scenario`, a stageflow.config.json's `scenarios`)
 * may give records of an object no pass of the project's reading read, whose stored Checkboxes are
 * read then (io/project/scenarioCheckboxes.ts, docs/projects.md). One helper, so the commands agree:
 * coverage and diff ran such a scenario with those Checkboxes null where test and simulate made
 * them false. The reader is loaded only for a scenario with records.
 */
import type { Orchestration, Scenario } from '../../model/types';

export async function designForScenario(doc: Orchestration, scenario: Scenario | undefined): Promise<Orchestration> {
  if (!scenario?.records) return doc;
  return (await import('../../io/project/scenarioCheckboxes')).withScenarioCheckboxes(doc, scenario);
}
