/** How a panel says the type a project flow declares for a variable. */
import type { FlowParameter } from '../../model/types';

/** "Number", "Account record", "String collection". */
export function parameterType(parameter: FlowParameter): string {
  const base = parameter.dataType === 'SObject' ? `${parameter.objectType ?? 'Object'} record` : parameter.dataType;
  return parameter.isCollection ? `${base} collection` : base;
}
