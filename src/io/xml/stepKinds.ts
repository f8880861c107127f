/**
 * Step kinds ↔ `actionType` / `stepSubtype`. Background: `stepBackground` (`flow` in some early
 * files). Interactive: `stepInteractive`, or `createWorkItem` in API 52 pilot files. Other kinds
 * (`stepMuleSoft`, `stepApproval`…) are not modelled and stay verbatim.
 */
import type { Step } from '../../model/types';
import { STEP_SUBTYPE_SINCE } from './exportContext';

type Kind = Step['kind'];

const KIND_BY_ACTION_TYPE: Record<string, Kind> = {
  stepBackground: 'background',
  flow: 'background',
  stepInteractive: 'interactive',
  createWorkItem: 'interactive',
};

const KIND_BY_SUBTYPE: Record<string, Kind> = { BackgroundStep: 'background', InteractiveStep: 'interactive' };

/** The kind a step's `actionType` (or, without one, its `stepSubtype`) stands for, if modelled. */
export function kindOf(actionType: string | undefined, subtype: string | undefined): Kind | undefined {
  if (actionType !== undefined) return Object.hasOwn(KIND_BY_ACTION_TYPE, actionType) ? KIND_BY_ACTION_TYPE[actionType] : undefined;
  return subtype !== undefined && Object.hasOwn(KIND_BY_SUBTYPE, subtype) ? KIND_BY_SUBTYPE[subtype] : undefined;
}

/** The `actionType` written for a kind at an API version. */
export function actionTypeFor(kind: Kind, apiVersion: number): string {
  if (kind === 'background') return 'stepBackground';
  return apiVersion <= 52 ? 'createWorkItem' : 'stepInteractive';
}

/** The `stepSubtype` written for a kind at an API version (none before STEP_SUBTYPE_SINCE). */
export function subtypeFor(kind: Kind, apiVersion: number): string | undefined {
  if (apiVersion < STEP_SUBTYPE_SINCE) return undefined;
  return kind === 'background' ? 'BackgroundStep' : 'InteractiveStep';
}
