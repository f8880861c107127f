/**
 * Runs every scenario of every suite: loads the design and each scenario (problems become
 * `error` results, the other scenarios still run), simulates, checks the expectations, and with
 * `update` writes a snapshot of the outcome into scenarios that have no expectations.
 */
import { basename } from 'node:path';
import { exportScenario } from '../../io/jsonExport';
import { scenarioNameOfFile } from '../../io/project/scenarioFiles';
import { givenScenarioName } from './scenarioName';
import type { Orchestration, Problem } from '../../model/types';
import { checkExpectations } from '../../verify/expectations/index';
import { failuresOf } from '../../verify/expectations/runChecks';
import { flowRunHints } from '../../verify/hints/flowRunHints';
import { runScenario, type RunOutcome } from '../../verify/runScenario';
import { designForScenario } from './scenarioDesign';
import { snapshotExpectations } from '../../verify/snapshot';
import { sharingArchiveReads } from '../archiveReads';
import { problemLine, WHOLE_DOCUMENT, type CliIo } from '../cliIo';
import { suiteLabel, type Suite } from '../discovery/suite';
import { loadScenario } from '../loadFiles';
import type { ScenarioResult, SuiteResult } from './results';
import { loadSuiteDesign } from './loadSuiteDesign';

export interface RunOptions {
  /** Record the outcome as the expectations of scenarios that have none. */
  update?: boolean;
}

/** An io whose stderr lines are collected (and not printed): the reporters print them. */
function collecting(io: CliIo): { io: CliIo; lines: () => string[] } {
  let text = '';
  return { io: sharingArchiveReads(io, { ...io, stderr: (t: string) => { text += t; } }), lines: () => text.split('\n').filter((l) => l !== '') };
}

const clock = (io: CliIo) => (io.now ? io.now() : 0);

/**
 * A warning for each project flow the run could not use (something the interpreter does not run):
 * its step or condition took the stand-in behaviour, so the scenario's result, pass or fail, does
 * not show what that flow does; the report says which flow and why, next to the result.
 */
function standInNotes(file: string, outcome: RunOutcome): string[] {
  return (outcome.trace.flowRuns ?? []).filter((run) => run.standIn).map((run) => {
    const where = run.purpose === 'step' ? `step ${run.step ?? '?'}` : `the ${run.purpose} condition of ${run.step ? `step ${run.step}` : `stage ${run.stage}`}`;
    return `${file}: ${WHOLE_DOCUMENT}: warning: ${where}: flow ${run.flow} could not be simulated${run.message ? ` (${run.message})` : ''}; the stand-in behaviour was used, so this run does not show what the flow does`;
  });
}

/**
 * The `name` a scenario file gives, read from a file that could not be loaded (invalid, not JSON):
 * a scenario that errs is reported under the name it has when it runs, so a CI server shows that
 * test case erring rather than a new one named after the file (its history stays with it).
 */
async function nameInFile(io: CliIo, file: string): Promise<string | null> {
  try {
    const doc: unknown = JSON.parse(await io.readFile(file));
    const name = doc !== null && typeof doc === 'object' ? (doc as { name?: unknown }).name : undefined;
    return givenScenarioName(name);
  } catch {
    return null; // not JSON, or not readable: the file's name, as for a scenario without a name
  }
}

async function runOne(io: CliIo, doc: Orchestration, file: string, options: RunOptions): Promise<ScenarioResult> {
  const started = clock(io);
  const quiet = collecting(io);
  const loaded = await loadScenario(quiet.io, file, doc);
  const result: ScenarioResult = { name: scenarioNameOfFile(basename(file)), file, status: 'error', timeMs: 0, run: null, expectations: [], problems: quiet.lines(), recorded: 0 };
  if (!loaded) {
    result.name = (await nameInFile(quiet.io, file)) ?? result.name;
    result.timeMs = clock(io) - started;
    return result;
  }
  const scenario = loaded.doc;
  // a scenario without a name is called as the app calls it when it opens the file beside its design (`late.json`: "late")
  result.name = givenScenarioName(scenario.name) ?? result.name;
  result.problems.push(...loaded.warnings.map((p: Problem) => problemLine(file, p)));
  const outcome: RunOutcome = runScenario(await designForScenario(doc, scenario), scenario);
  result.run = { status: outcome.trace.run.status, endedAt: outcome.trace.run.endedAt, stalled: outcome.trace.run.stalled };
  result.problems.push(...standInNotes(file, outcome));
  result.expectations = checkExpectations(scenario.expectations ?? [], outcome);
  result.status = result.expectations.every((e) => e.pass) ? 'passed' : 'failed';
  // what the app's Flow runs panel would say of the setup the flows did not find, where it may be why
  if (result.status === 'failed') result.problems.push(...flowRunHints(doc, scenario, outcome.trace).map((hint) => `${file}: hint: ${hint}`));
  if (options.update && (scenario.expectations ?? []).length === 0) {
    const expectations = snapshotExpectations(doc, outcome, scenario);
    try {
      await io.writeFile(file, exportScenario({ ...scenario, expectations }));
      result.expectations = checkExpectations(expectations, outcome);
      result.recorded = expectations.length;
    } catch (e) {
      // not recorded (a read-only file, a scenario inside a .zip): the scenario errs, the others still run
      result.problems.push(`${file}: --update: ${e instanceof Error ? e.message : String(e)}`);
      result.status = 'error';
    }
  }
  // a run that ended in Error with nothing expected of it says which steps failed (as Run all does):
  // '✓ … the run ended in Error' alone left the reader to run it again to learn why
  const failures = outcome.trace.run.status === 'Error' && result.expectations.length === 0 ? failuresOf(outcome.trace) : null;
  if (failures) result.failures = failures;
  result.timeMs = clock(io) - started;
  return result;
}

/** Runs the suites in order; never throws for bad input (it becomes problems in the results). */
export async function runSuites(io: CliIo, suites: readonly Suite[], options: RunOptions = {}): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  for (const suite of suites) {
    const quiet = collecting(io);
    const design = await loadSuiteDesign(quiet.io, suite.design);
    const label = suiteLabel(suite.design);
    // the design's own warnings too (R13: a change that wakes nothing, a step that can never start…): often why a scenario stalls
    const warnings = (design?.warnings ?? []).map((p) => problemLine(design?.file ?? label, p));
    const result: SuiteResult = { label, name: design?.doc.name ?? null, problems: [...quiet.lines(), ...warnings], scenarios: [] };
    if (design) {
      for (const file of suite.scenarios) result.scenarios.push(await runOne(io, design.doc, file, options));
    }
    results.push(result);
  }
  return results;
}
