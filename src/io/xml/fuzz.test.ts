import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFlowXml } from './exportFlowXml';
import { xmlFixtures } from './fixtures';
import { importFlowXml } from './importFlowXml';
import { parseXml } from './parseXml';
import { writeXml } from './writeXml';
import type { XmlNode } from './xmlNode';

const texts = [...xmlFixtures('real'), ...xmlFixtures('own')].map((f) => f.text);

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
  'orchestratedStages', 'stageSteps', 'name', 'label', 'actionName', 'actionType', 'entryConditions', 'entryConditionLogic',
  'exitConditions', 'exitConditionLogic', 'exitActionName', 'entryActionName', 'entryActionType', 'leftValueReference',
  'operator', 'rightValue', 'stringValue', 'numberValue', 'booleanValue', 'elementReference', 'connector', 'targetReference',
  'isGoTo', 'faultConnector', 'decisions', 'rules', 'conditions', 'defaultConnector', 'variables', 'dataType', 'value',
  'inputParameters', 'outputParameters', 'assignToReference', 'assignees', 'assignee', 'assigneeType', 'runAsUser',
  'requiresAsyncProcessing', 'processMetadataValues', 'locationX', 'locationY', 'start', 'triggerType', 'object', 'status',
  'apiVersion', 'stepSubtype', 'isCollection', 'objectType', 'mystery',
];
const WORDS = ['and', 'or', '1 AND 2', 'true', 'false', 'Completed', 'EqualTo', 'IsChanged', 'stepBackground', 'stepInteractive',
  'createWorkItem', 'stepMuleSoft', 'flow', 'evaluationFlow', 'A', 'B', 'Step_1', 'Step_1.Status', '$Record.Id', '50', '0', '63.0',
  'String', 'Number', 'SObject', 'User', 'Queue', 'RecordAfterSave', '12.5', '', ' x ', 'Draft'];

const node: fc.Arbitrary<XmlNode> = fc.letrec<{ node: XmlNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ tag: fc.constantFrom(...TAGS), text: fc.constantFrom(...WORDS) }),
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('node'), { minLength: 1, maxLength: 5 }) }),
  ),
})).node;

/** A `<Flow>` of Orchestrator type whose other children are random Flow-like elements. */
const flowTree = fc.array(node, { maxLength: 8 }).map(
  (children): XmlNode => ({
    tag: 'Flow',
    attributes: { xmlns: 'http://soap.sforce.com/2006/04/metadata' },
    children: [{ tag: 'processType', text: 'Orchestrator' }, ...children],
  }),
);

/** `Flow/orchestratedStages/name=A` for every leaf; numbers compared by value, `isGoTo` false left out (the default). */
function leafPaths(node: XmlNode, prefix = ''): string[] {
  const path = `${prefix}/${node.tag}`;
  const kids = node.children ?? [];
  if (kids.length > 0) return kids.flatMap((kid) => leafPaths(kid, path));
  if (node.tag === 'isGoTo' && node.text === 'false') return [];
  const text = node.tag === 'numberValue' && node.text?.trim() && Number.isFinite(Number(node.text)) ? String(Number(node.text)) : (node.text ?? '');
  return [`${path}=${text}`];
}

function importedTree(xml: string): XmlNode {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.root;
}

describe('importing untrusted XML', () => {
  it('never throws on mutated real files, and every success exports again', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        // given a damaged file / when it is imported
        const result = importFlowXml(text);
        // then it is either refused with located problems or converted
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          return;
        }
        const xml = exportFlowXml(result.doc).xml;
        const again = importFlowXml(xml);
        expect(again.ok && exportFlowXml(again.doc).xml).toBe(xml);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        // given / when
        const result = importFlowXml(`<Flow>${text}</Flow>`);
        // then
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('converts random Flow-shaped trees, and a second export equals the first', () => {
    fc.assert(
      fc.property(flowTree, (tree) => {
        // given a random orchestration file
        const first = importFlowXml(writeXml(tree));
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        // when it is exported, read and exported again
        const xml = exportFlowXml(first.doc).xml;
        const second = importFlowXml(xml);
        // then nothing changes the second time
        expect(second.ok).toBe(true);
        if (second.ok) expect(exportFlowXml(second.doc).xml).toBe(xml);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('loses no element or text of random Flow-shaped trees', () => {
    fc.assert(
      fc.property(flowTree, (tree) => {
        // given a random orchestration file
        const result = importFlowXml(writeXml(tree));
        if (!result.ok) throw new Error('not imported');
        // when it is exported
        const exported = importedTree(exportFlowXml(result.doc).xml);
        // then every leaf of the original is still there (defaults may be added)
        const remaining = leafPaths(exported);
        for (const path of leafPaths(tree)) {
          const filled = path.endsWith('=') && remaining.some((other) => other.startsWith(`${path.slice(0, -1)}/`));
          if (filled) continue; // an empty element that export fills in (`<start/>` gets its position)
          const at = remaining.indexOf(path);
          expect(at, path).toBeGreaterThanOrEqual(0);
          remaining.splice(at, 1);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
