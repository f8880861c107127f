/**
 * Salesforce Flow metadata XML (processType `Orchestrator`) → orchestration document. Untrusted
 * input: never throws; malformed XML is reported with line:col, structural problems with a path.
 * What the model cannot hold is kept verbatim in `extensions` and reported as a warning, so that
 * exporting the result again loses nothing. See docs/xml.md for the mapping.
 */
import { DEFAULT_API_VERSION, MAX_API_VERSION, MIN_API_VERSION } from '../../model/apiVersion';
import { apiNameFromLabel, apiNameProblem, RECORD_VARIABLE } from '../../model/names';
import type { Decision, Formula, Orchestration, Position, Problem, Stage, Variable } from '../../model/types';
import { validateOrchestration } from '../../model/validate';
import { formulaSyntax } from '../formulaSyntax';
import { dropInferredGoTo } from './connectors';
import { importDecision } from './decisions';
import { importFormula } from './formulas';
import { appendAll, keptEntries, textStyleOf, type StartUnconnectedMark, type XmlExtension } from './extensions';
import { absentHeaderMark, formatApiVersion, METADATA_NAMESPACE, parseApiVersion, markDefaultHeader, readInvalidDraft } from './flowHeader';
import { Children, ImportContext, type XmlWarning } from './importContext';
import { importStage } from './importStage';
import { parseXml } from './parseXml';
import { placeholderFlows, placeholderUsers, type FlowResolver } from './placeholders';
import { importRunInMode, importStart } from './start';
import { importVariable } from './variables';
import { declaredNames } from './xmlNames';
import { childText, hasText, type XmlNode } from './xmlNode';

/** Where and what: `line`/`column` for malformed XML, `path` for a misplaced or missing element. */
export interface XmlProblem {
  line?: number;
  column?: number;
  path?: string;
  message: string;
}

/**
 * `warnings` say what the conversion kept verbatim or guessed; `problems` are the imported draft's
 * validation problems with their own severity (an error stays an error: it blocks a run and an
 * export, never an import).
 */
export type ImportFlowXmlResult =
  | { ok: true; doc: Orchestration; warnings: XmlWarning[]; problems: Problem[] }
  | { ok: false; problems: XmlProblem[] };

export interface ImportFlowXmlOptions {
  /** API name of the orchestration (the file name without `.flow-meta.xml`); default: from the label. */
  name?: string;
  /** The flow catalog: resolves the flows the orchestration calls (e.g. from its project). */
  flows?: FlowResolver;
}

