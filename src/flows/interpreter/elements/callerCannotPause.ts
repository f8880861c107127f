/**
 * A Subflow element whose subflow reaches a Wait, in a flow whose interview cannot pause.
 *
 * Salesforce Help's *Subflow Element* page (help.salesforce.com, platform.flow_ref_elements_subflow.htm)
 * says "You can't call flows that contain wait elements", and Wait elements are offered only in
 * autolaunched flows (no trigger, or a schedule): a screen flow and a record-triggered flow have no
 * Wait, and their interview cannot be left waiting. Real autolaunched flows do call subflows that
 * wait (survey 24: a drip campaign's subflow waits three days between two emails), and there the
 * caller pauses with the subflow (calledFlowWait.ts, kept). *In a screen flow or a record-triggered
 * flow (before-save, after-save, before-delete) the Subflow element fails when its subflow reaches a
 * Wait — a fault its fault connector may catch, naming the Wait and the chain of flows — where the
 * run was left waiting there (chosen: what Salesforce shows then is not documented; such a flow is
 * not meant to run).* A subflow nested deeper waits up to the first flow that cannot pause: an
 * autolaunched subflow in between pauses, and the screen or record-triggered flow fails.
 */
import type { FlowDefinition } from '../../definition';
import type { Frame } from '../frame';
import { fault } from '../stop';
import type { FlowRun } from '../types';
import { waitReached } from './waitReached';

const RECORD_TRIGGERS = new Set(['recordbeforesave', 'recordaftersave', 'recordbeforedelete']);

/** Why `definition`'s interview cannot pause at a subflow's Wait ('a screen flow'…), or undefined when it can. */
function cannotPause(definition: FlowDefinition): string | undefined {
  if (definition.processType === 'Flow') return 'a screen flow';
  if (RECORD_TRIGGERS.has((definition.start.triggerType ?? '').toLowerCase())) return 'a record-triggered flow';
  return undefined;
}

/** Throws the Subflow element's fault when `frame`'s flow cannot pause for the subflow's waiting `run` (`where`: the element, the flow, its file). */
export function refuseWaitWhereNoPause(frame: Frame, where: string, called: FlowDefinition, run: FlowRun): void {
  const why = cannotPause(frame.definition);
  if (why === undefined) return;
  throw fault(`${where} reached ${waitReached(called, run.waiting, frame.options.resolveFlow)}, and ${why} cannot pause: Salesforce Help's Subflow Element page says "You can't call flows that contain wait elements"`);
}
