/**
 * One flow interview's state: its resources (variables, constants, element outputs) by name, the org
 * it works on, the virtual clock, and the report being written. References are resolved here (`name`,
 * `rec.Field`, `rec.Owner.Email`, `Action.output`, `$` globals), formulas evaluated through
 * `src/flows/formula`, values written back with the target's type; names are case-insensitive, as in Flow Builder.
 */
import type { FlowDefinition, FlowFormula, FlowValueSpec } from '../definition';
import { evaluateFormula, parseFormula, type FormulaContext, type ParsedFormula } from '../formula';
import type { FieldValue, SimulatedOrg } from '../org/simulatedOrg';
import { NULL_FLOW_VALUE, booleanValue, dateTimeValue, dateValue, numberValue, textValue, type FlowValue } from '../values';
import { capValue } from './capValue';
import { changeActiveStages, defaultActiveStages } from './activeStages';
import { flowTypeOf, normalDateTime, toScale } from './dataTypes';
import { readGlobal } from './globals';
import { FlowStop, fault, unsupported } from './stop';
import type { FlowRun, FlowRunOptionsResolved, LoopState, SlotState } from './frameTypes';
import { triggerRecordVariables } from './triggerRecord';
import { currencyTable } from './currencyTable';
import { readOnce } from './readsItself';
import { writeReference } from './referenceWrites';
import { readSlotPath } from './slotPath';
import { mergeInRun } from './templateMerge';
export type { FlowRunOptionsResolved } from './frameTypes';

/** The report a frame writes (FlowRun without its status fields). */
export type FrameReport = Pick<FlowRun, 'path' | 'assignments' | 'recordsRead' | 'recordChanges' | 'sideEffects' | 'lastDecision'>;

/** Runs shared by a flow and its subflows: the element counter. */
export interface RunBudget {
  executed: number;
  readonly maxElements: number;
  readonly maxDepth: number;
}

export class Frame {
  readonly slots = new Map<string, SlotState>();
  /** Names given a value during the run (`WasSet`), lower-cased. */
  readonly set = new Set<string>();
  readonly visited = new Set<string>();
  /** Elements that failed and took their fault path (`HasError`), lower-cased. */
  readonly faulted = new Set<string>();
  readonly loops = new Map<string, LoopState>();
  readonly report: FrameReport = { path: [], assignments: [], recordsRead: [], recordChanges: [], sideEffects: [] };
  faultMessage: string | null = null;
  now: number;
  startedAt: number;
  org: SimulatedOrg;
  /** The last reference a formula could not read, unsupported or failing (a formula reports it only as unknown). */
  private formulaStop: FlowStop | undefined;
  private readonly formulas = new Map<string, FlowFormula>();
  private readonly parsed = new Map<string, ParsedFormula>();
  private readonly evaluating = new Set<string>();
  private readonly templates = new Map<string, string>();
  private readonly choices = new Map<string, FlowValueSpec | string>();
  /** Whether the flow has a Roll Back Records element (only then are transactions remembered). */
  private readonly rollsBack: boolean;
  /** The org and the number of record changes when the current transaction began. */
  private transaction: { org: SimulatedOrg; changes: number } | undefined;
  /** Decision outcomes by lower-cased name: whether each was the one taken when its decision last ran. */
  readonly outcomes = new Map<string, boolean>();
  private outcomeNameSet: Set<string> | undefined;
  /** Fields assigned to `$Record` during the run, by lower-cased field name (read back through `$Record`). */
  readonly recordEdits = new Map<string, { field: string; value: FieldValue }>();
  /** What the flow assigned to `$Flow.CurrentRecord` (the record a paused interview is filed under); null until it does. */
  currentRecord: string | null = null;
  /** `$Flow.CurrentStage` (a stage of its `<stages>`): the first stage active by default, else null until the flow assigns it. */
  currentStage: string | null = null;
  /** `$Flow.ActiveStages`: the names of the active stages, in order (the stages active by default at the start). */
  activeStages: string[];
  private stageNames: Map<string, string> | undefined;

