/**
 * Formula resources and the record trigger's entry conditions: formulas parse (an error gives the
 * 1-based position), every merge field they read resolves (R50), and no formula reads itself; the
 * trigger's entry formula parses, its condition rows name a field and their logic is valid (R64).
 * A trigger that fires on every update with no entry condition is pointed out: it starts a run on
 * every save of every record of the object.
 */
import type { FormulaSyntax } from './formulaSyntax';
import { childPath } from './jsonPath';
import { parseLogic } from './logic';
import type { RecordTrigger } from './types';
import type { ValidationContext } from './validateContext';
import { resolveReference } from './validateResolve';

function checkFormulaText(ctx: ValidationContext, syntax: FormulaSyntax, text: string, path: string, what: string): readonly string[] {
  const parsed = syntax.check(text);
  if (!parsed.ok) {
    ctx.error(path, `${what} does not parse: ${parsed.message}`);
    return [];
  }
  const references = parsed.references;
  for (const reference of references) {
    const resolution = resolveReference(ctx, reference);
    if (!resolution.ok) ctx.error(path, `${what} reads {!${reference}}: ${resolution.message}`);
  }
  return references;
}

function checkCircular(ctx: ValidationContext, reads: ReadonlyMap<string, readonly string[]>): void {
  (ctx.doc.formulas ?? []).forEach((formula, index) => {
    const seen = new Set<string>();
    const stack = [...(reads.get(formula.name) ?? [])];
    while (stack.length > 0) {
      const name = stack.pop()!;
      if (name === formula.name) {
        ctx.error(childPath(childPath('formulas', index), 'expression'), `formula "${formula.name}" reads itself (through ${[...seen].join(', ') || 'its own expression'}): it has no value`);
        return;
      }
      if (seen.has(name) || !reads.has(name)) continue;
      seen.add(name);
      stack.push(...reads.get(name)!);
    }
  });
}

function checkTrigger(ctx: ValidationContext, syntax: FormulaSyntax, trigger: RecordTrigger): void {
  if (trigger.entryFormula !== undefined && trigger.entryFormula.trim() !== '') {
    checkFormulaText(ctx, syntax, trigger.entryFormula, childPath('trigger', 'entryFormula'), 'the entry formula');
  } else if (trigger.entryFormula !== undefined) {
    // the builder's "Formula evaluates to true" with nothing typed yet: not a condition Salesforce saves
    ctx.error(childPath('trigger', 'entryFormula'), 'the entry formula is empty: write the formula the saved record must meet, or choose other condition requirements');
  }
  const conditions = trigger.entryConditions;
  if (conditions) {
    const path = childPath('trigger', 'entryConditions');
    if (conditions.filters.length > 0) {
      const logic = parseLogic(conditions.logic, conditions.filters.length);
      if (!logic.ok) ctx.error(childPath(path, 'logic'), `entry condition logic "${conditions.logic ?? ''}": ${logic.error.message}`);
    }
    conditions.filters.forEach((filter, i) => {
      const needsValue = filter.operator !== 'IsNull' && filter.operator !== 'IsChanged';
      if (needsValue && filter.value === undefined) ctx.error(childPath(childPath(childPath(path, 'filters'), i), 'value'), `${filter.operator} needs a value to compare ${filter.field} with`);
    });
  }
  const hasConditions = (conditions?.filters.length ?? 0) > 0 || (trigger.entryFormula ?? '') !== '';
  if ((trigger.when === 'update' || trigger.when === 'createAndUpdate') && !hasConditions) {
    ctx.warn(childPath('trigger', 'when'), `the orchestration starts on every save of every ${trigger.object || 'record'}: add entry conditions, or start it only when a record is created`);
  }
}

/** Checks formula resources and the record trigger's entry conditions (syntax with `syntax`, when given). */
export function validateFormulas(ctx: ValidationContext, syntax: FormulaSyntax): void {
  const reads = new Map<string, readonly string[]>();
  (ctx.doc.formulas ?? []).forEach((formula, index) => {
    const references = checkFormulaText(ctx, syntax, formula.expression, childPath(childPath('formulas', index), 'expression'), `formula "${formula.name}"`);
    reads.set(formula.name, references);
  });
  checkCircular(ctx, reads);
  const trigger = ctx.doc.trigger;
  if (trigger?.type === 'recordTriggered') checkTrigger(ctx, syntax, trigger);
}
