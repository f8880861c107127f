/**
 * "Save to project" for scenarios: which scenario files to write beside the orchestration so that
 * `stageflow test` runs what the admin set up in the app (docs/projects.md "Saving").
 *
 * - A scenario read from a file is written back to that file, and only when it changed; a renamed
 *   scenario keeps its file (scenarios are paired with files by name first, then in order).
 * - A new scenario gets a new file where the command looks: `Name.scenario.json` when it is the
 *   design's only scenario and the project has none, else a file of the `Name.scenarios/` folder
 *   named after it (never one that is already taken).
 * - A design that has only the untouched default scenario writes nothing: a project gains a
 *   scenario file only when the admin made one.
 * - A file whose scenario was deleted is kept and reported (`kept`): saving never deletes a file.
 */
import { scenarioFileName } from './scenarioFileName';
import { apiNameOf, folderOf } from './paths';
import { exportScenario } from '../jsonExport';
import type { Scenario } from '../../model/types';

/** A scenario as read from the project: the file and what it gave. */
export interface ScenarioOnDisk {
  path: string;
  scenario: Scenario;
}

export interface ScenarioWrite {
  path: string;
  scenario: Scenario;
  /** True when the file does not exist yet. */
  created: boolean;
}

export interface ScenarioSavePlan {
  writes: ScenarioWrite[];
  /** Scenarios whose file already holds them. */
  unchanged: number;
  /** Files whose scenario is no longer in the design: kept, not deleted. */
  kept: string[];
  /** The design's scenarios with their files once the writes are done (the next save compares with it; kept files are reported once). */
  after: ScenarioOnDisk[];
}

/** Same content, compared as written (FORMAT.md key order), so an edit that restores a value is no change. */
const same = (a: Scenario, b: Scenario) => a === b || exportScenario(a) === exportScenario(b);

/** True for the scenario every design opens with when it has none (createScenarioSlice defaultScenario). */
function isUntouchedDefault(scenarios: readonly Scenario[], fallback: Scenario): boolean {
  return scenarios.length === 1 && same(scenarios[0]!, fallback);
}

/**
 * The scenario files to write for the orchestration at `orchestrationPath`: `scenarios` are the
 * design's now, `onDisk` what was read (or last saved) beside it, in order, `fallback` the default
 * scenario.
 */
export function planScenarioSave(orchestrationPath: string, scenarios: readonly Scenario[], onDisk: readonly ScenarioOnDisk[], fallback: Scenario): ScenarioSavePlan {
  // The untouched default is what a design shows when it has no scenario: not one to write (a
  // design whose scenarios were all deleted keeps their files, reported), unless a file has its name.
  if (isUntouchedDefault(scenarios, fallback) && !onDisk.some((d) => d.scenario.name === fallback.name)) {
    return { writes: [], unchanged: 0, kept: onDisk.map((d) => d.path), after: [] };
  }
  const folder = folderOf(orchestrationPath);
  const base = folder === '' ? '' : `${folder}/`;
  const design = apiNameOf(orchestrationPath);
  // Pair each scenario with its file: by name first; then a scenario and a file left over at the
  // same place in the list (a renamed scenario keeps its file).
  const fileOf = new Map<number, ScenarioOnDisk>();
  const used = new Set<ScenarioOnDisk>();
  scenarios.forEach((scenario, i) => {
    const file = onDisk.find((d) => !used.has(d) && d.scenario.name === scenario.name);
    if (file) { fileOf.set(i, file); used.add(file); }
  });
  scenarios.forEach((_, i) => {
    const file = onDisk[i];
    if (!fileOf.has(i) && file && !used.has(file)) { fileOf.set(i, file); used.add(file); }
  });
  const taken = new Set(onDisk.map((d) => d.path.toLowerCase()));
  const single = onDisk.length === 0 && scenarios.length === 1;
  const newPath = (scenario: Scenario): string => {
    const path = `${base}${scenarioFileName(design, scenario.name, !single)}`;
    let unique = path;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = path.replace(/\.json$/, `-${n}.json`);
    taken.add(unique.toLowerCase());
    return unique;
  };
  const writes: ScenarioWrite[] = [];
  const after: ScenarioOnDisk[] = [];
  let unchanged = 0;
  scenarios.forEach((scenario, i) => {
    const file = fileOf.get(i);
    const path = file ? file.path : newPath(scenario);
    if (file && same(file.scenario, scenario)) unchanged++;
    else writes.push({ path, scenario, created: !file });
    after.push({ path, scenario });
  });
  const kept = onDisk.filter((d) => !used.has(d));
  return { writes, unchanged, kept: kept.map((d) => d.path), after };
}