  constructor(
    readonly definition: FlowDefinition,
    readonly options: FlowRunOptionsResolved,
    readonly budget: RunBudget,
    readonly depth: number,
    org: SimulatedOrg,
  ) {
    this.org = org;
    this.now = options.now;
    this.startedAt = options.now;
    for (const f of definition.formulas) this.formulas.set(f.name.toLowerCase(), f);
    for (const t of definition.textTemplates) this.templates.set(t.name.toLowerCase(), t.text);
    for (const c of definition.choices) this.choices.set(c.name.toLowerCase(), c.value ?? c.choiceText);
    this.rollsBack = Object.values(definition.elements).some((e) => e.kind === 'recordRollback');
    // a flow's stages marked "Active by default" are active when an interview starts, and the first is current
    this.activeStages = defaultActiveStages(definition);
    this.currentStage = this.activeStages[0] ?? null;
    this.beginTransaction();
  }

  /**
   * A new transaction begins: at the start of a run or a resumed run, after a screen, after a
   * wait. Roll Back Records goes back to the last one.
   */
  beginTransaction(): void {
    if (this.rollsBack) this.transaction = { org: this.org.clone(), changes: this.report.recordChanges.length };
  }

  /** Undoes the record changes made since the transaction began (the org and the report's list). */
  rollBack(): void {
    const transaction = this.transaction;
    if (!transaction) return;
    this.report.recordChanges.length = transaction.changes;
    this.org = transaction.org.clone();
  }

  /** Declares a resource slot (a variable, a constant, an element's stored output). */
  declare(slot: SlotState): void {
    this.slots.set(slot.name.toLowerCase(), slot);
  }

  /** The slot called `name`, if any. */
  slot(name: string): SlotState | undefined {
    return this.slots.get(name.toLowerCase());
  }

  /** Stores an element's automatic output under the element's name (`Get_Accounts`, `Send_Email.outputName`). */
  storeOutput(name: string, value: FlowValue, objectType?: string, whole?: FlowValue): void {
    const existing = this.slots.get(name.toLowerCase());
    if (existing && existing.type === value.type && existing.collection === (value.collection === true) && existing.objectType === objectType) {
      existing.value = value;
      if (whole) existing.whole = whole; else delete existing.whole;
      return;
    }
    this.declare({ name, type: value.type, collection: value.collection === true, ...(objectType ? { objectType } : {}), value, ...(whole ? { whole } : {}) });
    this.set.add(name.toLowerCase());
  }

  /** The formula evaluator's view of this frame. */
  formulaContext(): FormulaContext {
    return { resolve: (reference) => this.tryResolve(reference), now: this.now, ...(this.options.startAt ? { startAt: this.options.startAt } : {}), triggerRecord: triggerRecordVariables(this.definition), currencies: () => currencyTable(this.org) };
  }

  /** What the running element's path step says besides its outcome (a merge field merged as empty text: templateMerge.ts); run.ts takes them. */
  notes: string[] = [];
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  /** How a formula or merge field reads a reference; a variable's default reads a null record's fields as null (nullRecordRead.ts). */
  formulaRead: (reference: string) => FlowValue = (reference) => this.resolve(reference);
  private tryResolve(reference: string): FlowValue | undefined {
    try {
      return this.formulaRead(reference);
    } catch (caught) {
      if (caught instanceof FlowStop && (caught.kind === 'unsupported' || caught.kind === 'fault')) this.formulaStop = caught;
      return undefined;
    }
  }

