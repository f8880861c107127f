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

export type AnswerKind = 'text' | 'number' | 'boolean' | 'date' | 'dateTime';

/** One answer a screen asks for: a field, or one output of a component. */
export interface ScreenQuestion {
  screen: string;
  /** the `screenValues` key: the field's name (a record field's `curCase.Subject`) */
  key: string;
  /** for a component: the output this answer is (`value` of a toggle), kept under `screenValues[key]` */
  output?: string;
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

/** The outputs of component `field` the flow uses: its output assignments and `field.x` read anywhere in the flow. */
function componentOutputs(field: ScreenField, flowText: string): string[] {
  const outputs = (field.outputParameters ?? []).map((o) => o.name);
  const escaped = field.name.replace(/[^A-Za-z0-9_]/g, '');
  for (const match of flowText.matchAll(new RegExp(`(?<![A-Za-z0-9_.$])${escaped}\\.([A-Za-z_][A-Za-z0-9_]*)`, 'gi'))) {
    if (!outputs.some((o) => o.toLowerCase() === match[1]!.toLowerCase())) outputs.push(match[1]!);
  }
  return outputs;
}

/**
 * The questions of the screen flow step `stepName` calls, screen by screen in the order the
 * definition lists them; none when the step is not interactive or its flow has no definition.
 * Fields inside a Repeater are left out (a Repeater's items are a list, given in a scenario file).
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
      if (!takesValue(field) || isRepeater(field) || inRepeater.has(field)) continue;
      const required = field.isRequired === true;
      if (field.objectField !== undefined) questions.push({ screen: element.name, key: field.objectField, kind: 'text', required });
      else if (isComponent(field)) {
        for (const output of componentOutputs(field, flowText)) questions.push({ screen: element.name, key: field.name, output, kind: 'text', required: false });
      } else {
        const choices = field.choices ?? [];
        questions.push({ screen: element.name, key: field.name, kind: kindOf(field.dataType), ...(choices.length > 0 ? { choices } : {}), required });
      }
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

/** The answer the scenario gives `question` of step `stepName`, as text ('' when none). */
export function answerText(scenario: Scenario, stepName: string, question: ScreenQuestion): string {
  const values = (scenario.steps?.[stepName]?.screenValues ?? {}) as Answers;
  const key = keyIn(values, question.key);
  let value = key === undefined ? undefined : values[key];
  if (question.output !== undefined) {
    const outputs = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Answers) : {};
    const output = keyIn(outputs, question.output);
    value = output === undefined ? undefined : outputs[output];
  }
  return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}

/**
 * The scenario with `text` as the answer to `question` of step `stepName` (`steps[name].screenValues`);
 * an empty text removes the answer, and what it leaves empty (the component's object, screenValues,
 * the step's override, `steps`) goes with it.
 */
export function withAnswer(scenario: Scenario, stepName: string, question: ScreenQuestion, text: string): Scenario {
  const override = { ...(scenario.steps?.[stepName] ?? {}) };
  const values: Answers = { ...((override.screenValues ?? {}) as Answers) };
  const key = keyIn(values, question.key) ?? question.key;
  if (question.output !== undefined) {
    const current = values[key];
    const outputs: Answers = current !== null && typeof current === 'object' && !Array.isArray(current) ? { ...(current as Answers) } : {};
    const output = keyIn(outputs, question.output) ?? question.output;
    if (text === '') delete outputs[output]; else outputs[output] = answerValue(question, text);
    if (Object.keys(outputs).length === 0) delete values[key]; else values[key] = outputs;
  } else if (text === '') delete values[key];
  else values[key] = answerValue(question, text);
  if (Object.keys(values).length === 0) delete override.screenValues; else override.screenValues = values as NonNullable<typeof override.screenValues>;
  const steps = { ...(scenario.steps ?? {}) };
  if (Object.keys(override).length === 0) delete steps[stepName]; else steps[stepName] = override;
  const { steps: _old, ...rest } = scenario;
  return Object.keys(steps).length === 0 ? rest : { ...rest, steps };
}
