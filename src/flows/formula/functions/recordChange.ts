/**
 * Record-change functions of record-triggered flows (start conditions and formulas): ISNEW,
 * ISCHANGED and PRIORVALUE. They read the record as it was before the change through the context's
 * `$Record__Prior` (the Flow global): `ISCHANGED({!$Record.Status})` compares `$Record.Status` with
 * `$Record__Prior.Status`. Without a prior record (the record is being created), nothing has
 * changed and the prior value is the current one, as in Salesforce.
 */
import type { FlowValue } from '../../values';
import { booleanValue } from '../../values';
import { readReference } from '../readReference';
import { valuesEqual } from '../operators';
import { inferBeside } from '../typeOf';
import type { CallArgs } from './callArgs';
import type { FunctionTable } from './formulaFunction';

const RECORD_FIELD = /^\$record\./i;

/** A global the context may not know (or may refuse to read): undefined then. */
function tryResolve(args: CallArgs, name: string): FlowValue | undefined {
  try {
    return args.ctx.resolve(name);
  } catch {
    return undefined;
  }
}

/** The prior record, or undefined when there is none (not record-triggered, or a new record). */
function priorRecord(args: CallArgs): FlowValue | undefined {
  const prior = tryResolve(args, '$Record__Prior');
  return prior === undefined || prior.value === null ? undefined : prior;
}

/** The `$Record.…` field an argument names, with its value before the change (undefined: no prior record). */
function fieldAndPrior(args: CallArgs): { current: FlowValue; prior: FlowValue | undefined } {
  const node = args.node(0);
  if (node.kind !== 'reference' || !RECORD_FIELD.test(node.name)) {
    return args.error('must be a field of the triggering record, such as {!$Record.Status}', 0);
  }
  const current = args.raw(0);
  if (priorRecord(args) === undefined) return { current, prior: undefined };
  const priorName = `$Record__Prior${node.name.slice('$Record'.length)}`;
  return { current, prior: readReference(priorName, node.pos, args.ctx) };
}

export const RECORD_CHANGE_FUNCTIONS: FunctionTable = {
  ISNEW: {
    minArgs: 0,
    maxArgs: 0,
    call: (args) => booleanValue(tryResolve(args, '$Record') !== undefined && priorRecord(args) === undefined),
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