  /** The value of a reference (without `{!}`); an unknown name is a fault, an unsupported global stops the run. */
  resolve(reference: string): FlowValue {
    const parts = reference.trim().split('.');
    const head = parts[0]!;
    if (head.startsWith('$')) {
      const { startAt, runAs, record, recordPrior, flowName } = this.options;
      return readGlobal({ now: this.now, startedAt: this.startedAt, startAt, faultMessage: this.faultMessage, flowName, runAs, record, recordPrior, recordCreated: this.isCreation(), recordUpdateOnly: triggerRecordVariables(this.definition).updateOnly === true, recordSaved: this.definition.start.triggerType === 'RecordAfterSave', recordEdits: this.recordEdits, currentRecord: this.currentRecord, currentStage: this.currentStage, activeStages: this.activeStages, ...(this.definition.labels ? { labels: this.definition.labels } : {}), ...(this.definition.customSettings ? { customSettings: this.definition.customSettings } : {}), org: this.org }, parts, reference);
    }
    const key = head.toLowerCase();
    const slot = this.slots.get(key);
    if (slot) return readSlotPath(this.org, slot, parts.slice(1), reference);
    if (parts.length === 1) {
      const formula = this.formulas.get(key);
      if (formula) return this.evaluateFormulaResource(formula);
      const template = this.templates.get(key);
      if (template !== undefined) return readOnce(this.evaluating, 'text template', head, () => textValue(mergeInRun(this, template, `text template ${head}`)));
      const choice = this.choices.get(key);
      if (choice !== undefined) return readOnce(this.evaluating, 'choice', head, () => (typeof choice === 'string' ? textValue(choice) : this.valueOf(choice)));
      // a dynamic choice set from which no choice was picked yet (a pick is stored under its name, screen.ts): null
      const choiceSet = this.definition.dynamicChoiceSets.find((set) => set.name.toLowerCase() === key);
      if (choiceSet) return { type: flowTypeOf(choiceSet.dataType ?? 'String'), value: null };
      // a stage of the flow's progress (`$Flow.CurrentStage = {!Review}`) reads as its name (*chosen*)
      const stage = this.stageName(key);
      if (stage !== undefined) return textValue(stage);
    }
    // a decision outcome is a Boolean: true when it was the outcome taken the last time its decision
    // ran, false before that (Process Builder's `isChangedRule_…` and `{!Is_Big}` read them)
    if (parts.length === 1 && this.outcomeNames().has(key)) return booleanValue(this.outcomes.get(key) ?? false);
    // an element or screen field that has not run yet (a variable's default naming a screen
    // field, read before the screen) has no value yet: null, as in Flow Builder
    if (this.elementNames().has(key)) return NULL_FLOW_VALUE;
    throw fault(`{!${reference}} names no resource or element of this flow`);
  }
  private elementNameSet: Set<string> | undefined;

  /** The name of the flow's stage called `key` (lower-cased), if any. */
  private stageName(key: string): string | undefined {
    this.stageNames ??= new Map((this.definition.stages ?? []).map((s) => [s.name.toLowerCase(), s.name]));
    return this.stageNames.get(key);
  }

  /** Lower-cased names of the decisions' outcomes (built on first use). */
  private outcomeNames(): Set<string> {
    if (!this.outcomeNameSet) {
      const names = new Set<string>();
      for (const element of Object.values(this.definition.elements)) if (element.kind === 'decision') for (const rule of element.rules) names.add(rule.name.toLowerCase());
      this.outcomeNameSet = names;
    }
    return this.outcomeNameSet;
  }

  /** Lower-cased names of the flow's elements, screen fields and screen actions (built on first use). */
  private elementNames(): Set<string> {
    if (!this.elementNameSet) {
      const names = new Set<string>();
      for (const [name, element] of Object.entries(this.definition.elements)) {
        names.add(name.toLowerCase());
        if (element.kind === 'screen') for (const item of [...element.fields, ...(element.actions ?? [])]) names.add(item.name.toLowerCase());
      }
      this.elementNameSet = names;
    }
    return this.elementNameSet;
  }

  /** A save that creates the record: a flow triggered on create, or on create and update, run with its `$Record` and no `$Record__Prior`. */
  private isCreation(): boolean {
    const { record, recordPrior } = this.options;
    const { triggerType, recordTriggerType } = this.definition.start;
    return record !== undefined && recordPrior === undefined && /^Record(After|Before)Save$/i.test(triggerType ?? '')
      && (recordTriggerType === 'Create' || recordTriggerType === 'CreateAndUpdate');
  }

  private evaluateFormulaResource(formula: FlowFormula): FlowValue {
    // a Number or Currency formula gives its result to its decimal places, as a variable stores it
    return toScale(this.evaluateExpression(formula.name.toLowerCase(), formula.expression, formula.dataType, `formula ${formula.name}`, formula.typedLength), formula.scale);
  }

