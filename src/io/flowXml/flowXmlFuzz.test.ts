import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowCatalogEntry } from './flowCatalogEntry';
import { flowFixtures } from './fixtures';
import { readFlowDefinition } from './readFlowDefinition';
import { writeXml } from '../xml/writeXml';
import type { XmlNode } from '../xml/xmlNode';

const texts = [...flowFixtures('DeactivateUser'), ...flowFixtures('OrchestratorResources')].map((f) => f.text);
const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

/** Edits that keep most of a real file: delete, insert or replace a slice, or cut it short. */
const mutated = fc
  .tuple(fc.constantFrom(...texts), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }), fc.constantFrom('delete', 'insert', 'replace', 'truncate'))
  .map(([text, at, length, insert, edit]) => {
    const i = at % (text.length + 1);
    if (edit === 'truncate') return text.slice(0, i);
    if (edit === 'delete') return text.slice(0, i) + text.slice(i + length);
    if (edit === 'insert') return text.slice(0, i) + insert + text.slice(i);
    return text.slice(0, i) + insert + text.slice(i + length);
  });

const TAGS = [
  'assignments', 'decisions', 'loops', 'recordLookups', 'recordCreates', 'recordUpdates', 'recordDeletes', 'subflows', 'actionCalls',
  'waits', 'screens', 'collectionProcessors', 'apexPluginCalls', 'variables', 'constants', 'formulas', 'textTemplates', 'choices', 'start',
  'name', 'label', 'connector', 'faultConnector', 'targetReference', 'rules', 'conditions', 'leftValueReference', 'operator', 'rightValue',
  'value', 'stringValue', 'numberValue', 'booleanValue', 'elementReference', 'dateValue', 'apexValue', 'assignmentItems', 'assignToReference',
  'filters', 'field', 'object', 'getFirstRecordOnly', 'fields', 'fieldType', 'waitEvents', 'inputParameters', 'outputParameters',
  'collectionReference', 'iterationOrder', 'nextValueConnector', 'dataType', 'isInput', 'isCollection', 'expression', 'text', 'mystery',
];
const WORDS = ['A', 'B', 'x', '__proto__', 'constructor', 'true', 'false', 'yes', '1.5', 'abc', 'Asc', 'Desc', 'EqualTo', 'Assign',
  'String', 'SObject', 'Case', '', ' ', '{!A}', '1 AND 2', 'and', 'Days'];

const node: fc.Arbitrary<XmlNode> = fc.letrec<{ node: XmlNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ tag: fc.constantFrom(...TAGS), text: fc.constantFrom(...WORDS) }),
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('node'), { minLength: 1, maxLength: 5 }) }),
  ),
})).node;

const flowTree = fc.tuple(fc.constantFrom('AutoLaunchedFlow', 'Flow', 'EvaluationFlow', 'Orchestrator', 'Mystery'), fc.array(node, { maxLength: 10 }))
  .map(([processType, children]): XmlNode => ({ tag: 'Flow', children: [{ tag: 'processType', text: processType }, ...children] }));

function readAndDescribe(text: string): void {
  const read = readFlowDefinition(text);
  if (!read.ok) {
    expect(read.problems.length).toBeGreaterThan(0);
    for (const problem of read.problems) expect(problem.message.length).toBeGreaterThan(0);
    return;
  }
  const entry = flowCatalogEntry(read.definition, { name: 'Fuzzed', path: 'Fuzzed.flow-meta.xml' });
  expect(typeof entry.ok).toBe('boolean');
}

describe('reading untrusted flow files', () => {
  it('never throws on mutated real flow files', () => {
    // given a damaged file / when it is read / then it is refused with problems or described
    fc.assert(fc.property(mutated, (text) => readAndDescribe(text)), runs);
  });

  it('never throws on random Flow-shaped trees', () => {
    // given a random flow file / when it is read / then it is refused with problems or described
    fc.assert(fc.property(flowTree, (tree) => readAndDescribe(writeXml(tree))), runs);
  });

  it('never throws on arbitrary text inside <Flow>', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => readAndDescribe(`<Flow>${text}</Flow>`)), runs);
  });
});