/** Reads a Flow metadata file into an orchestration document. */
export function importFlowXml(text: string, options: ImportFlowXmlOptions = {}): ImportFlowXmlResult {
  try {
    const parsed = parseXml(text);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const result = importRoot(parsed.root, options);
    const style = textStyleOf(text);
    if (result.ok && style) result.doc.extensions = [...(result.doc.extensions ?? []), style];
    return result;
  } catch (error) {
    return { ok: false, problems: [{ message: `cannot convert this file: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function importRoot(root: XmlNode, options: ImportFlowXmlOptions): ImportFlowXmlResult {
  if (root.tag !== 'Flow') return { ok: false, problems: [{ path: root.tag, message: `the root element is <${root.tag}>; a Flow file has <Flow>` }] };
  const processType = childText(root, 'processType');
  if (processType !== 'Orchestrator') {
    const found = processType === undefined ? 'no <processType>' : `processType ${processType}`;
    return { ok: false, problems: [{ path: 'Flow.processType', message: `this flow has ${found}; only Orchestrator flows can be imported` }] };
  }
  const children = new Children(root);
  children.use(children.first('processType'));
  const versionNode = children.first('apiVersion');
  const versionText = children.text('apiVersion');
  const apiVersion = parseApiVersion(versionText);
  const ctx = new ImportContext(apiVersion, declaredNames(root));
  const extensions: unknown[] = [];
  if (versionNode) {
    children.use(versionNode);
    // Spelled otherwise than Salesforce writes it (`59`), or out of range: the file's own text is
    // kept so the file is written back as it was (exportFlowXml uses it while the version is unchanged).
    if (apiVersion === undefined || formatApiVersion(apiVersion) !== versionText) extensions.push(...keptEntries([{ element: versionNode, index: 0 }]));
    if (apiVersion === undefined) {
      ctx.warn('Flow.apiVersion', `<apiVersion>${versionText ?? ''}</apiVersion> is not a version Stageflow simulates (${MIN_API_VERSION}.0–${MAX_API_VERSION}.0): the design runs as API ${DEFAULT_API_VERSION}.0 and the file keeps its version when written back`);
    }
  }

  const label = children.text('label');
  if (label) children.use(children.first('label'));
  const description = children.text('description');
  if (description !== undefined) children.use(children.first('description'));
  const headerAbsent = absentHeaderMark(children);
  if (headerAbsent) extensions.push(headerAbsent);
  markDefaultHeader(children, label ?? '');
  readInvalidDraft(children, ctx);
  const wanted = options.name !== undefined && apiNameProblem(options.name) === null ? options.name : undefined;
  const name = wanted ?? (label ? apiNameFromLabel(label) : 'Imported_Orchestration');

  const layout: Record<string, Position> = {};
  const stages: Stage[] = [];
  children.all('orchestratedStages').forEach((node, i) => {
    const stage = importStage(node, ctx, stages.length, layout);
    if (stage) {
      stages.push(stage);
      children.use(node);
    } else warnUnnamed(ctx, node, 'orchestratedStages', i, 'stage');
  });
  const decisions: Decision[] = [];
  children.all('decisions').forEach((node, i) => {
    const decision = importDecision(node, ctx, decisions.length, layout);
    if (decision) {
      decisions.push(decision);
      children.use(node);
    } else warnUnnamed(ctx, node, 'decisions', i, 'decision');
  });
  const variables: Variable[] = [];
  for (const node of children.all('variables')) {
    const variable = importVariable(node, ctx, variables.length);
    if (variable) {
      variables.push(variable);
      children.use(node);
    }
  }
  const formulas: Formula[] = [];
  for (const node of children.all('formulas')) {
    const formula = importFormula(node);
    if (formula) {
      formulas.push(formula);
      children.use(node);
    }
  }
  const starts = children.all('start');
  const startNode = starts.length === 1 && !hasText(starts[0]!) ? starts[0] : undefined;
  const start = importStart(startNode, ctx);
  children.use(startNode);
  appendAll(extensions, start.extensions);
  // Only a start that could have been connected is marked: a stage-less draft's start has nothing to
  // connect to (and is written back without a connector anyway); stages added to it later start it.
  if (start.unconnected && stages.length + decisions.length > 0) {
    const mark: StartUnconnectedMark = { kind: 'xmlStartUnconnected' };
    extensions.push(mark);
    ctx.warn('start', '<start> has no connector (a draft): Salesforce starts nothing, the simulation starts at the first stage; an InvalidDraft is written back without the connector, any other file with one to the first stage');
  }
  importRunInMode(children, start.trigger);
  if (start.trigger?.type === 'recordTriggered' && !variables.some((v) => v.name === RECORD_VARIABLE)) {
    variables.push({ name: RECORD_VARIABLE, type: 'Record', ...(start.trigger.object ? { object: start.trigger.object } : {}) });
  }
  appendAll(extensions, rootAttributes(root, ctx));
  appendAll(extensions, ctx.keep('extensions', children.rest()));

  const doc: Orchestration = {
    format: 'stageflow.orchestration',
    version: 1,
    name,
    ...(label ? { label } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(apiVersion !== undefined ? { apiVersion } : {}),
    ...(start.trigger ? { trigger: start.trigger } : {}),
    variables,
    users: [],
    flows: [],
    ...(start.start ? { start: start.start } : {}),
    stages,
    decisions,
    ...(formulas.length > 0 ? { formulas } : {}),
    layout,
  };
  dropInferredGoTo(doc);
  doc.flows = placeholderFlows(doc, ctx, options.flows);
  doc.users = placeholderUsers(doc, ctx);
  if (extensions.length > 0) doc.extensions = extensions;
  return { ok: true, doc, warnings: ctx.allWarnings(), problems: validationProblems(doc) };
}

function rootAttributes(root: XmlNode, ctx: ImportContext): XmlExtension[] {
  const attributes = { ...root.attributes };
  if (attributes.xmlns === METADATA_NAMESPACE) delete attributes.xmlns;
  if (Object.keys(attributes).length === 0) return [];
  ctx.warn('extensions', `attributes of <Flow> kept in extensions: ${Object.keys(attributes).join(', ')}`);
  return [{ kind: 'xmlAttributes', attributes }];
}

/** Problems the validator finds in the imported document, with their severity (an import is a draft). */
function validationProblems(doc: Orchestration): Problem[] {
  try {
    return validateOrchestration(doc, { formulas: formulaSyntax });
  } catch {
    return [];
  }
}

/**
 * A stage or decision the file holds without a `<name>` (a hand edit, a merge that kept only one
 * side's lines) is kept verbatim, as before, and now said for what it is: the design said only "an
 * orchestration needs at least one stage" and "<orchestratedStages> has no place in the model", as
 * though Stageflow did not know stages (*chosen*, docs/cli.md).
 */
function warnUnnamed(ctx: ImportContext, node: XmlNode, tag: string, index: number, what: string): void {
  if (childText(node, 'name')) return;
  const label = childText(node, 'label');
  // cut at 80 characters, not UTF-16 units: half an emoji is a replacement character on stderr
  const chars = label ? Array.from(label) : [];
  ctx.keepUnnoted(node);
  ctx.warn(`Flow.${tag}[${index}]`, `the ${what}${label ? ` labelled "${chars.length > 80 ? `${chars.slice(0, 80).join('')}…` : label}"` : ''} has no <name>, so it is not read (Salesforce names every ${what}: add <name>, the API name steps and connectors use); kept verbatim in extensions`);
}
