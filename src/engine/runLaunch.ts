/**
 * The launch of a run whose scenario starts with a record save (`save`): the decision of launch.ts
 * on the triggering record as stored in the org (after the save) and `$Record__Prior` (before it).
 */
import type { Scenario } from '../model/types';
import type { Engine } from './engine';
import { evaluateFormula, parseFormula } from '../flows/formula';
import type { FlowValue } from '../flows/values';
import { RECORD_VARIABLE } from '../model/names';
import { RECORD_PRIOR } from '../model/references';
import { toFlowValue } from './formulas';
import { decideLaunch, type FormulaCheck, type LaunchDecision, type SavedRecord } from './launch';
import { inferType, NULL_VALUE, type TypedValue } from './values';
import { priorValues } from './runRecords';

/** The launch decision for this run, or null when the run starts without a save (it just starts). */
export function launchDecision(engine: Engine, scenario: Scenario | undefined): LaunchDecision | null {
  const save = scenario?.save;
  const trigger = engine.model.doc.trigger;
  const stored = engine.triggerRecord;
  if (!save || trigger?.type !== 'recordTriggered' || !stored) return null;
  const after = engine.org.get(stored.id)?.fields ?? {};
  const prior = priorValues(engine.org, stored, scenario);
  return decideLaunch(trigger, save.operation, { object: stored.object, after, prior }, entryFormula(engine));
}

/** Evaluates the trigger's entry formula on the saved record (`$Record`, `$Record__Prior`, the clock at 0). */
function entryFormula(engine: Engine): FormulaCheck {
  return (text, record) => {
    const parsed = parseFormula(text);
    if (!parsed.ok) return { error: parsed.error.message };
    const read = (values: SavedRecord['after'] | null, path: readonly string[]): FlowValue | undefined => {
      if (values === null) return undefined;
      if (path.length === 0) return { type: 'Record', value: { ...values } };
      return toFlowValue(typedField(values, path.join('.')));
    };
    const result = evaluateFormula(parsed.formula, {
      now: 0,
      ...(engine.scenario.startAt !== undefined ? { startAt: engine.scenario.startAt } : {}),
      resolve: (reference) => {
        const [head, ...path] = reference.split('.');
        if (head === RECORD_VARIABLE) return read(record.after, path);
        if (head === RECORD_PRIOR) return read(record.prior, path);
        return undefined;
      },
    }, 'Boolean');
    if (!result.ok) return { error: result.error.message };
    return { value: result.value.value === true };
  };
}

function typedField(values: SavedRecord['after'], name: string): TypedValue {
  const key = Object.keys(values).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? null : (values[key] ?? null);
  return value === null ? NULL_VALUE : { type: inferType(value), value };
}
