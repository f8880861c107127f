// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import type { Orchestration } from '../../model/types';
import { StepOverridesEditor } from './StepOverridesEditor';
import { repeaterDesign } from './testing/repeaterDesign';
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

describe('Scenarios → Screen answers of a screen Repeater', () => {
  it('Repeater: offers its children\'s inputs item by item; Add item, typing, Remove item and default items write screenValues[Repeater] as the run reads it', () => {
    // given a step whose screen flow has a Repeater of tasks and no answer yet
    const { latest } = renderScenarioPart((props) => <StepOverridesEditor doc={repeaterDesign()} {...props} />);
    const tasks = screen.getByRole('group', { name: 'Plan the follow-up tasks, Plan: TaskRepeater (Repeater)' });
    expect(tasks.textContent).toContain('No items given: the run shows its default items');
    // when two items are added and answered
    fireEvent.click(within(tasks).getByRole('button', { name: 'Add item to TaskRepeater' }));
    fireEvent.click(within(tasks).getByRole('button', { name: 'Add item to TaskRepeater' }));
    const first = within(tasks).getByRole('group', { name: 'Plan the follow-up tasks, Plan: TaskRepeater item 1' });
    fireEvent.change(within(first).getByRole('textbox', { name: /\[item 1\]\.Subject$/ }), { target: { value: 'Send the brochure' } });
    fireEvent.change(within(first).getByRole('textbox', { name: /\[item 1\]\.Assigned_To\.recordId$/ }), { target: { value: '005000000000001AAA' } });
    const second = within(tasks).getByRole('group', { name: 'Plan the follow-up tasks, Plan: TaskRepeater item 2' });
    fireEvent.change(within(second).getByRole('textbox', { name: /\[item 2\]\.Due_Date$/ }), { target: { value: '2026-12-10' } });
    // then the step's screenValues hold the list of items
    expect(latest().steps).toEqual({ Plan_Tasks: { screenValues: { TaskRepeater: [
      { Subject: 'Send the brochure', Assigned_To: { recordId: '005000000000001AAA' } },
      { Due_Date: '2026-12-10' },
    ] } } });
    // the field beside the Repeater is answered as before
    expect(screen.getByRole('textbox', { name: 'Plan the follow-up tasks, Plan: Note' })).toBeTruthy();
    // when the first item is removed, the second is item 1
    fireEvent.click(within(tasks).getByRole('button', { name: 'Remove item 1' }));
    expect(latest().steps).toEqual({ Plan_Tasks: { screenValues: { TaskRepeater: [{ Due_Date: '2026-12-10' }] } } });
    expect((within(tasks).getByRole('textbox', { name: /\[item 1\]\.Due_Date$/ }) as HTMLInputElement).value).toBe('2026-12-10');
    // and default items take the answer away
    fireEvent.click(within(tasks).getByRole('button', { name: 'Use TaskRepeater\'s default items' }));
    expect(latest().steps).toBeUndefined();
  });
});
