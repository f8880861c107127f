// @vitest-environment jsdom
/**
 * Scenarios → Step behaviour and Evaluation flow results for a step or evaluation flow named after
 * a property of Object.prototype (`constructor`, `toString`…; FORMAT.md §1): offered and shown as
 * any other name, the scenario having no entry for it yet (docs/decisions.md, *chosen*).
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import { OBJECT_WORDS } from '../../model/testing/objectWordNames';
import type { Orchestration } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { ScenarioEditor } from './ScenarioEditor';
import { openScenariosOf } from './testing/scenarioEditorSetup';

function design(word: string): Orchestration {
  return {
    ...emptyOrchestration(),
    flows: [{ name: 'F', type: 'autolaunched', active: true }, { name: word, type: 'evaluation', active: true }],
    stages: [{ name: 'S', steps: [{ name: word, kind: 'background', flow: 'F', start: { mode: 'evaluationFlow', flow: word, inputs: {} } }] }],
  };
}

it.each(OBJECT_WORDS)('a step and an evaluation flow named %s: offered for a behaviour, and left to their condition', (word) => {
  // given a scenario with no step behaviour and no evaluation flow result
  openScenariosOf(design(word));
  const { unmount } = render(<ScenarioEditor onClose={() => {}} />);
  // then the evaluation flow uses its condition, and the step is offered
  const results = screen.getByRole('group', { name: 'Evaluation flow results' });
  expect((within(results).getByRole('combobox') as HTMLSelectElement).value).toBe('');
  const pick = screen.getByRole('combobox', { name: 'Override a step' });
  expect(within(pick).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a step…', word]);
  // when it is picked, then the scenario has its behaviour
  fireEvent.change(pick, { target: { value: word } });
  expect(Object.entries(useAppStore.getState().scenarios[0]!.steps ?? {})).toEqual([[word, { outcome: 'success' }]]);
  unmount();
});
