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

/** Arrays of more items than this are written item by item by exportTraceInParts. */
const LONG_LIST = 1000;

/**
 * The text of exportTrace, in parts, for a trace too long to be one string (a loop that never waits
 * runs to maxTransitions — ten million status changes by default — and its events would pass V8's
 * string length limit): the same characters, a long list written item by item.
 */
export function* exportTraceInParts(trace: Trace): Generator<string> {
  const ordered = orderKeys(trace, TRACE_SHAPE) as Record<string, unknown>;
  const entries = Object.entries(ordered).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) { yield '{}\n'; return; }
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > LONG_LIST) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let j = 0; j < value.length; j++) {
        // JSON.stringify writes an undefined item (or a function) as null
        const item = value[j] === undefined || typeof value[j] === 'function' ? 'null' : JSON.stringify(value[j], null, 2);
        yield `    ${indent(item, '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
    }
  }
  yield '}\n';
}
