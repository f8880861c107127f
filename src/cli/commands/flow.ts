/**
 * `stageflow flow` (and `npm run --silent flow --`): runs one Salesforce flow file offline with the
 * Flow interpreter and prints JSON — its outputs by name, the path of elements, assignments, records
 * read, record changes and side effects. Inputs from `--inputs` (input variable → value), the org's
 * records from `--records` (the scenario `records` shape), subflows from every `*.flow-meta.xml`
 * under `--project` (default: the flow file's own folder). Exit 0 whatever the run's status; bad
 * input exits 2 with `<file>: <path or line:col>: <message>`, never a stack trace.
 */
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { insideRepeaters, type FlowDefinition } from '../../flows/definition';
import { checkEntryConditions, runFlow, unscheduledPaths, type FlowRun, type ResolvedFlow, type TriggerRecord } from '../../flows/interpreter';
import { resolveRecordTypeNames, withRecordTypeIdResolved } from '../../flows/org/recordTypeNames';
import { readField, SimulatedOrg } from '../../flows/org/simulatedOrg';
import { dateTimeAt } from '../../flows/virtualClock';
import { readFlowDefinition, type FlowReadProblem } from '../../io/flowXml/readFlowDefinition';
import { parseJsonText } from '../../io/jsonText';
import { withReferencedLabels } from '../../io/project/customLabels';
import { withReferencedSettings } from '../../io/project/customSettings';
import { apiNameOf } from '../../io/project/paths';
import { withoutOwnNamespace, withoutOwnPrefix } from '../../io/project/ownNamespace';
import { addProjectCustomMetadata } from '../customMetadataFiles';
import { addProjectGroups } from '../projectGroupFiles';
import { flowsReached } from '../flowsReached';
import { addProjectRecordTypes } from '../projectRecordTypeFiles';
import { addProjectNotificationTypes } from '../projectNotificationTypeFiles';
import { withCheckboxesUnticked } from '../recordCheckboxes';
import { createdObjects } from '../../io/project/createdObjects';
import { projectChildRelationships } from '../projectChildRelationships';
import { writeProjectWarnings } from '../projectWarnings';
import { problemsOnce } from '../../io/project/problemsOnce';
import { sfdxNamespaceOf } from '../sfdxProject';
import { MAX_RESUMES, throughTimedWaits } from './flowTimedWaits';
import { ScalarValue } from '../../model/schema';
import { EXIT_BAD_INPUT, EXIT_OK, guarded, problemLine as documentProblemLine, WHOLE_DOCUMENT, type CliCommand, type CliIo } from '../cliIo';
import { schemaProblems } from '../../model/validateSchema';
import { emptyInputLine } from '../emptyInput';
import { gitLeftoverLine } from '../gitLeftovers';
import { notXmlLine } from '../notXml';
import { fileLabel, oneLine } from '../fileLabel';
import { renderHelp, usageError, type CommandHelp } from '../help';
import { parseOptions } from '../options';
import { isStdin, readStdin, stdinTwice } from '../stdinInput';
import { projectFiles, projectLabels, projectSettings } from './flowProjectFiles';
import { processInputs } from './flowProcessInputs';
import { otherObjectLine, recordNotFoundLine, recordWithoutRecords, userNotFoundLine, type RecordsFile } from './flowRecordOptions';

/** Records whose RecordTypeId names no record type that stderr names, at most (--records is untrusted). */
const SAID_RECORD_TYPES = 20;
/** The times a run waited for that stderr names one by one (a Wait in a loop waits many times). */
const SAID_RESUMES = 10;

