/** `variable.remove`: removes a variable (references to it then show as validation problems). */
import { defineCommand } from './command';

export const removeVariable = defineCommand<{ name: string }>('variable.remove', 'Remove variable', (doc, { name }) => {
  const variables = doc.variables ?? [];
  if (!variables.some((v) => v.name === name)) return doc;
  return { ...doc, variables: variables.filter((v) => v.name !== name) };
});