  /**
   * Evaluates a formula's text to `dataType`: a formula resource, or an element's own formula (a
   * collection filter's). `key` caches the parsed text and guards against a formula that refers to
   * itself; `what` names it in messages; `typedLength` is a Process Builder formula's length as typed.
   */
  evaluateExpression(key: string, expression: string, dataType: string, what: string, typedLength?: number): FlowValue {
    if (this.evaluating.has(key)) throw fault(`${what} refers to itself`);
    let parsed = this.parsed.get(key);
    if (!parsed) {
      const result = parseFormula(expression, typedLength);
      if (!result.ok) throw unsupported(`${what} cannot be read: ${result.error.message}`, functionDetail(result.error.function));
      parsed = result.formula;
      this.parsed.set(key, parsed);
    }
    this.evaluating.add(key);
    this.formulaStop = undefined;
    try {
      const result = evaluateFormula(parsed, this.formulaContext(), flowTypeOf(dataType));
      if (result.ok) return result.value;
      // a function the evaluator cannot run stops as unsupported; one given a value it has no result
      // for (DATE(2024, 0, 1) in January) is the formula's own fault, as division by zero is (survey 16)
      if (result.error.function !== undefined && !result.error.invalidValue) {
        throw unsupported(`${what}: ${result.error.message}`, functionDetail(result.error.function));
      }
      const stop = this.formulaStop as FlowStop | undefined;
      if (stop?.kind === 'unsupported') throw unsupported(`${what}: ${stop.message}`, stop.detail);
      // a reference the formula could not read says why (a null record), as a decision on it would
      if (stop?.kind === 'fault' && result.error.reference !== undefined) throw fault(`${what}: ${stop.message}`);
      throw fault(`${what}: ${result.error.message}`);
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** A value as written in the metadata, evaluated (text values merge their `{!…}` fields, as Flow does). */
  valueOf(spec: FlowValueSpec | undefined): FlowValue {
    if (spec === undefined) return NULL_FLOW_VALUE;
    if ('string' in spec) return textValue(spec.string.includes('{!') ? mergeInRun(this, spec.string, 'a text value') : spec.string);
    if ('number' in spec) return numberValue(spec.number);
    if ('boolean' in spec) return booleanValue(spec.boolean);
    if ('date' in spec) return dateValue(spec.date);
    if ('dateTime' in spec) return dateTimeValue(normalDateTime(spec.dateTime) ?? spec.dateTime);
    if ('ref' in spec) return this.resolve(spec.ref);
    if ('list' in spec) return this.listOf(spec.list);
    throw unsupported(`a value of kind ${spec.unsupported} is not evaluated by the simulator`, { kind: spec.unsupported });
  }

  /**
   * `collectionElements`: a collection of the items' values, a collection among them giving its
   * items (Send Email's recipient addresses take text values and text collections alike, as one list);
   * a null item adds nothing (*chosen*: no address is no recipient).
   */
  private listOf(items: readonly FlowValueSpec[]): FlowValue {
    const values: unknown[] = [];
    let type: FlowValue['type'] = 'Unknown';
    for (const item of items) {
      const value = this.valueOf(item);
      if (type === 'Unknown') type = value.type;
      if (value.collection === true && Array.isArray(value.value)) values.push(...(value.value as unknown[]).filter((v) => v !== null));
      else if (value.value !== null) values.push(value.value);
    }
    return { type, value: values, collection: true };
  }

  /**
   * `$Flow.ActiveStages` changed by an Assignment row: Assign replaces the active stages, Add appends
   * those not active yet, Remove takes them out (activeStages.ts). Logged with what was given.
   */
  assignActiveStages(operator: string, operand: FlowValue, element: string): void {
    this.activeStages = changeActiveStages(this.activeStages, operator, operand);
    const logged = operator === 'Assign' ? (this.activeStages.length > 0 ? this.activeStages.join(';') : null) : operand.value;
    this.logAssignment(element, '$Flow.ActiveStages', logged, operator);
  }

  /**
   * Writes `value` into `reference` (a variable, a field of a record variable, `$Record` or a `$Flow`
   * value; referenceWrites.ts), converted to the target's type; logs the assignment. Returns the value written.
   */
  write(reference: string, value: FlowValue, element: string, logged: FlowValue = value, operator?: string): FlowValue {
    return writeReference(this, reference, value, element, logged, operator);
  }

  /** Logs an assignment, the value cut to a readable size (capValue), so the log grows linearly whatever the flow holds. */
  logAssignment(element: string, variable: string, value: FlowValue['value'], operator?: string): void {
    this.report.assignments.push({ element, variable, ...(operator && operator !== 'Assign' ? { operator } : {}), value: capValue(value) as FlowValue['value'] });
  }
}

function functionDetail(name: string | undefined): FlowStop['detail'] {
  return name === undefined ? {} : { function: name };
}
