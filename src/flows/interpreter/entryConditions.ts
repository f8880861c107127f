/**
 * A record-triggered flow's entry conditions (`<start>`: filters with their logic, or a formula, and
 * "only when a record is updated to meet the condition requirements"), tested on the triggering
 * record the caller gives. Salesforce does not run the flow for a save that does not meet them; the
 * interpreter runs whatever it is asked to, so a caller (the `flow` command) asks this first.
 */
import type { FlowCondition, FlowDefinition, FlowValueSpec } from '../definition';
import { formulaOnOneLine } from '../formula/oneLine';
import { SimulatedOrg } from '../org/simulatedOrg';
import { conditionsHold } from './conditions';
import { Frame } from './frame';
import { budgetOf, resolveOptions } from './run';
import { FlowStop } from './stop';
import type { RunFlowOptions } from './types';

export type EntryCheck =
  /** Whether Salesforce would run the flow for this save; `why` says what was tested. */
  | { readonly holds: boolean; readonly why: string }
  /** The conditions could not be tested (an unsupported function, a missing value): `why` says so. */
  | { readonly holds: null; readonly why: string };

/**
 * A filter's value as the admin wrote it: `"Closed"`, `5`, `true`, `{!threshold}`; a row saved without
 * one compares with a blank and is named `(blank)` (the sentence read `Id NotEqualTo, Status …`).
 */
function specText(spec: FlowValueSpec): string {
  if ('string' in spec) return JSON.stringify(spec.string);
  if ('ref' in spec) return `{!${spec.ref}}`;
  if ('number' in spec) return String(spec.number);
  if ('boolean' in spec) return String(spec.boolean);
  if ('date' in spec) return spec.date;
  if ('dateTime' in spec) return spec.dateTime;
  if ('list' in spec) return `[${spec.list.map(specText).join(', ')}]`;
  return `(a ${spec.unsupported} value)`;
}

/** Whether the given `$Record` (and `$Record__Prior`) meet the flow's entry conditions; undefined when it has none or no record is given. */
export function checkEntryConditions(definition: FlowDefinition, options: RunFlowOptions): EntryCheck | undefined {
  const { start } = definition;
  const filters = start.filters ?? [];
  // a schedule-triggered flow's filter selects the records it runs for, one interview each with the
  // record as $Record (Winter '20 release notes, "Start a Flow on a Schedule"): tested as a trigger's conditions
  if (!options.record || !/^(Record|Scheduled)/i.test(start.triggerType ?? '') || (filters.length === 0 && start.filterFormula === undefined)) return undefined;
  const frame = new Frame(definition, resolveOptions(options), budgetOf(options), 0, (options.org ?? new SimulatedOrg()).clone());
  // a formula written over several lines is named on one, its text literals intact and a long one cut: `why` is one line of stderr
  const what = start.filterFormula !== undefined ? `the formula ${formulaOnOneLine(start.filterFormula)}` : `${filters.length === 1 ? 'the condition' : `the conditions (${start.filterLogic ?? 'and'})`} ${filters.map((f) => `${f.field} ${f.operator} ${f.value ? specText(f.value) : '(blank)'}`).join(', ')}`;
  const holdsFor = (record: '$Record' | '$Record__Prior'): boolean => {
    if (start.filterFormula !== undefined) {
      const formula = record === '$Record' ? start.filterFormula : start.filterFormula.replace(/\$Record\./gi, '$Record__Prior.');
      return frame.evaluateExpression(`start:${record}`, formula, 'Boolean', 'the entry formula').value === true;
    }
    const rows: FlowCondition[] = filters.map((f) => ({ left: `${record}.${f.field}`, operator: f.operator, ...(f.value ? { right: f.value } : {}) }));
    return conditionsHold(frame, rows, start.filterLogic, 'start');
  };
  try {
    const now = holdsFor('$Record');
    if (!now) return { holds: false, why: `the record does not meet ${what}` };
    if (start.requireChangeToMeet && options.recordPrior && holdsFor('$Record__Prior')) {
      return { holds: false, why: `the record met ${what} before this update too, and the flow runs only when an update makes it meet them` };
    }
    return { holds: true, why: `the record meets ${what}` };
  } catch (caught) {
    return { holds: null, why: `${what} could not be tested: ${caught instanceof FlowStop || caught instanceof Error ? caught.message : String(caught)}` };
  }
}