export function flowHelp(program: string): CommandHelp {
  return {
    usage: `${program} <file.flow-meta.xml> [--inputs inputs.json] [--records records.json] [--record <Id>] [--prior prior.json] [--screens screens.json] [--user <Username>] [--project <folder>]`,
    summary: 'Runs one flow (autolaunched, screen or evaluation) offline on a simulated org and prints its outputs, path, record changes and side effects as JSON.',
    options: [
      ['--inputs <file>', 'JSON object: input variable name → value'],
      ['--records <file>', 'JSON records of the simulated org by object: { "Case": [{ "Id": "500…", "Status": "New" }] } (a RecordTypeId may be the record type\'s DeveloperName: "Support_Case")'],
      ['--record <Id>', 'a record-triggered flow\'s $Record (a Process Builder process\'s myVariable_current): the record of --records with this Id'],
      ['--prior <file>', 'JSON object: the fields of $Record__Prior (myVariable_old) that differ from --record (an update: { "Status": "New" })'],
      ['--screens <file>', 'JSON object: screen field name → the value entered (a choice by its name; a component → its outputs by name)'],
      ['--user <Username>', 'the running user ($User; $Profile, $UserRole and $Permission through its User record of --records)'],
      ['--project <folder>', 'where subflows are found (every *.flow-meta.xml or *.flow under it); default: the flow file\'s folder'],
      ['-h, --help', 'this help'],
    ],
    exitCodes: '0 ran (whatever the flow\'s status), 2 bad input ("<file>: <path or line:col>: <message>")',
    examples: [`${program} force-app/main/default/flows/Load_User.flow-meta.xml --inputs inputs.json --records records.json`, `git show main:force-app/main/default/flows/Load_User.flow-meta.xml | ${program} - --project force-app   (- is standard input: the flow, or one of the JSON files)`],
  };
}

function problemLine(file: string, p: FlowReadProblem): string {
  const where = p.line !== undefined ? `${p.line}:${p.column ?? 1}: ` : p.path ? `${p.path}: ` : '';
  return `${fileLabel(file)}: ${where}${p.message}\n`;
}

