/** `variable.add`: adds an orchestration variable (its name must be free in the one namespace). */
import { apiNameProblem } from '../model/names';
import type { Variable } from '../model/types';
import { defineCommand } from './command';
import { takenNames } from './queries';

export const addVariable = defineCommand<{ variable: Variable }>('variable.add', 'Add variable', (doc, { variable }) => {
  if (apiNameProblem(variable.name) || takenNames(doc).has(variable.name)) return doc;
  return { ...doc, variables: [...(doc.variables ?? []), variable] };
});
