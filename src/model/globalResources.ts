/**
 * Salesforce's global variables as an orchestration can read them (R50), with their types:
 * `$User.*` (the identity the element runs as), `$Flow.CurrentDateTime` / `$Flow.CurrentDate` (the
 * virtual clock), `$GlobalConstant.True|False|EmptyString`, `$Orchestration.Instance` (the run's
 * id). The other globals Salesforce offers (`$Organization`, `$Profile`, `$Label`…) are accepted and
 * read as null by the simulator (chosen; a warning says so).
 */
import type { VariableType } from './types';

export type GlobalResolution =
  | { ok: true; type: VariableType | null; simulated: boolean }
  | { ok: false; message: string };

/** Every global the simulator reads, as an admin would type it (for "what would be valid"). */
export const SIMULATED_GLOBALS = [
  '$User.<field>', '$Flow.CurrentDateTime', '$Flow.CurrentDate',
  '$GlobalConstant.True', '$GlobalConstant.False', '$GlobalConstant.EmptyString', '$Orchestration.Instance',
] as const;

const FLOW_FIELDS: Readonly<Record<string, VariableType>> = { CurrentDateTime: 'DateTime', CurrentDate: 'Date' };
const CONSTANTS: Readonly<Record<string, VariableType>> = { True: 'Boolean', False: 'Boolean', EmptyString: 'Text' };
const USER_TYPES: Readonly<Record<string, VariableType>> = {
  Id: 'Text', Username: 'Text', Name: 'Text', FirstName: 'Text', LastName: 'Text', Email: 'Text', Alias: 'Text',
  IsActive: 'Boolean', ManagerId: 'Text', ProfileId: 'Text', UserRoleId: 'Text',
};

/** What a global reference `scope.path` is, or why it is none. */
export function resolveGlobal(scope: string, path: readonly string[]): GlobalResolution {
  const text = `${scope}.${path.join('.')}`;
  switch (scope) {
    case '$User':
      return { ok: true, type: path.length === 1 ? (USER_TYPES[path[0]!] ?? null) : null, simulated: true };
    case '$Flow': {
      const type = path.length === 1 ? FLOW_FIELDS[path[0]!] : undefined;
      if (type) return { ok: true, type, simulated: true };
      return { ok: false, message: `"${text}" is not available in an orchestration: use $Flow.CurrentDateTime or $Flow.CurrentDate ($Flow.CurrentStage and $Flow.ActiveStages are not supported in orchestrations)` };
    }
    case '$GlobalConstant': {
      const type = path.length === 1 ? CONSTANTS[path[0]!] : undefined;
      if (type) return { ok: true, type, simulated: true };
      return { ok: false, message: `unknown global constant "${text}": use $GlobalConstant.True, $GlobalConstant.False or $GlobalConstant.EmptyString` };
    }
    case '$Orchestration':
      if (path.length === 1 && path[0] === 'Instance') return { ok: true, type: 'Text', simulated: true };
      return { ok: false, message: `"${text}" is not a resource: $Orchestration offers only $Orchestration.Instance (the run's id)` };
    default:
      return { ok: true, type: null, simulated: false };
  }
}