/** The text of `file`, or of standard input for `-`; null once why it cannot be read was said. */
async function readInput(io: CliIo, file: string): Promise<string | null> {
  let text: string;
  try {
    text = await (isStdin(file) ? readStdin(io) : io.readFile(file));
  } catch (e) {
    io.stderr(`${fileLabel(file)}: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  // merge conflict markers, a Git LFS pointer: named for what they are (gitLeftovers.ts)
  const leftover = gitLeftoverLine(file, text);
  if (leftover !== null) { io.stderr(`${leftover}\n`); return null; }
  return text;
}

/** The file's JSON, or null once what is wrong with it was said (one line, file and place). */
async function readJson(io: CliIo, file: string): Promise<{ value: unknown } | null> {
  const text = await readInput(io, file);
  if (text === null) return null;
  const empty = emptyInputLine(file, text);
  if (empty !== null) { io.stderr(`${empty}\n`); return null; }
  const parsed = parseJsonText(text);
  if (!parsed.ok) { io.stderr(`${fileLabel(file)}: ${parsed.problem.path ? `${parsed.problem.path}: ` : ''}${parsed.problem.message}\n`); return null; }
  return { value: parsed.value };
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

const Inputs = z.record(z.string(), z.unknown());
const Records = z.record(z.string(), z.array(z.record(z.string(), ScalarValue)));
const PriorFields = z.record(z.string(), ScalarValue);

/**
 * `value` as `schema` reads it, or null once each problem was said — at its JSON path, in the words
 * a scenario's problems use (model/validateSchema.ts): `rec.json: Bogus__c: "Bogus__c" must be a
 * list, not the number 3`, where zod's own `Bogus__c: Invalid input: expected array, received number`
 * was printed.
 */
function checked<T>(io: CliIo, file: string, schema: z.ZodType<T>, value: unknown): T | null {
  const result = schemaProblems(schema, value);
  if (result.ok) return result.data;
  for (const problem of result.problems.slice(0, 20)) io.stderr(`${documentProblemLine(file, problem)}\n`);
  return null;
}

/** The printed report: the run without the resume state. */
function printable(run: FlowRun): object {
  if (!run.waiting) return run;
  const { state: _state, ...waiting } = run.waiting;
  return { ...run, waiting };
}

async function run(argv: readonly string[], io: CliIo, program: string): Promise<number> {
  const help = flowHelp(program);
  const parsed = parseOptions(argv, { inputs: 'string', records: 'string', record: 'string', prior: 'string', screens: 'string', user: 'string', project: 'string' });
  if (parsed.ok === 'help') { io.stdout(renderHelp(help)); return EXIT_OK; }
  if (!parsed.ok) { io.stderr(usageError('flow', parsed.message, help)); return EXIT_BAD_INPUT; }
  const { positionals, values } = parsed.options;
  if (positionals.length !== 1) { io.stderr(usageError('flow', positionals.length === 0 ? 'the flow file is missing' : 'one flow file at a time', help)); return EXIT_BAD_INPUT; }
  const file = positionals[0]!;
  // `cat X.flow-meta.xml | stageflow flow -`, or one JSON option piped in (`--records -`): one document, not two
  const twice = stdinTwice([file, ...['inputs', 'records', 'prior', 'screens'].map((name) => values.get(name))]);
  if (twice) { io.stderr(usageError('flow', twice, help)); return EXIT_BAD_INPUT; }
  // every line names the file as the other commands do: escaped, one line each, `-` as <stdin> (fileLabel.ts)
  const label = fileLabel(file);
  const piped = isStdin(file);
  const text = await readInput(io, file);
  if (text === null) return EXIT_BAD_INPUT;
  // piped in, it is no file: "standard input is empty", as the other commands say it (emptyInput.ts)
  const empty = piped ? emptyInputLine(file, text, 'Flow XML (a <Flow> element)') : null;
  if (empty !== null) { io.stderr(`${empty}\n`); return EXIT_BAD_INPUT; }
  if (/^\s*[{[]/.test(text)) {
    io.stderr(`${label}: this is JSON; "flow" runs a Salesforce flow file (.flow-meta.xml or .flow): run an orchestration with "simulate"\n`);
    return EXIT_BAD_INPUT;
  }
  const notXml = notXmlLine(file, text);
  if (notXml !== null) { io.stderr(`${notXml}\n`); return EXIT_BAD_INPUT; }
  const read = readFlowDefinition(text);
  if (!read.ok) {
    for (const p of read.problems) io.stderr(problemLine(file, p));
    // Salesforce saves a flow that does not validate as an InvalidDraft: that is why it is not complete
    if (/<status>\s*InvalidDraft\s*<\/status>/.test(text)) io.stderr(`${label}: status: Salesforce saved this flow as an InvalidDraft (a draft with errors, which it cannot run either): fix it in Flow Builder\n`);
    return EXIT_BAD_INPUT;
  }
  // a namespaced project's flows may write its own prefix on its names: they are read without it
  // piped in, the flow has no folder: its project is --project's (the namespace of the sfdx-project.json there)
  const namespace = piped ? (values.has('project') ? await sfdxNamespaceOf(io, join(values.get('project')!, 'piped.flow-meta.xml')) : undefined) : await sfdxNamespaceOf(io, file);
  const flow = withoutOwnNamespace(read.definition, namespace);
  if (flow.processType === 'Orchestrator') {
    io.stderr(`${label}: processType: this is an orchestration; run it with "simulate", not "flow"\n`);
    return EXIT_BAD_INPUT;
  }
  // a Flow approval process (processType ApprovalWorkflow) is built of orchestrated stages and steps
  // too, with approval steps: no flow elements to run, and simulate reads processType Orchestrator only
  if (Object.values(flow.elements).some((e) => e.kind === 'unsupported' && e.tag === 'orchestratedStages')) {
    io.stderr(`${label}: processType: this ${flow.processType} flow is built of orchestrated stages and steps, like an orchestration: "flow" runs a flow's elements, and "simulate" runs orchestrations of processType Orchestrator only\n`);
    return EXIT_BAD_INPUT;
  }
  let inputs: Record<string, unknown> = {};
  if (values.has('inputs')) {
    const json = await readJson(io, values.get('inputs')!);
    if (!json) return EXIT_BAD_INPUT;
    if (!isObject(json.value)) { io.stderr(`${fileLabel(values.get('inputs')!)}: (root): expected an object of input values by name: { "recordId": "500…" }\n`); return EXIT_BAD_INPUT; }
    const given = checked(io, values.get('inputs')!, Inputs, json.value);
    if (!given) return EXIT_BAD_INPUT;
    inputs = given;
  }
  let screenValues: Record<string, unknown> | undefined;
  if (values.has('screens')) {
    const json = await readJson(io, values.get('screens')!);
    if (!json) return EXIT_BAD_INPUT;
    if (!isObject(json.value)) { io.stderr(`${fileLabel(values.get('screens')!)}: (root): expected an object of screen field values by name: { "Approve": true }\n`); return EXIT_BAD_INPUT; }
    screenValues = json.value as Record<string, unknown>;
    for (const line of screenAnswerWarnings(flow, screenValues)) io.stderr(`${fileLabel(values.get('screens')!)}: ${oneLine(line)}\n`);
  }
  let org = new SimulatedOrg();
  let recordsGiven: RecordsFile | undefined;
  if (values.has('records')) {
    const json = await readJson(io, values.get('records')!);
    if (!json) return EXIT_BAD_INPUT;
    if (!isObject(json.value)) { io.stderr(`${fileLabel(values.get('records')!)}: (root): expected the records by object: { "Case": [{ "Id": "500…", "Status": "New" }] }\n`); return EXIT_BAD_INPUT; }
    const given = checked(io, values.get('records')!, Records, json.value);
    if (!given) return EXIT_BAD_INPUT;
    org = SimulatedOrg.from(given);
    recordsGiven = { file: values.get('records')!, records: given };
  }
  // the running user: $User is the org's User with this Username (globals.ts); without one, only the Username
  const user = values.get('user');
  if (user !== undefined && !org.recordsOf('User').some((u) => readField(u, 'Username') === user)) {
    io.stderr(userNotFoundLine(recordsGiven, label, user));
  }
  const project = values.get('project');
  if (project !== undefined && io.pathKind && (await io.pathKind(project)) !== 'directory') {
    const kind = await io.pathKind(project);
    io.stderr(`${fileLabel(project)}: --project takes the project's folder (where the subflows are); ${kind === 'missing' ? 'it does not exist' : 'this is a file'}\n`);
    return EXIT_BAD_INPUT;
  }
  // a flow piped in has no folder of its own: its subflows, labels and settings are --project's, and none without it (chosen)
  const around = piped && project === undefined ? projectFiles({ ...io, listDir: undefined }, '.') : projectFiles(io, project ?? dirname(file));
  const { flows: files, labels: labelFiles, objects: objectFolders, customMetadata: customMetadataFolders, groups: groupFolders, notificationTypes: notificationTypeFolders } = await around;
  const labels = await projectLabels(io, labelFiles);
  const cache = new Map<string, ResolvedFlow | undefined>();
  const texts = new Map<string, string>();
  for (const [name, path] of files) { try { texts.set(name, await io.readFile(path)); } catch { /* unreadable: not in the project */ } }
  // what the run can reach decides which of the project's setup records are read (flowsReached.ts)
  const reached = flowsReached(text, texts, namespace);
  const reachedUnprefixed = reached.map((t) => withoutOwnPrefix(t, namespace));
  const settings = await projectSettings(io, reachedUnprefixed, objectFolders);
  await addProjectCustomMetadata(io, org, reachedUnprefixed, customMetadataFolders);
  await addProjectGroups(io, org, reached, groupFolders);
  await addProjectRecordTypes(io, org, reached, objectFolders);
  await addProjectNotificationTypes(io, org, reached, notificationTypeFolders);
  // a record of --records may give RecordTypeId by the record type's DeveloperName: its Id, now that the project's are in
  for (const p of resolveRecordTypeNames(org).slice(0, SAID_RECORD_TYPES)) io.stderr(`${fileLabel(values.get('records')!)}: ${p.object}[${p.index}].RecordTypeId: warning: ${p.message}\n`);
  // a Checkbox the project declares and a record was given without is false, as in Salesforce (recordCheckboxes.ts)
  const fieldProblems = await withCheckboxesUnticked(io, org, objectFolders, createdObjects(reachedUnprefixed));
  // the custom child relationships its Update Records elements name ($Record.Accounts__r), from the project's objects
  const { relationships: childRelationships, problems: relationshipProblems } = await projectChildRelationships(io, reachedUnprefixed, objectFolders);
  // one warning for one cause: a field file read for its Checkboxes and for the relationship it declares (problemsOnce.ts)
  writeProjectWarnings(io, problemsOnce([...fieldProblems, ...relationshipProblems]));
  // $Record: a record of the org, by Id (its object is the one it is listed under)
  let record: TriggerRecord | undefined;
  const recordId = values.get('record');
  if (recordId !== undefined) {
    const found = org.get(recordId);
    if (!found) {
      io.stderr(recordsGiven ? recordNotFoundLine(recordsGiven, recordId) : usageError('flow', recordWithoutRecords(recordId), help));
      return EXIT_BAD_INPUT;
    }
    record = { object: found.object, fields: found.fields };
    const object = flow.start.object;
    if (object !== undefined && object.toLowerCase() !== found.object.toLowerCase()) {
      io.stderr(otherObjectLine(recordsGiven!, found.object, recordId, `the flow is triggered on ${object}`));
    }
  } else if (flow.start.object !== undefined && /^Record/i.test(flow.start.triggerType ?? '')) {
    io.stderr(`${label}: start: warning: this flow is record-triggered on ${flow.start.object}; give its $Record with --records and --record <Id>\n`);
  } else if (flow.start.object !== undefined && flow.start.triggerType === 'PlatformEvent') {
    // $Record is the event message (survey 14: three platform event handlers said only "give the triggering record")
    io.stderr(`${label}: start: warning: this flow starts when ${/^[AEIOU]/i.test(flow.start.object) ? 'an' : 'a'} ${flow.start.object} event message is received; give the message as its $Record with --records and --record <Id>\n`);
  } else if (flow.start.object !== undefined && flow.start.triggerType === 'Scheduled') {
    io.stderr(`${label}: start: warning: this flow runs on a schedule once for each ${flow.start.object} record its conditions select; give one as its $Record with --records and --record <Id>\n`);
  } else if (flow.start.triggerType === undefined && /\$Record\b/.test(text)) {
    // a file with no <start> trigger (only startElementReference) that reads $Record: its object and trigger are not in it
    io.stderr(`${label}: start: warning: this flow reads $Record, but its file has no trigger (no <start> with an object and trigger type); give its $Record with --records and --record <Id>\n`);
  }
  // $Record__Prior: the record before the update, given as the fields that differ from $Record
  let recordPrior: TriggerRecord | undefined;
  if (values.has('prior')) {
    const priorFile = values.get('prior')!;
    if (!record) { io.stderr(`--prior ${fileLabel(priorFile)}: give the record it is the prior state of with --record <Id>\n`); return EXIT_BAD_INPUT; }
    const json = await readJson(io, priorFile);
    if (!json) return EXIT_BAD_INPUT;
    if (!isObject(json.value)) { io.stderr(`${fileLabel(priorFile)}: (root): expected the fields of $Record__Prior that differ from $Record: { "Status": "New" }\n`); return EXIT_BAD_INPUT; }
    const given = checked(io, priorFile, PriorFields, json.value);
    if (!given) return EXIT_BAD_INPUT;
    recordPrior = { object: record.object, fields: withRecordTypeIdResolved(org, record.object, { ...record.fields, ...given }) };
  }
  // a process, or a transaction security policy's flow, is handed its record or event as an input
  inputs = processInputs({ flow, file: label, record, recordPrior, recordId, recordsGiven, inputs }, io);
  const withProject = (definition: FlowDefinition): FlowDefinition => withReferencedSettings(withReferencedLabels(withoutOwnNamespace(definition, namespace), labels), settings);
  const resolveFlow = (name: string): ResolvedFlow | undefined => {
    if (!cache.has(name)) {
      const source = texts.get(name);
      const definition: FlowDefinition | undefined = source === undefined ? undefined : (() => {
        const r = readFlowDefinition(source);
        if (!r.ok) for (const p of r.problems) io.stderr(problemLine(files.get(name)!, p).replace(/\n$/, ' (subflow not used)\n'));
        return r.ok ? withProject(r.definition) : undefined;
      })();
      cache.set(name, definition ? { definition, file: files.get(name)! } : undefined);
    }
    return cache.get(name);
  };
  const definition = withProject(flow);
  // the run's JSON says what its last decision compared (lastDecision), as the app's why does
  const options = { inputs, org, resolveFlow, explainDecisions: true, ...(childRelationships ? { childRelationships } : {}), flowName: piped ? label : apiNameOf(basename(file)), file: piped ? label : file, ...(user !== undefined ? { runAs: { user } } : {}), ...(record ? { record } : {}), ...(recordPrior ? { recordPrior } : {}), ...(screenValues ? { screenValues } : {}) };
  // Salesforce runs a record-triggered flow only for a save that meets its entry conditions; the run
  // below is what the flow would do, so a record that does not meet them is said beside it
  const entry = checkEntryConditions(definition, options);
  if (entry && entry.holds !== true) {
    const occasion = /^Scheduled/i.test(definition.start.triggerType ?? '') ? 'for this record on its schedule' : 'for this save';
    io.stderr(`${label}: start: warning: ${entry.why}${entry.holds === false ? `: Salesforce would not run this flow ${occasion} (it is run here as asked)` : ''}\n`);
  }
  // Salesforce runs no version saved with errors: a run of one is of the file as saved, and where it
  // stops may be one of those errors (survey 11: three InvalidDrafts faulted, "no object to create a record of")
  if (definition.status === 'InvalidDraft') io.stderr(`${label}: status: warning: Salesforce saved this flow as an InvalidDraft (a draft with errors, which it cannot run): this run is of the file as saved, and where it stops may be one of those errors; fix them in Flow Builder\n`);
  // a flow of nothing (a retrieved stub with only a label, an emptied draft) would "complete" silently
  if (Object.keys(definition.elements).length === 0) io.stderr(`${label}: ${WHOLE_DOCUMENT}: warning: this flow has no elements, so running it does nothing\n`);
  // time passes: a timed scheduled path or a Wait goes on at its time (flowTimedWaits.ts)
  const { result, resumed } = throughTimedWaits(definition, options, runFlow(definition, options));
  for (const { element, at } of resumed.slice(0, SAID_RESUMES)) io.stderr(`${label}: ${element}: the run waited until ${dateTimeAt(at)} and went on then\n`);
  if (resumed.length > SAID_RESUMES) io.stderr(`${label}: the run waited ${resumed.length - SAID_RESUMES} more times and went on each time\n`);
  const waiting = result.run.status === 'waiting' ? result.run.waiting : undefined;
  if (waiting) {
    const what = waiting.until !== undefined ? `a time (${dateTimeAt(waiting.until)}) after ${MAX_RESUMES} waits` : `the platform event${waiting.events?.length === 1 ? '' : 's'} ${(waiting.events ?? []).join(', ')}, which the flow command does not send`;
    io.stderr(`${label}: ${waiting.element}: warning: the run stopped waiting for ${what}\n`);
  }
  const initFault = result.run.status === 'faulted' && result.run.fault && result.run.fault.element === undefined;
  // a fault before the first element is the inputs' — unless a variable's default value stopped it
  // (resources.ts names the variable), which is the flow's own, whatever inputs were given
  const ownDefault = initFault && /^variable \S+'s default value: /.test(result.run.fault!.message);
  if (initFault && !ownDefault && values.has('inputs')) { io.stderr(`${fileLabel(values.get('inputs')!)}: ${result.run.fault!.message}\n`); return EXIT_BAD_INPUT; }
  if (screenValues) for (const line of answersNotTaken(result.run)) io.stderr(`${fileLabel(values.get('screens')!)}: ${line}\n`);
  // a merge field merged as empty text where Salesforce may fail the element (templateMerge.ts), once each
  for (const line of new Set(pathNotes(result.run))) io.stderr(`${label}: ${line}\n`);
  // a path on an empty date field schedules nothing: said, so a run that did nothing for it is not silent
  for (const { path, field } of unscheduledPaths(definition, result.run)) {
    io.stderr(`${label}: start.scheduledPaths.${path}: warning: not scheduled: $Record.${field} is empty, and a path on an empty date field never runs (give the record a date in ${field} to run it)\n`);
  }
  const report = entry ? { ...printable(result.run), entryConditions: { met: entry.holds, why: entry.why } } : printable(result.run);
  io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return EXIT_OK;
}

/**
 * A warning for each answer `--screens` gave a field a screen hid (its visibility rule, or a hidden
 * section): the answer is not taken, the field holds null — in the flow's screens and its subflows'.
 */
function answersNotTaken(run: FlowRun, within = ''): string[] {
  return run.path.flatMap((step) => [
    ...(step.answersNotTaken ?? []).map((field) => `${field}: warning: not taken: screen ${within}${step.element} hid this field (a visibility rule), so it holds null`),
    ...(step.subflow ? answersNotTaken(step.subflow, `${within}${step.element}/`) : []),
  ]);
}

/** The run's path notes as warnings, each after its element — in the flow and its subflows. */
function pathNotes(run: FlowRun, within = ''): string[] {
  return run.path.flatMap((step) => [
    ...(step.notes ?? []).map((note) => `${within}${step.element}: warning: ${note}`),
    ...(step.subflow ? pathNotes(step.subflow, `${within}${step.element}/`) : []),
  ]);
}

/**
 * Warnings, not bad input, for `--screens` names the flow's screens will not take: a name no screen
 * has (a subflow's screen takes its values from the same object, so it may be meant for one), and a
 * field inside a Repeater given at the top level (each item of the Repeater's list answers it).
 */
function screenAnswerWarnings(definition: FlowDefinition, screenValues: Record<string, unknown>): string[] {
  const screens = Object.values(definition.elements).flatMap((e) => (e.kind === 'screen' ? [e] : []));
  const topLevel = new Set<string>();
  const inRepeater = new Map<string, string>();
  /** Each Repeater (by name, lower case) and the names of its children (lower case). */
  const children = new Map<string, Set<string>>();
  for (const screen of screens) {
    const inside = insideRepeaters(screen.fields);
    for (const field of screen.fields) {
      const repeater = inside.get(field);
      if (!repeater) { topLevel.add(field.name.toLowerCase()); continue; }
      inRepeater.set(field.name.toLowerCase(), `screen ${screen.name}'s Repeater ${repeater.name}`);
      const own = children.get(repeater.name.toLowerCase()) ?? new Set<string>();
      children.set(repeater.name.toLowerCase(), own.add(field.name.toLowerCase()));
    }
  }
  return Object.keys(screenValues).flatMap((name) => {
    const key = name.toLowerCase();
    if (children.has(key)) return itemWarnings(name, children.get(key)!, screenValues[name]);
    if (topLevel.has(key)) return [];
    const repeater = inRepeater.get(key);
    if (repeater) return [`${name}: warning: not taken: this field is inside ${repeater}; answer it in each item of the Repeater's list (${repeater.split(' ').pop()!}: [{ "${name}": … }])`];
    return [`${name}: warning: no screen of this flow has a field of this name (it is used if a subflow's screen has one)`];
  });
}

/** A name in a Repeater's items that none of its children has: one warning per name, with the items that give it. */
function itemWarnings(repeater: string, children: ReadonlySet<string>, items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  const unknown = new Map<string, number[]>();
  items.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
    for (const name of Object.keys(item).filter((k) => !children.has(k.toLowerCase()))) unknown.set(name, [...(unknown.get(name) ?? []), i + 1]);
  });
  return [...unknown].map(([name, at]) => `${repeater}: ${name}: warning: not taken: the Repeater ${repeater} has no field of this name (given in item${at.length > 1 ? 's' : ''} ${at.length > 5 ? `${at.slice(0, 5).join(', ')}, …` : at.join(', ')})`);
}

/** The command under a program name (`stageflow flow`, `npm run --silent flow --`). */
export function flowCommand(program: string): CliCommand {
  return (argv, io) => guarded('flow', () => run(argv, io, program), io);
}

export const main: CliCommand = flowCommand('stageflow flow');
