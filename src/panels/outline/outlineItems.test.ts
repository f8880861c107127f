import { expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration } from '../../model/types';
import { outlineItems } from './outlineItems';

const doc: Orchestration = {
  ...emptyOrchestration(),
  start: 'B',
  stages: [
    { name: 'A', steps: [] },
    {
      name: 'B', label: 'Bee', next: 'A',
      steps: [
        { name: 'S1', kind: 'background' },
        { name: 'S2', kind: 'interactive', start: { mode: 'stepCompleted', step: 'S1' } },
      ],
    },
  ],
};

it('lists stages in run order with their steps and start conditions, honouring collapsed rows', () => {
  // when
  const all = outlineItems(doc, new Set());
  // then
  expect(all.map((i) => `${i.level}:${i.id}`)).toEqual(['1:B', '2:S1', '3:S1::start', '2:S2', '3:S2::start', '1:A']);
  expect(all.find((i) => i.id === 'S2::start')!.label).toBe('Starts when S1 is completed');
  expect(outlineItems(doc, new Set(['B'])).map((i) => i.id)).toEqual(['B', 'A']);
});

it('gives each row its place among its siblings and their number, as a windowed tree must say', () => {
  // when
  const all = outlineItems(doc, new Set(['S2']));
  // then: stages B and A are the two top rows; S1 and S2 the two steps of B; a condition is alone
  expect(all.map((i) => `${i.id} ${i.position}/${i.siblings}`)).toEqual(['B 1/2', 'S1 1/2', 'S1::start 1/1', 'S2 2/2', 'A 2/2']);
});

it('lists a stage\'s steps in the order the canvas draws them, a step it has not drawn yet last, each row placed among its siblings in that order', () => {
  // given: S3 added to B, and the canvas drawing S2 above S1 (moved there), S3 not yet drawn
  const three: Orchestration = { ...doc, stages: [doc.stages[0]!, { ...doc.stages[1]!, steps: [...doc.stages[1]!.steps, { name: 'S3', kind: 'background' }] }] };
  const drawn = new Map([['B', ['S2', 'S1']]]);
  // when
  const all = outlineItems(three, new Set(['S1', 'S2', 'S3']), drawn);
  // then
  expect(all.map((i) => `${i.id} ${i.position}/${i.siblings}`)).toEqual(['B 1/2', 'S2 1/3', 'S1 2/3', 'S3 3/3', 'A 2/2']);
  // a stage the canvas has not drawn keeps the order the file declares
  expect(outlineItems(three, new Set(['S1', 'S2', 'S3'])).map((i) => i.id)).toEqual(['B', 'S1', 'S2', 'S3', 'A']);
  // a name the canvas drew that the stage no longer holds (deleted) lists nothing
  expect(outlineItems(doc, new Set(['S1', 'S2']), new Map([['B', ['Gone', 'S2', 'S1']]])).map((i) => i.id)).toEqual(['B', 'S2', 'S1', 'A']);
});
