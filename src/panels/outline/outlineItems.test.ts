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
