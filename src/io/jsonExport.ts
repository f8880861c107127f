/**
 * Export of the three documents as JSON text: stable key order (jsonKeyOrder.ts), 2-space indent,
 * trailing newline. Export formats; whether a document may be exported (it validates) is the
 * caller's decision.
 */
import type { Orchestration, Scenario, Trace } from '../model/types';
import { ORCHESTRATION_SHAPE, orderKeys, SCENARIO_SHAPE, TRACE_SHAPE, type Shape } from './jsonKeyOrder';

function toText(value: unknown, shape: Shape): string {
  return `${JSON.stringify(orderKeys(value, shape), null, 2)}\n`;
}

/** The orchestration as JSON text in FORMAT.md key order. */
export function exportOrchestration(doc: Orchestration): string {
  return toText(doc, ORCHESTRATION_SHAPE);
}

/** The scenario as JSON text in FORMAT.md key order. */
export function exportScenario(scenario: Scenario): string {
  return toText(scenario, SCENARIO_SHAPE);
}

/** The trace as JSON text in FORMAT.md key order. */
export function exportTrace(trace: Trace): string {
  return toText(trace, TRACE_SHAPE);
}
