/** Test helpers: random (often nonsensical) flow definitions for property tests. */
import fc from 'fast-check';
import type { FlowDefinition, FlowElement, FlowValueSpec } from '../../definition';
import { flowOf, variable } from './build';

const NAMES = ['E0', 'E1', 'E2', 'E3', 'E4', 'E5'];
const REFS = ['n', 't', 'b', 'list', 'rec', 'rec.Status', 'E0', 'E1.Id', 'missing', '$Flow.CurrentDate', '$User.Username', '$Label.X', 'F1', 'T1', '$Record.Status'];
const OPERATORS = ['Assign', 'Add', 'Subtract', 'AddAtStart', 'RemoveAll', 'RemoveFirst', 'AssignCount', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'Contains', 'IsNull', 'IsBlank', 'WasSet', 'IsChanged', 'Bogus'];

const value: fc.Arbitrary<FlowValueSpec> = fc.oneof(
  fc.record({ string: fc.constantFrom('', 'New', 'x{!t}', '5', 'Closed') }),
  fc.record({ number: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ boolean: fc.boolean() }),
  fc.record({ date: fc.constantFrom('2025-01-06', 'bad') }),
  fc.record({ ref: fc.constantFrom(...REFS) }),
  fc.record({ unsupported: fc.constant('apexValue') }),
);
const target = fc.option(fc.constantFrom(...NAMES), { nil: undefined });
const ref = fc.constantFrom(...REFS);
const operator = fc.constantFrom(...OPERATORS);
const condition = fc.record({ left: ref, operator, right: fc.option(value, { nil: undefined }) }).map((c) => (c.right === undefined ? { left: c.left, operator: c.operator } : c));
const logic = fc.constantFrom('and', 'or', '1 OR 2', '(1 AND 2) OR 3', 'garbage');
const filter = fc.record({ field: fc.constantFrom('Status', 'Id', 'Priority'), operator, value }) ;

function element(name: string): fc.Arbitrary<FlowElement> {
  const base = { name: fc.constant(name), connector: target, faultConnector: target };
  return fc.oneof(
    fc.record({ kind: fc.constant('assignment' as const), ...base, items: fc.array(fc.record({ ref, operator, value }), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('decision' as const), ...base, defaultConnector: target, rules: fc.array(fc.record({ name: fc.constantFrom('R1', 'R2'), logic, conditions: fc.array(condition, { maxLength: 3 }), connector: target }), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('loop' as const), ...base, collection: ref, order: fc.constantFrom('Asc' as const, 'Desc' as const), nextValue: target, noMoreValues: target }),
    fc.record({ kind: fc.constant('recordLookup' as const), ...base, object: fc.constantFrom('Case', 'Nothing'), filterLogic: logic, filters: fc.array(filter, { maxLength: 3 }), getFirstRecordOnly: fc.boolean(), storeOutputAutomatically: fc.boolean(), outputAssignments: fc.constant([]), queriedFields: fc.constant([]) }),
    fc.record({ kind: fc.constant('recordCreate' as const), ...base, object: fc.constantFrom('Case', 'Task'), inputAssignments: fc.array(fc.record({ name: fc.constantFrom('Status', 'Subject'), value }), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('recordUpdate' as const), ...base, inputReference: fc.option(ref, { nil: undefined }), object: fc.constant('Case'), filters: fc.array(filter, { maxLength: 2 }), inputAssignments: fc.array(fc.record({ name: fc.constantFrom('Status'), value }), { maxLength: 1 }) }),
    fc.record({ kind: fc.constant('recordDelete' as const), ...base, inputReference: fc.option(ref, { nil: undefined }), object: fc.constant('Case'), filters: fc.array(filter, { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('actionCall' as const), ...base, actionName: fc.constantFrom('emailSimple', 'chatterPost', 'Custom'), actionType: fc.constantFrom('emailSimple', 'chatterPost', 'apex'), inputParameters: fc.array(fc.record({ name: fc.constantFrom('emailAddresses', 'text'), value }), { maxLength: 2 }), outputParameters: fc.array(fc.record({ name: fc.constant('out'), ref }), { maxLength: 1 }) }),
    fc.record({ kind: fc.constant('wait' as const), ...base, defaultConnector: target, events: fc.array(fc.record({ name: fc.constant('W'), eventType: fc.constantFrom('AlarmEvent', 'Thing__e'), conditions: fc.constant([]), inputParameters: fc.constant([{ name: 'AlarmTime', value: { ref: '$Flow.CurrentDateTime' } }, { name: 'TimeOffset', value: { number: 1 } }]), outputParameters: fc.constant([]), connector: target }), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('screen' as const), ...base, fields: fc.array(fc.record({ name: fc.constantFrom('Field_A', 'Field_B'), fieldType: fc.constantFrom('InputField', 'DisplayText'), dataType: fc.constant('String') }), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('subflow' as const), ...base, flowName: fc.constantFrom('Child', 'Nope'), inputAssignments: fc.constant([]), outputAssignments: fc.constant([]) }),
    fc.record({ kind: fc.constant('customError' as const), ...base, messages: fc.array(fc.record({ message: fc.constantFrom('Stop: {!t}', ''), isFieldError: fc.boolean(), field: fc.constant('Status') }), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('recordRollback' as const), ...base }),
    fc.record({ kind: fc.constant('unsupported' as const), ...base, tag: fc.constant('transforms') }),
  ).map((e) => JSON.parse(JSON.stringify(e)) as FlowElement);
}

/** A random flow of up to six elements over a fixed set of variables, one formula and one template. */
export const generatedFlow: fc.Arbitrary<FlowDefinition> = fc.tuple(...NAMES.map(element), fc.integer({ min: 1, max: NAMES.length })).map(([...parts]) => {
  const count = parts.pop() as number;
  const elements = (parts as FlowElement[]).slice(0, count);
  return flowOf(elements, {
    variables: [
      variable('n', 'Number', { io: 'inout' }), variable('t', 'String', { io: 'out' }), variable('b', 'Boolean'),
      variable('list', 'String', { isCollection: true }), variable('rec', 'SObject', { objectType: 'Case', io: 'out' }),
    ],
    formulas: [{ name: 'F1', dataType: 'Number', expression: '{!n} * 2 + LEN({!t})' }],
    textTemplates: [{ name: 'T1', text: 'n is {!n}' }],
  });
});
