/**
 * `variable.update`: replaces a variable's type, label, object or value (rename it with
 * element.setApiName so that references follow).
 */
import type { Variable } from '../model/types';
import { defineCommand } from './command';

export interface UpdateVariableParams {
  name: string;
  /** The whole new variable; its `name` is ignored. */
  variable: Variable;
}

export const updateVariable = defineCommand<UpdateVariableParams>('variable.update', 'Edit variable', (doc, { name, variable }) => {
  const variables = doc.variables ?? [];
  const index = variables.findIndex((v) => v.name === name);
  if (index < 0) return doc;
  const next = variables.slice();
  next[index] = { ...variable, name };
  return { ...doc, variables: next };
});
