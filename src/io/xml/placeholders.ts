/**
 * Flow metadata has no flow catalog and no user list. Flows the orchestration references are added
 * as placeholders (active, no elements), typed by use: a background step's flow is autolaunched, an
 * interactive step's a screen flow, a condition's an evaluation flow; inputs and outputs are the
 * names the orchestration passes and reads. Usernames it names (literal user assignees, run-as
 * users) are added as active users. Each addition is reported.
 */
import type { Flow, FlowType, Orchestration, User } from '../../model/types';
import type { ImportContext } from './importContext';
import { isReferenceText } from './values';
import { packageNamespace } from '../../model/names';
import type { InputValues } from '../../model/inputValue';

interface Use {
  type: FlowType;
  inputs: string[];
  outputs: string[];
  /** What calls the flow, in the report's words: `step Screen_Candidate`, `the exit of stage Review`. */
  callers: string[];
}

/** The callers a placeholder's warning names, so the admin knows which step to mend; the rest are counted. */
const CALLERS_NAMED = 3;

/** "step A", "step A, step B and the exit of stage S", "step A, step B, step C and 2 more". */
function callersInWords(callers: readonly string[]): string {
  if (callers.length <= 1) return callers[0] ?? '';
  if (callers.length > CALLERS_NAMED) return `${callers.slice(0, CALLERS_NAMED).join(', ')} and ${callers.length - CALLERS_NAMED} more`;
  return `${callers.slice(0, -1).join(', ')} and ${callers[callers.length - 1]}`;
}

// `Step.Outputs.x`, or a field of a record output read through it (`Step.Outputs.user.Id`): the
// output is x either way
const OUTPUT_REFERENCE = /^([A-Za-z][A-Za-z0-9_]*)\.Outputs\.([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Every `Step.Outputs.x` (or `Step.Outputs.x.Field`) read anywhere in the document, by step. */
function outputsRead(doc: Orchestration): Map<string, Set<string>> {
  const read = new Map<string, Set<string>>();
  const note = (text: unknown) => {
    const match = typeof text === 'string' ? OUTPUT_REFERENCE.exec(text) : null;
    if (!match) return;
    const outputs = read.get(match[1]!) ?? new Set<string>();
    outputs.add(match[2]!);
    read.set(match[1]!, outputs);
  };
  const walk = (value: unknown, depth: number): void => {
    if (depth > 12) return;
    if (typeof value === 'string') note(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, depth + 1));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) if (key !== 'extensions') walk(inner, depth + 1);
    }
  };
  walk({ stages: doc.stages, decisions: doc.decisions }, 0);
  return read;
}

/**
 * Where the flows an orchestration calls come from (its project): `flow(name)` gives the real
 * catalog entry, or undefined; `missing(name, type)` says, for the report, what was looked for.
 */
export interface FlowResolver {
  flow(name: string): Flow | undefined;
  missing(name: string, type: FlowType): string;
}

/**
 * The flow catalog for every flow the document references, in order of first use: the resolver's
 * real flows, and placeholders for the rest (each reported).
 */
export function placeholderFlows(doc: Orchestration, ctx: ImportContext, resolver?: FlowResolver): Flow[] {
  const uses = new Map<string, Use>();
  const noteUse = (name: string | undefined, type: FlowType, inputs: InputValues | undefined, outputs: Iterable<string>, caller: string) => {
    if (!name) return;
    const known = uses.get(name);
    if (known && known.type !== type) ctx.warn(`flows`, `flow ${name} is used as ${known.type} and as ${type}; its placeholder is ${known.type}`);
    const entry = known ?? { type, inputs: [], outputs: [], callers: [] };
    if (!entry.callers.includes(caller)) entry.callers.push(caller);
    for (const input of Object.keys(inputs ?? {})) if (!entry.inputs.includes(input)) entry.inputs.push(input);
    for (const output of outputs) if (!entry.outputs.includes(output)) entry.outputs.push(output);
    uses.set(name, entry);
  };
  const read = outputsRead(doc);
  for (const stage of doc.stages) {
    for (const step of stage.steps) {
      const outputs = [...Object.keys(step.outputs ?? {}), ...(read.get(step.name) ?? [])];
      noteUse(step.flow, step.kind === 'background' ? 'autolaunched' : 'screen', step.inputs, outputs, `step ${step.name}`);
      if (step.start?.mode === 'evaluationFlow') noteUse(step.start.flow, 'evaluation', step.start.inputs, [], `the start condition of step ${step.name}`);
      if (step.complete?.mode === 'evaluationFlow') noteUse(step.complete.flow, 'evaluation', step.complete.inputs, [], `the completion of step ${step.name}`);
    }
    if (stage.exit?.mode === 'evaluationFlow') noteUse(stage.exit.flow, 'evaluation', stage.exit.inputs, [], `the exit of stage ${stage.name}`);
  }
  return [...uses].map(([name, entry], index) => {
    const real = resolver?.flow(name);
    if (real) return real;
    const why = resolver ? resolver.missing(name, entry.type) : notInTheXml(name);
    // the path is the catalog's; the callers say which step to mend (the report showed only "The orchestration")
    ctx.warn(`flows[${index}]`, `flow ${name} is referenced but ${why}; added as a placeholder (${entry.type}, active, no elements); called by ${callersInWords(entry.callers)}`);
    // a flow of a managed package says so: only then may its name hold `__` (FORMAT.md §1)
    const namespace = packageNamespace(name);
    return { name, type: entry.type, active: true, elements: [], inputs: entry.inputs, outputs: entry.outputs, ...(namespace !== null ? { package: namespace } : {}) };
  });
}

/** Why a single file lacks a flow: a packaged flow (`ns__Flow`) comes with its managed package, so the admin does not look for its file. */
function notInTheXml(name: string): string {
  const namespace = packageNamespace(name);
  return namespace ? `not defined in the XML: it is a flow of the managed package "${namespace}", installed with the package and never in a project's files` : 'not defined in the XML';
}

/** A username as a message shows it: quoted, with a tab or line break spelled out when there is one. */
const shown = (name: string) => (name === name.trim() ? name : JSON.stringify(name));

/** Active users for the usernames the document names literally. */
export function placeholderUsers(doc: Orchestration, ctx: ImportContext): User[] {
  const usernames: string[] = [];
  const add = (name: string) => {
    if (!usernames.includes(name)) usernames.push(name);
  };
  for (const step of doc.stages.flatMap((stage) => stage.steps)) {
    if (step.assignee?.type === 'user' && !isReferenceText(step.assignee.name, ctx.names)) add(step.assignee.name);
    if (step.runAs?.mode === 'user') add(step.runAs.user);
  }
  if (usernames.length > 0) ctx.warn('users', `the XML has no user list; added ${usernames.length === 1 ? 'the active user' : `${usernames.length} active users`} it names: ${usernames.map(shown).join(', ')}`);
  // a username with a space, tab or line break around it (a value pasted into the builder) is kept
  // as the file has it, so the file is written back unchanged; said, because a run-as expectation
  // written with the plain name would fail with nothing visible to say why
  for (const name of usernames) {
    if (name !== name.trim()) ctx.warn('users', `the username ${shown(name)} has white space around it in the XML; runs and expectations use it as written, white space included`);
  }
  return usernames.map((username) => ({ username, active: true }));
}
