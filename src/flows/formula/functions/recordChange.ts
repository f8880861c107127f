/**
 * Record-change functions of record-triggered flows and Process Builder processes (start conditions
 * and formulas): ISNEW, ISCLONE, ISCHANGED and PRIORVALUE. They read the record being saved and the record as
 * it was before the save through the variables the context names (`triggerRecord`): a
 * record-triggered flow's `$Record` / `$Record__Prior` (the default), or a Process Builder process's
 * `myVariable_current` / `myVariable_old`. `ISCHANGED({!$Record.Status})` compares `$Record.Status`
 * with `$Record__Prior.Status`. Without a prior record the record is being created, as in Salesforce:
 * ISNEW is true, nothing has changed and the prior value is the current one. A flow triggered only on
 * update always has one, so there a missing prior record stops the formula, saying so. A field of the
 * prior record (`{!myVariable_old.Status}`, which Process Builder writes in its "only when specified
 * changes are made" formulas) names the same field (*chosen*). ISCLONE is false: a scenario's record
 * is saved, never made with Clone, and nothing in it says otherwise (*chosen*, docs/formulas.md).
 */
import type { FlowValue } from '../../values';
import { booleanValue } from '../../values';
import type { TriggerRecordVariables } from '../context';
import { readReference } from '../readReference';
import { valuesEqual } from '../operators';
import { inferBeside } from '../typeOf';
import type { CallArgs } from './callArgs';
import type { FunctionTable } from './formulaFunction';

/** A record-triggered flow's variables: what a context that names none reads. */
const RECORD_TRIGGERED: TriggerRecordVariables = { current: '$Record', prior: '$Record__Prior' };

function variablesOf(args: CallArgs): TriggerRecordVariables {
  return args.ctx.triggerRecord ?? RECORD_TRIGGERED;
}

/** A variable the context may not know (or may refuse to read): undefined then. */
function tryResolve(args: CallArgs, name: string): FlowValue | undefined {
  try {
    return args.ctx.resolve(name);
  } catch {
    return undefined;
  }
}

/** The record a variable holds, or undefined when it holds none (null, or not given). */
function recordIn(args: CallArgs, name: string): FlowValue | undefined {
  const value = tryResolve(args, name);
  return value === undefined || value.value === null ? undefined : value;
}

/**
 * The run has no record being saved: each of ISNEW, ISCHANGED and PRIORVALUE says so the same way,
 * naming what to give (a Process Builder process's input, which `stageflow flow --record` fills).
 */
function noRecord(args: CallArgs, current: string): never {
  const give = current.startsWith('$') ? 'give the triggering record' : `give the record being saved as the input ${current}, as stageflow flow's --record does`;
  return args.error(`this run has no triggering record in {!${current}} (${give})`);
}

/** The prior record, or undefined when the record is being created; in a flow triggered only on update, a missing one is an error. */
function priorRecord(args: CallArgs): FlowValue | undefined {
  const { prior, updateOnly } = variablesOf(args);
  const found = recordIn(args, prior);
  if (found === undefined && updateOnly === true) {
    return args.error(`this flow runs only when a record is updated, and this run has no {!${prior}} (the record before the update): give it`);
  }
  return found;
}

/** The field an argument names (`{!$Record.Status}` → `Status`) and whether it was named on the prior record; undefined when it names no field of them. */
function fieldOf(name: string, variables: TriggerRecordVariables): { field: string; onPrior: boolean } | undefined {
  const dot = name.indexOf('.');
  if (dot <= 0 || dot === name.length - 1) return undefined;
  const head = name.slice(0, dot).toLowerCase();
  const field = name.slice(dot + 1);
  if (head === variables.current.toLowerCase()) return { field, onPrior: false };
  if (head === variables.prior.toLowerCase()) return { field, onPrior: true };
  return undefined;
}

/** The triggering record's field an argument names, with its value before the change (undefined: no prior record, a creation). */
function fieldAndPrior(args: CallArgs): { current: FlowValue; prior: FlowValue | undefined } {
  const variables = variablesOf(args);
  const node = args.node(0);
  const named = node.kind === 'reference' ? fieldOf(node.name, variables) : undefined;
  if (named === undefined) {
    return args.error(`must be a field of the triggering record, such as {!${variables.current}.Status}`, 0);
  }
  // without the record being saved there is nothing to compare: said as ISNEW says it, not a null fault
  if (recordIn(args, variables.current) === undefined) return noRecord(args, variables.current);
  const current = named.onPrior ? readReference(`${variables.current}.${named.field}`, args.position(0), args.ctx) : args.raw(0);
  if (priorRecord(args) === undefined) return { current, prior: undefined };
  return { current, prior: readReference(`${variables.prior}.${named.field}`, args.position(0), args.ctx) };
}

export const RECORD_CHANGE_FUNCTIONS: FunctionTable = {
  ISNEW: {
    minArgs: 0,
    maxArgs: 0,
    call: (args) => {
      const { current, updateOnly } = variablesOf(args);
      if (recordIn(args, current) === undefined) return noRecord(args, current);
      // a flow triggered only on update never sees a record being created
      if (updateOnly === true) return booleanValue(false);
      return booleanValue(priorRecord(args) === undefined);
    },
  },
  ISCLONE: {
    minArgs: 0,
    maxArgs: 0,
    call: (args) => {
      const { current } = variablesOf(args);
      // as ISNEW: without the record being saved the question has no answer, so say what to give
      if (recordIn(args, current) === undefined) return noRecord(args, current);
      return booleanValue(false);
    },
  },
  ISCHANGED: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const { current, prior } = fieldAndPrior(args);
      if (prior === undefined) return booleanValue(false);
      return booleanValue(!valuesEqual('ISCHANGED', inferBeside(current, prior), inferBeside(prior, current), args.position(0)));
    },
  },
  PRIORVALUE: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const { current, prior } = fieldAndPrior(args);
      return prior ?? current;
    },
  },
};
