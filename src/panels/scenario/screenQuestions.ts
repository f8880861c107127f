/**
 * What the person closing an interactive step's work item is asked by its screen flow (a project
 * flow's own screens): each field that takes an answer, with how the answer is typed, so Scenarios
 * can offer one input per question and write the scenario's `steps[name].screenValues` (the key the
 * run reads, docs/flows.md "In a run"). Without it, a screen flow that loops until a toggle is on
 * (the incident demo's "Resolved?") or scores a candidate could be answered only in a file.
 */
import { insideRepeaters, isRepeater, storedFlowDefinition, type ScreenField } from '../../flows/definition';
import { takesValue } from '../../flows/interpreter/elements/screen';
import type { Orchestration, Scenario } from '../../model/types';
import { own } from '../../model/ownKey';

export type AnswerKind = 'text' | 'number' | 'boolean' | 'date' | 'dateTime';

/** One answer a screen asks for: a field, or one output of a component. */
export interface ScreenQuestion {
  screen: string;
  /** the `screenValues` key: the field's name (a record field's `curCase.Subject`) */
  key: string;
  /** for a component: the output this answer is (`value` of a toggle), kept under `screenValues[key]` */
  output?: string;
  /** for a field inside a Repeater: the Repeater, whose answer is a list of items, each an object of `key` → answer */
  repeater?: string;
  kind: AnswerKind;
  /** the choices a choice field offers, by name (an answer may name one) */
  choices?: string[];
  required: boolean;
}

const isComponent = (field: ScreenField): boolean => field.fieldType === 'ComponentInstance' || field.extensionName !== undefined;

function kindOf(dataType: string | undefined): AnswerKind {
  switch (dataType) {
    case 'Number': case 'Currency': return 'number';
    case 'Boolean': return 'boolean';
    case 'Date': return 'date';
    case 'DateTime': return 'dateTime';
    default: return 'text';
  }
}

/**
 * The outputs of component `field` the flow uses: its output assignments and `field.x` read anywhere
 * in the flow (inside a Repeater, through an item: `{!Loop_Over_Screen.Assigned_To.recordId}`).
 */
function componentOutputs(field: ScreenField, flowText: string, inRepeater: boolean): string[] {
  const outputs = (field.outputParameters ?? []).map((o) => o.name);
  const escaped = field.name.replace(/[^A-Za-z0-9_]/g, '');
  const before = inRepeater ? '(?<![A-Za-z0-9_$])' : '(?<![A-Za-z0-9_.$])';
  for (const match of flowText.matchAll(new RegExp(`${before}${escaped}\\.([A-Za-z_][A-Za-z0-9_]*)`, 'gi'))) {
    if (!outputs.some((o) => o.toLowerCase() === match[1]!.toLowerCase())) outputs.push(match[1]!);
  }
  return outputs;
}

/** The questions field `field` asks (none when it takes no answer), `repeater` the Repeater it is in. */
function questionsOf(screen: string, field: ScreenField, flowText: string, repeater: string | undefined): ScreenQuestion[] {
  const required = field.isRequired === true;
  const inItem = repeater === undefined ? {} : { repeater };
  if (field.objectField !== undefined) return [{ screen, key: field.objectField, kind: 'text', required, ...inItem }];
  if (isComponent(field)) return componentOutputs(field, flowText, repeater !== undefined).map((output) => ({ screen, key: field.name, output, kind: 'text', required: false, ...inItem }));
  const choices = field.choices ?? [];
  return [{ screen, key: field.name, kind: kindOf(field.dataType), ...(choices.length > 0 ? { choices } : {}), required, ...inItem }];
}

/**
 * The questions of the screen flow step `stepName` calls, screen by screen in the order the
 * definition lists them; none when the step is not interactive or its flow has no definition.
 * A field inside a Repeater is asked once per item (its question names the Repeater); a record
 * field or a Repeater inside a Repeater is left out (the run takes neither from an item's answers
 * as the editor could write them; a scenario file can still give them).
 */
export function screenQuestions(doc: Orchestration, stepName: string): ScreenQuestion[] {
  const step = doc.stages.flatMap((s) => s.steps).find((s) => s.name === stepName);
  if (!step || step.kind !== 'interactive') return [];
  const flow = (doc.flows ?? []).find((f) => f.name === step.flow);
  const definition = storedFlowDefinition(flow?.definition);
  if (!definition) return [];
  const flowText = JSON.stringify(definition.elements);
  const questions: ScreenQuestion[] = [];
  for (const element of Object.values(definition.elements)) {
    if (element.kind !== 'screen') continue;
    const inRepeater = insideRepeaters(element.fields);
    for (const field of element.fields) {
      const repeater = inRepeater.get(field);
      if (!takesValue(field) || isRepeater(field) || (repeater !== undefined && (field.objectField !== undefined || inRepeater.has(repeater)))) continue;
      questions.push(...questionsOf(element.name, field, flowText, repeater?.name));
    }
  }
  return questions;
}

