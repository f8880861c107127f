// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import type { Orchestration } from '../../model/types';
import { StepOverridesEditor } from './StepOverridesEditor';
import { renderScenarioPart } from './testing/scenarioEditorSetup';

describe('Scenarios → Screen answers (below Step behaviour)', () => {
  it('offers an input per question of each interactive step\'s project screen flow, and what is typed becomes the step\'s screenValues (recruiting demo)', () => {
    const opened = openOrchestration(projectFromFiles(recruitingFiles()), 'Recruiting_Orchestration_v6');
    if (!opened.ok) throw new Error('not opened');
    const doc: Orchestration = opened.doc;
    const { latest } = renderScenarioPart((props) => <StepOverridesEditor doc={doc} {...props} />);
    const phone = screen.getByRole('group', { name: 'Screen answers of Recruiter Phone Screen' });
    fireEvent.change(within(phone).getByRole('textbox', { name: /: Experience\.value$/ }), { target: { value: '4' } });
    fireEvent.change(within(phone).getByRole('textbox', { name: /: RecommendForHire\.value$/ }), { target: { value: 'true' } });
    expect(latest().steps).toEqual({ Recruiter_Phone_Screen: { screenValues: { Experience: { value: 4 }, RecommendForHire: { value: true } } } });
    expect((within(phone).getByRole('textbox', { name: /: Experience\.value$/ }) as HTMLInputElement).value).toBe('4');
    // a background step has no screen answers
    expect(screen.queryByRole('group', { name: /^Screen answers of Get Usernames/ })).toBeNull();
  });
});
