/**
 * The three ways a step starts, a stage ends or an interactive step completes, read from and
 * written to the `entry…`/`exit…` elements of a stage or step:
 *
 * | mode            | elements                                                              |
 * |-----------------|-----------------------------------------------------------------------|
 * | plain           | `…ConditionLogic` `and` only (stage starts / all steps / screen flow)  |
 * | requirements    | `…Conditions` rows + `…ConditionLogic`                                 |
 * | evaluationFlow  | `…ActionName`, `…ActionType`, `…ActionInputParameters`, logic `and`    |
 *
 * `…ActionType` is `flow` in API 52 files and `evaluationFlow` later; another value stays verbatim.
 */
import type { Requirement } from '../../model/types';
import { exportRows, importRow, importRows, isOperator } from './conditions';
import type { Children } from './importContext';
import { hasLogicAbsentMark, type LogicAbsentMark } from './extensions';
import { exportParameters, importParameters } from './parameters';
import { childText, leaf, type XmlNode } from './xmlNode';
import type { InputValues } from '../../model/inputValue';

export type ConditionPrefix = 'entry' | 'exit';

export type ConditionMode =
  | { mode: 'plain' }
  | { mode: 'requirements'; requirements: Requirement[]; logic?: string }
  | { mode: 'evaluationFlow'; flow: string; inputs: InputValues };

/** The `…ActionType` written for evaluation flows at this API version. */
export function evaluationActionType(apiVersion: number): string {
  return apiVersion <= 52 ? 'flow' : 'evaluationFlow';
}

/** The LogicAbsentMark for an evaluation-flow condition written without `prefix…ConditionLogic`, else none. */
export function logicAbsentMark(children: Children, prefix: ConditionPrefix): LogicAbsentMark[] {
  const evaluationFlow = children.text(`${prefix}ActionName`);
  return evaluationFlow && children.all(`${prefix}ConditionLogic`).length === 0 ? [{ kind: 'xmlLogicAbsent', condition: prefix }] : [];
}

/** Reads the mode from the `prefix…` children, marking what it maps; undefined when none is written. */
export function importConditionMode(
  children: Children,
  prefix: ConditionPrefix,
  apiVersion: number,
  names: ReadonlySet<string>,
): ConditionMode | undefined {
  const actionName = children.text(`${prefix}ActionName`);
  if (actionName) {
    children.use(children.first(`${prefix}ActionName`));
    children.useIf(`${prefix}ActionType`, evaluationActionType(apiVersion));
    children.useIf(`${prefix}ConditionLogic`, 'and');
    const inputs = importParameters(children, `${prefix}ActionInputParameters`, names) ?? {};
    return { mode: 'evaluationFlow', flow: actionName, inputs };
  }
  const rows = children.all(`${prefix}Conditions`);
  if (rows.length > 0) {
    const requirements = importRows(rows);
    if (!requirements) return undefined;
    children.use(...rows);
    const logic = children.text(`${prefix}ConditionLogic`);
    if (logic) {
      children.use(children.first(`${prefix}ConditionLogic`));
      return { mode: 'requirements', requirements, logic };
    }
    return { mode: 'requirements', requirements };
  }
  return children.useIf(`${prefix}ConditionLogic`, 'and') ? { mode: 'plain' } : undefined;
}

/**
 * When the `prefix…Conditions` rows were written but could not be read into requirements (an
 * operator the model does not have, a value of another kind), what stopped them, for a warning:
 * the rows are kept verbatim, so the simulation runs as if there were no condition at all.
 * Null when there are no such rows, or they were read.
 */
export function unreadConditions(children: Children, prefix: ConditionPrefix): string | null {
  const rows = children.all(`${prefix}Conditions`);
  if (rows.length === 0 || importRows(rows)) return null;
  const row = rows.find((node) => importRow(node) === undefined);
  const operator = row ? childText(row, 'operator') : undefined;
  return operator && !isOperator(operator) ? `the operator ${operator}` : 'a row';
}

/**
 * The `prefix…` elements for a mode (nothing for undefined). `extensions`: the owner's, whose
 * LogicAbsentMark leaves an evaluation flow's logic out, as the file had it.
 */
export function exportConditionMode(
  prefix: ConditionPrefix,
  mode: ConditionMode | undefined,
  apiVersion: number,
  names: ReadonlySet<string>,
  extensions?: unknown,
): XmlNode[] {
  if (!mode) return [];
  const logic = (text: string) => leaf(`${prefix}ConditionLogic`, text);
  switch (mode.mode) {
    case 'plain':
      return [logic('and')];
    case 'requirements':
      return [...exportRows(`${prefix}Conditions`, mode.requirements), logic(mode.logic ?? 'and')];
    case 'evaluationFlow':
      return [
        ...exportParameters(`${prefix}ActionInputParameters`, mode.inputs, names),
        leaf(`${prefix}ActionName`, mode.flow),
        leaf(`${prefix}ActionType`, evaluationActionType(apiVersion)),
        ...(hasLogicAbsentMark(extensions, prefix) ? [] : [logic('and')]),
      ];
  }
}
