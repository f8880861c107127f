import { expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration } from '../model/types';
import * as G from './geometry';
import { toFlowElements } from './toFlowElements';
import { stepOrderOf } from './usePublishStepOrder';

it('says each stage\'s steps as the canvas draws them: a waiting step under its predecessor, a card moved up above the others, cards side by side left to right', () => {
  // given: Review declared first but waiting for Score; in Ship, Label put at the top and Pack beside Notify
  const doc: Orchestration = {
    ...emptyOrchestration(),
    stages: [
      { name: 'Triage', next: 'Ship', steps: [
        { name: 'Review', kind: 'interactive', start: { mode: 'stepCompleted', step: 'Score' } },
        { name: 'Score', kind: 'background' },
      ] },
      { name: 'Ship', steps: [
        { name: 'Notify', kind: 'background' },
        { name: 'Pack', kind: 'background' },
        { name: 'Label', kind: 'background' },
      ] },
      { name: 'Empty', steps: [] },
    ],
    layout: { Label: { x: G.STAGE_PAD, y: 0 }, Pack: { x: G.STAGE_PAD + G.STEP_WIDTH + 24, y: 200 }, Notify: { x: G.STAGE_PAD, y: 200 } },
    layoutVersion: 2,
  };
  // when
  const order = stepOrderOf(toFlowElements(doc).nodes);
  // then
  expect([...order]).toEqual([['Triage', ['Score', 'Review']], ['Ship', ['Label', 'Notify', 'Pack']]]);
});
