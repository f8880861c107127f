/**
 * `stageflow validate <design>… [--scenario <file>]…`: checks orchestrations (JSON or Flow XML)
 * and, for a single design, scenarios against it, without running anything. Prints `ok` (one
 * `<file>: ok` line per design when there are several); problems go to stderr, one line each.
 */
import { EXIT_BAD_INPUT, EXIT_OK, guarded, type CliCommand, type CliIo } from '../cliIo';
import { renderHelp, usageError, type CommandHelp } from '../help';
import { loadDesign, loadEachOfProject, loadScenario, printProblems } from '../loadFiles';
import { parseOptions } from '../options';
import { fileLabel } from '../fileLabel';
import { isStdin, stdinTwice } from '../stdinInput';
import { otherFlowKind } from './otherFlowKind';
import { checkScenarioAmongFiles } from './validateScenarioAmong';
import { refusedForUnreadFlows } from '../unreadCalledFlows';

export const HELP: CommandHelp = {
  usage: 'stageflow validate <design.json | design.flow-meta.xml | project folder | project.zip>... [--orchestration <ApiName>] [--scenario <scenario.json>]...',
  summary: 'Checks designs against the format and the validation rules (SEMANTICS.md "Validation") and, with one design, its scenarios; runs nothing. Warnings are printed but do not fail.',
  options: [
    ['--orchestration <ApiName>', 'which orchestration of a project folder or .zip (without it, a project with several has each checked; <project>#<ApiName> says the same)'],
    ['--scenario <file>', 'a scenario to check against the design (repeatable; needs exactly one design)'],
    ['-h, --help', 'this help'],
  ],
  exitCodes: '0 every file is valid (warnings allowed: a flow file of a project that no orchestration calls and that cannot be read is one), 2 a file is invalid or unreadable ("<file>: <path>: <message>" per problem)',
  examples: ['stageflow validate order.json --scenario order.scenario.json', 'stageflow validate force-app/main/default/flows/*.flow-meta.xml', 'stageflow validate . --orchestration Order_Fulfilment', 'git show main:order.json | stageflow validate -   (- is standard input)'],
};

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(argv, { scenario: 'list', orchestration: 'string' });
  if (parsed.ok === 'help') { io.stdout(renderHelp(HELP)); return EXIT_OK; }
  if (!parsed.ok) { io.stderr(usageError('validate', parsed.message, HELP)); return EXIT_BAD_INPUT; }
  const designs = parsed.options.positionals;
  const scenarios = parsed.options.lists.get('scenario') ?? [];
  if (designs.length === 0) { io.stderr(usageError('validate', 'the design file is missing', HELP)); return EXIT_BAD_INPUT; }
  if (scenarios.length > 0 && designs.length > 1) {
    io.stderr(usageError('validate', '--scenario needs exactly one design (scenarios are checked against it)', HELP));
    return EXIT_BAD_INPUT;
  }
  const twice = stdinTwice([...designs, ...scenarios]);
  if (twice) { io.stderr(usageError('validate', twice, HELP)); return EXIT_BAD_INPUT; }
  const wanted = parsed.options.values.get('orchestration');
  let valid = true;
  let listedEach = false;
  let skipped = 0;
  for (const file of designs) {
    // a project with several orchestrations and none named: each is checked (what CI wants of
    // "validate the project"); simulate and convert still ask which one
    const every = wanted === undefined && scenarios.length === 0 ? await loadEachOfProject(io, file) : null;
    if (every !== null) {
      listedEach = true;
      for (const { name, loaded } of every) {
        if (!loaded) { valid = false; continue; }
        printProblems(io, loaded.file ?? file, loaded.warnings);
        if (refusedForUnreadFlows(io, loaded.file ?? file, loaded)) { valid = false; continue; }
        io.stdout(`${fileLabel(file)}#${name}: ok\n`);
      }
      continue;
    }
    // standard input is read once, as the design it is given for: not peeked at as a scenario or a flow
    const among = designs.length > 1 && wanted === undefined && !isStdin(file);
    const asScenario = among ? await checkScenarioAmongFiles(io, file) : 'not a scenario';
    if (asScenario !== 'not a scenario') { valid &&= asScenario; continue; }
    const otherKind = among ? await otherFlowKind(io, file) : null;
    if (otherKind !== null) { io.stdout(`${fileLabel(file)}: skipped: not an orchestration (processType ${otherKind})\n`); skipped++; continue; }
    const design = await loadDesign(io, file, wanted === undefined ? {} : { orchestration: wanted });
    if (!design) { valid = false; continue; }
    printProblems(io, design.file ?? file, design.warnings);
    if (refusedForUnreadFlows(io, design.file ?? file, design)) { valid = false; continue; }
    for (const scenarioFile of scenarios) {
      const scenario = await loadScenario(io, scenarioFile, design.doc);
      if (scenario) printProblems(io, scenarioFile, scenario.warnings);
      else valid = false;
    }
    if (designs.length > 1) io.stdout(`${fileLabel(file)}: ok\n`);
  }
  if (valid && designs.length === 1 && !listedEach) io.stdout('ok\n');
  // as "nothing found" for test: a job that checked no orchestration must not pass
  if (skipped === designs.length) { io.stderr(`validate: none of the ${skipped} files is an orchestration (processType Orchestrator)\n`); return EXIT_BAD_INPUT; }
  return valid ? EXIT_OK : EXIT_BAD_INPUT;
}

/** `stageflow validate`. */
export const main: CliCommand = (argv, io) => guarded('validate', () => run(argv, io), io);
