/**
 * Random action sequences on the document store (issue 9): add, connect, delete, move, paste,
 * undo, redo. No exception escapes, the document always passes the schema (problems are reported,
 * not thrown), no predecessor cycle is ever created, and undoing everything restores the first
 * document exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecision } from '../commands/addDecision';
import { addStage } from '../commands/addStage';
import { addStep } from '../commands/addStep';
import { copyFragment } from '../commands/clipboard';
import { deleteElements } from '../commands/deleteElements';
import { moveStep } from '../commands/moveStep';
import { pasteElements } from '../commands/pasteElements';
import { newElementName } from '../commands/queries';
import { setNext } from '../commands/setNext';
import { setPredecessor } from '../commands/setPredecessor';
import { Orchestration as OrchestrationSchema } from '../model/schema';
import type { Orchestration } from '../model/types';
import { validateOrchestration } from '../model/validate';
import onboarding from '../../public/samples/onboarding.json';
import { useAppStore } from './appStore';

const undo = () => useAppStore.getState().undo();
const redo = () => useAppStore.getState().redo();

type Action =
  | { kind: 'addStage' | 'addDecision' | 'addBackground' | 'addInteractive' | 'delete' | 'paste'; pick: number }
  | { kind: 'connect' | 'move' | 'link'; pick: number; other: number }
  | { kind: 'undo' | 'redo' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constantFrom('addStage', 'addDecision', 'addBackground', 'addInteractive', 'delete', 'paste'), pick: fc.nat(50) }),
  fc.record({ kind: fc.constantFrom('connect', 'move', 'link'), pick: fc.nat(50), other: fc.nat(50) }),
  fc.record({ kind: fc.constantFrom('undo', 'redo') }),
) as fc.Arbitrary<Action>;

const stepsOf = (doc: Orchestration) => doc.stages.flatMap((s) => s.steps.map((x) => x.name));
const elementsOf = (doc: Orchestration) => [...doc.stages.map((s) => s.name), ...stepsOf(doc), ...(doc.decisions ?? []).map((d) => d.name)];
const at = <T,>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

function perform(a: Action): unknown {
  const { doc, dispatch } = useAppStore.getState();
  const stages = doc.stages.map((s) => s.name);
  switch (a.kind) {
    case 'undo': return undo();
    case 'redo': return redo();
    case 'addStage': return dispatch(addStage, { name: newElementName(doc, 'Stage'), label: 'Stage', after: at(stages, a.pick) ?? null });
    case 'addDecision': return dispatch(addDecision, { name: newElementName(doc, 'Decision'), label: 'Decision', after: at(stages, a.pick) ?? null });
    case 'addBackground':
    case 'addInteractive': {
      const stage = at(stages, a.pick);
      if (stage) dispatch(addStep, { stage, name: newElementName(doc, 'Step'), label: 'Step', kind: a.kind === 'addBackground' ? 'background' : 'interactive' });
      return;
    }
    case 'delete': {
      const name = at(elementsOf(doc), a.pick);
      if (name) dispatch(deleteElements, { names: [name] });
      return;
    }
    case 'paste': {
      const name = at(elementsOf(doc), a.pick);
      const fragment = name ? copyFragment(doc, [name]) : null;
      if (fragment) dispatch(pasteElements, { fragment, targetStage: at(stages, a.pick) ?? null, after: null });
      return;
    }
    case 'connect': {
      const step = at(stepsOf(doc), a.pick);
      const pred = at(stepsOf(doc), a.other);
      if (step && pred) dispatch(setPredecessor, { step, predecessor: pred });
      return;
    }
    case 'move': {
      const step = at(stepsOf(doc), a.pick);
      const stage = at(stages, a.other);
      if (step && stage) dispatch(moveStep, { step, toStage: stage });
      return;
    }
    case 'link': {
      const from = at(stages, a.pick);
      const to = at(elementsOf(doc).filter((n) => n !== from), a.other);
      if (from) dispatch(setNext, { from, to: to ?? null });
      return;
    }
  }
}

describe('document store under random action sequences', () => {
  it('never throws, keeps the schema, never makes a predecessor cycle, and undoes back to the start', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        // given
        const first = onboarding as unknown as Orchestration;
        useAppStore.getState().replaceDocument(first);
        useAppStore.getState().clearHistory();
        // when
        for (const a of actions) {
          perform(a);
          const doc = useAppStore.getState().doc;
          // then: structure holds, problems are reported rather than thrown
          expect(OrchestrationSchema.safeParse(doc).success).toBe(true);
          const problems = validateOrchestration(doc);
          expect(problems.some((p) => /cycle/i.test(p.message))).toBe(false);
        }
        while (useAppStore.temporal.getState().pastStates.length) undo();
        expect(useAppStore.getState().doc).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });
});
