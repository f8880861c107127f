/**
 * A requirement row's resource as an admin reads it in the run view's tables: a step's status by
 * the step's label (“Status of step “Create user accounts””), an output by its step's, the
 * triggering record as Flow Builder names it (“Triggering Order”), and a field by its label where
 * the project's object metadata gives one. The API name stays beside it (the caller shows both):
 * it is what the design and the requirement editor hold. `hire.Confirmed` read as code.
 */
import { elementLabel, findStage, findStep } from '../../commands/queries';
import { RECORD, RECORD_PRIOR, decideStatus, parseReference } from '../../model/references';
import type { Orchestration } from '../../model/types';

/** A field's label from the project's object metadata, when it has one. */
export type FieldLabelOf = (object: string, field: string) => string | undefined;

const noLabels: FieldLabelOf = () => undefined;

/** The object a Record variable (or `$Record`) holds, when the design says it. */
function objectOf(doc: Orchestration, variable: string): string | undefined {
  if (variable === RECORD || variable === RECORD_PRIOR) return doc.trigger?.type === 'recordTriggered' ? doc.trigger.object : undefined;
  const found = doc.variables?.find((v) => v.name === variable);
  return found?.type === 'Record' ? found.object : undefined;
}

/** `$Record.Total` → “Triggering Order › Total”; `hire.Confirmed` → itself unless the field has a label. */
function fieldInWords(doc: Orchestration, variable: string, path: readonly string[], labelOf: FieldLabelOf): string | null {
  const object = objectOf(doc, variable);
  const label = object !== undefined && path.length > 0 ? labelOf(object, path[0]!) : undefined;
  const triggering = `Triggering ${object ?? 'record'}`;
  const head = variable === RECORD ? triggering : variable === RECORD_PRIOR ? `${triggering} before the save` : variable;
  if (head === variable && label === undefined) return null; // nothing to say better than the reference
  return [head, label ?? path[0], ...path.slice(1)].filter((part) => part !== undefined).join(' › ');
}

/** `text` (a requirement's left side, or a reference on its right) in words, or `text` itself when it has none better. */
export function resourceInWords(text: string, doc: Orchestration | null, labelOf: FieldLabelOf = noLabels): string {
  const parsed = doc ? parseReference(text) : null;
  if (!doc || !parsed) return text;
  const ref = decideStatus(parsed, (name) => findStep(doc, name) !== null || findStage(doc, name) !== undefined);
  switch (ref.kind) {
    case 'status': return `Status of ${findStep(doc, ref.element) ? 'step' : 'stage'} “${elementLabel(doc, ref.element)}”`;
    case 'output': return `Output ${[ref.output, ...ref.path].join(' › ')} of step “${elementLabel(doc, ref.step)}”`;
    case 'field': return fieldInWords(doc, ref.variable, ref.path, labelOf) ?? text;
    default: return text;
  }
}
