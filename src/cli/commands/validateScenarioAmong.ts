/**
 * `stageflow validate designs/*.json`: the glob takes the scenarios kept beside the designs
 * (`order.scenario.json`, the layout docs/cli.md recommends) with them, and each was refused as "a
 * scenario, not an orchestration", so the command failed on every such folder. Among several files a
 * scenario is checked against its design by the naming convention instead (*chosen*, docs/cli.md).
 */
import type { CliIo } from '../cliIo';
import { designOfScenario } from '../discovery/naming';
import { fileLabel } from '../fileLabel';
import { loadDesign, loadScenario, printProblems } from '../loadFiles';

const SCENARIO_FORMAT = /"format"\s*:\s*"stageflow\.scenario"/;

/**
 * 'not a scenario' for a file that is not a Stageflow scenario, or one with no design of its name
 * beside it (the caller checks it as a design, which says what it is);
 * else whether the scenario is valid against its design, after printing `<file>: ok (a scenario of
 * <design>)` or why not.
 */
export async function checkScenarioAmongFiles(io: CliIo, file: string): Promise<'not a scenario' | boolean> {
  let text: string;
  try { text = await io.readFile(file); } catch { return 'not a scenario'; }
  if (!SCENARIO_FORMAT.test(text)) return 'not a scenario';
  const design = await designOfScenario(io, file);
  // no design by its name: the design check says what it is and how to give it (--scenario)
  if (design === null) return 'not a scenario';
  // the design's own lines are its business (it is checked as a file of its own when given)
  const loaded = await loadDesign({ ...io, stderr: () => {} }, design);
  if (!loaded) { io.stderr(`${fileLabel(file)}: not checked: its design ${design} does not validate\n`); return false; }
  const scenario = await loadScenario(io, file, loaded.doc);
  if (!scenario) return false;
  printProblems(io, file, scenario.warnings);
  io.stdout(`${fileLabel(file)}: ok (a scenario of ${fileLabel(design)})\n`);
  return true;
}
