/**
 * The stable key order of exported documents: FORMAT.md's order for the fields it defines, then
 * any other field alphabetically. Maps keyed by the user (inputs, outputs, layout, record values,
 * scenario overrides, trace steps) keep their own order.
 */

/** How an object's keys are ordered, and how its known fields' values are shaped in turn. */
export interface Shape {
  keys: readonly string[];
  fields?: Readonly<Record<string, Child>>;
}
/** A field's value: one object, a list of objects (`each`) or a map of objects (`values`). */
export type Child = Shape | { each: Shape } | { values: Shape };

const requirement: Shape = { keys: ['left', 'operator', 'right'], fields: { right: { keys: ['string', 'number', 'boolean', 'date', 'dateTime', 'ref'] } } };
const requirementList: Shape = { keys: ['requirements', 'logic'], fields: { requirements: { each: requirement } } };
const condition: Shape = { keys: ['mode', 'step', 'requirements', 'logic', 'flow', 'inputs'], fields: { requirements: { each: requirement } } };

const step: Shape = {
  keys: ['name', 'label', 'kind', 'flow', 'start', 'runAs', 'requiresAsync', 'inputs', 'outputs', 'assignee', 'complete'],
  fields: { start: condition, runAs: { keys: ['mode', 'user'] }, assignee: { keys: ['type', 'name'] }, complete: condition },
};

const flow: Shape = {
  keys: ['name', 'label', 'type', 'package', 'active', 'elements', 'runMode', 'inputs', 'outputs', 'behavior', 'condition', 'result'],
  fields: { behavior: { keys: ['durationMs', 'outcome', 'outputs', 'message'] }, condition: requirementList },
};

export const ORCHESTRATION_SHAPE: Shape = {
  keys: ['format', 'version', 'name', 'label', 'description', 'apiVersion', 'trigger', 'variables', 'users', 'flows', 'start', 'stages', 'decisions', 'layout', 'layoutVersion'],
  fields: {
    trigger: { keys: ['type', 'object', 'launchedBy', 'triggeredBy', 'runContext'] },
    variables: { each: { keys: ['name', 'label', 'type', 'object', 'value'] } },
    users: { each: { keys: ['username', 'name', 'active'] } },
    flows: { each: flow },
    stages: { each: { keys: ['name', 'label', 'exit', 'next', 'faultNext', 'steps'], fields: { exit: condition, steps: { each: step } } } },
    decisions: {
      each: {
        keys: ['name', 'label', 'outcomes', 'defaultNext'],
        fields: { outcomes: { each: { keys: ['name', 'label', 'requirements', 'logic', 'next'], fields: { requirements: { each: requirement } } } } },
      },
    },
    layout: { values: { keys: ['x', 'y', 'width', 'height'] } },
  },
};

const eventRef: Shape = { keys: ['type', 'element'] };

/** Expectations: the kind, then what it is about, then what is expected of it. */
const expectation: Shape = {
  keys: ['kind', 'step', 'stage', 'decision', 'target', 'object', 'id', 'where', 'field', 'first', 'then', 'status', 'outcome', 'user', 'context', 'access', 'why', 'startedBy', 'endedBy', 'byMs', 'value'],
  fields: { first: eventRef, then: eventRef },
};

export const SCENARIO_SHAPE: Shape = {
  keys: ['format', 'version', 'name', 'steps', 'evaluationFlows', 'events', 'autoCompleteWorkItems', 'limits', 'expectations'],
  fields: {
    steps: { values: { keys: ['outcome', 'outcomes', 'durationMs', 'outputs', 'message'] } },
    evaluationFlows: { values: { keys: ['result'] } },
    events: { each: { keys: ['at', 'type', 'target', 'value', 'step', 'by'] } },
    limits: { keys: ['maxTimeMs', 'maxTransitions'] },
    expectations: { each: expectation },
  },
};

export const TRACE_SHAPE: Shape = {
  keys: ['format', 'version', 'run', 'stages', 'steps', 'events'],
  fields: {
    run: { keys: ['status', 'stalled', 'endedAt', 'transitions', 'stoppedBy'] },
    stages: { values: { keys: ['status', 'startedAt', 'endedAt'] } },
    steps: { values: { keys: ['stage', 'status', 'mode', 'runAs', 'startedAt', 'endedAt', 'starts', 'why'], fields: { runAs: { keys: ['user', 'context', 'access'] } } } },
    events: { each: { keys: ['seq', 't', 'type', 'stage', 'step', 'decision', 'outcome', 'next', 'cause', 'target', 'value', 'by', 'message'] } },
  },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shapeChild(value: unknown, child: Child): unknown {
  if ('each' in child) return Array.isArray(value) ? value.map((item) => orderKeys(item, child.each)) : value;
  if ('values' in child) {
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = orderKeys(v, child.values);
    return out;
  }
  return orderKeys(value, child);
}

/** A copy of `value` with its keys in the shape's order (known keys first, the rest alphabetically). */
export function orderKeys(value: unknown, shape: Shape): unknown {
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  const known = new Set(shape.keys);
  const rest = Object.keys(value).filter((k) => !known.has(k)).sort();
  for (const key of [...shape.keys, ...rest]) {
    if (!Object.hasOwn(value, key)) continue;
    const child = shape.fields?.[key];
    out[key] = child ? shapeChild(value[key], child) : value[key];
  }
  return out;
}