/** The answer typed into a question's input, as the run reads it: a number or true/false where the question is one, else the text (a component's output: numbers and true/false read as such). */
export function answerValue(question: ScreenQuestion, text: string): unknown {
  const trimmed = text.trim();
  if (question.kind === 'boolean' || question.output !== undefined) {
    if (trimmed.toLowerCase() === 'true') return true;
    if (trimmed.toLowerCase() === 'false') return false;
  }
  if ((question.kind === 'number' || question.output !== undefined) && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

type Answers = Record<string, unknown>;

const keyIn = (values: Answers, key: string) => Object.keys(values).find((k) => k.toLowerCase() === key.toLowerCase());
const isObject = (value: unknown): value is Answers => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The answers the scenario gives step `stepName`'s screens (`steps[name].screenValues`). */
function screenValues(scenario: Scenario, stepName: string): Answers {
  return (own(scenario.steps, stepName)?.screenValues ?? {}) as Answers;
}

/**
 * The items the scenario gives Repeater `repeater` of step `stepName`, each an object of child field
 * name → answer; undefined when it gives none (the run then shows the Repeater's default items).
 */
export function repeaterItems(scenario: Scenario, stepName: string, repeater: string): readonly Answers[] | undefined {
  const values = screenValues(scenario, stepName);
  const key = keyIn(values, repeater);
  const items = key === undefined ? undefined : values[key];
  return Array.isArray(items) ? items.map((item) => (isObject(item) ? item : {})) : undefined;
}

/** The answers `question` is read from: the screen's, or item `item` of its Repeater's ({} when there is none). */
function answersOf(scenario: Scenario, stepName: string, question: ScreenQuestion, item: number): Answers {
  if (question.repeater === undefined) return screenValues(scenario, stepName);
  return repeaterItems(scenario, stepName, question.repeater)?.[item] ?? {};
}

/**
 * The answer the scenario gives `question` of step `stepName`, as text ('' when none); for a field
 * inside a Repeater, its answer in item `item` (numbered from 0).
 */
export function answerText(scenario: Scenario, stepName: string, question: ScreenQuestion, item = 0): string {
  const values = answersOf(scenario, stepName, question, item);
  const key = keyIn(values, question.key);
  let value = key === undefined ? undefined : values[key];
  if (question.output !== undefined) {
    const outputs = isObject(value) ? value : {};
    const output = keyIn(outputs, question.output);
    value = output === undefined ? undefined : outputs[output];
  }
  return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}

/** `values` with `text` as the answer to `question` (an empty text removes it, and a component's object it leaves empty). */
function answered(values: Answers, question: ScreenQuestion, text: string): Answers {
  const next = { ...values };
  const key = keyIn(next, question.key) ?? question.key;
  if (question.output !== undefined) {
    const current = next[key];
    const outputs: Answers = isObject(current) ? { ...current } : {};
    const output = keyIn(outputs, question.output) ?? question.output;
    if (text === '') delete outputs[output]; else outputs[output] = answerValue(question, text);
    if (Object.keys(outputs).length === 0) delete next[key]; else next[key] = outputs;
  } else if (text === '') delete next[key];
  else next[key] = answerValue(question, text);
  return next;
}

/** The scenario with step `stepName`'s screenValues replaced; what that leaves empty (screenValues, the step's override, `steps`) goes. */
function withScreenValues(scenario: Scenario, stepName: string, values: Answers): Scenario {
  const override = { ...(own(scenario.steps, stepName) ?? {}) };
  if (Object.keys(values).length === 0) delete override.screenValues; else override.screenValues = values as NonNullable<typeof override.screenValues>;
  const steps = { ...(scenario.steps ?? {}) };
  if (Object.keys(override).length === 0) delete steps[stepName]; else steps[stepName] = override;
  const { steps: _old, ...rest } = scenario;
  return Object.keys(steps).length === 0 ? rest : { ...rest, steps };
}

/** The scenario with Repeater `repeater`'s items replaced; undefined removes its answer (the run shows its default items). */
function withItems(scenario: Scenario, stepName: string, repeater: string, items: readonly Answers[] | undefined): Scenario {
  const values = { ...screenValues(scenario, stepName) };
  const key = keyIn(values, repeater) ?? repeater;
  if (items === undefined) delete values[key]; else values[key] = items;
  return withScreenValues(scenario, stepName, values);
}

/**
 * The scenario with `text` as the answer to `question` of step `stepName` (`steps[name].screenValues`);
 * an empty text removes the answer, and what it leaves empty (the component's object, screenValues,
 * the step's override, `steps`) goes with it. For a field inside a Repeater, the answer is item
 * `item`'s (numbered from 0), and an item left with no answer stays: an item at its defaults.
 */
export function withAnswer(scenario: Scenario, stepName: string, question: ScreenQuestion, text: string, item = 0): Scenario {
  if (question.repeater === undefined) return withScreenValues(scenario, stepName, answered(screenValues(scenario, stepName), question, text));
  const items = [...(repeaterItems(scenario, stepName, question.repeater) ?? [])];
  while (items.length <= item) items.push({});
  items[item] = answered(items[item]!, question, text);
  return withItems(scenario, stepName, question.repeater, items);
}

/** The scenario with one more item, at its defaults, given to Repeater `repeater` (the first when it gave none). */
export function withItemAdded(scenario: Scenario, stepName: string, repeater: string): Scenario {
  return withItems(scenario, stepName, repeater, [...(repeaterItems(scenario, stepName, repeater) ?? []), {}]);
}

/** The scenario without item `item` of Repeater `repeater` (removing the last leaves a list of none: the user removed every item). */
export function withItemRemoved(scenario: Scenario, stepName: string, repeater: string, item: number): Scenario {
  return withItems(scenario, stepName, repeater, (repeaterItems(scenario, stepName, repeater) ?? []).filter((_, i) => i !== item));
}

/** The scenario giving Repeater `repeater` no items of its own: the run shows its default items. */
export function withDefaultItems(scenario: Scenario, stepName: string, repeater: string): Scenario {
  return withItems(scenario, stepName, repeater, undefined);
}
