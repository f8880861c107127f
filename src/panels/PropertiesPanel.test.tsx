// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import { orgQueryClient } from '../org/orgQueryClient';
import { doc, historyLength, renderPanel } from './testing/renderPanel';
import { useAppStore } from '../store/appStore';

describe('PropertiesPanel', () => {
  it('is the Properties landmark and shows the orchestration settings when nothing is selected', async () => {
    // given / when
    orgQueryClient.clear();
    renderPanel();
    // then
    const panel = screen.getByRole('complementary', { name: 'Properties' });
    expect(within(panel).getByRole('heading', { name: 'Orchestration' })).toBeInTheDocument();
    expect(within(panel).getByLabelText('Label', { exact: true })).toHaveValue('Employee Onboarding');
    expect(within(panel).getByLabelText('API Name', { exact: true })).toHaveValue('Employee_Onboarding');
    expect(await within(panel).findByRole('article', { name: 'Flow Ship laptop' })).toBeInTheDocument();
  });

  it('changes the API version and explains what 60 and 63 change', () => {
    // given
    renderPanel();
    // when
    fireEvent.change(screen.getByLabelText('API version'), { target: { value: '59' } });
    // then
    expect(doc().apiVersion).toBe(59);
    expect(screen.getByTestId('api-version-note')).toHaveTextContent('This orchestration uses the older behaviour');
  });

  it('shows the form of the selected element and follows the selection', () => {
    renderPanel(['Settle_In']);
    expect(screen.getByRole('heading', { name: 'Stage' })).toBeInTheDocument();
    act(() => useAppStore.getState().select(['Buddy']));
    expect(screen.getByRole('heading', { name: 'Step' })).toBeInTheDocument();
    expect(screen.getByLabelText('API Name')).toHaveValue('Buddy');
  });

  it('sets run-as on several background steps at once, as one edit', () => {
    // given
    renderPanel(['Create_User_Accounts', 'Buddy']);
    // when
    fireEvent.change(screen.getByLabelText('Run as'), { target: { value: 'user:it_ops' } });
    // then
    expect(doc().stages[0]!.steps[0]!.runAs).toEqual({ mode: 'user', user: 'it_ops' });
    expect(doc().stages[1]!.steps[0]!.runAs).toEqual({ mode: 'user', user: 'it_ops' });
    expect(historyLength()).toBe(1);
  });

  it('assigns several interactive steps at once', () => {
    // given
    const base = propertiesFixture();
    const review2 = { ...base.stages[1]!.steps[1]!, name: 'Review_Again' };
    renderPanel(['Review', 'Review_Again'], { ...base, stages: [base.stages[0]!, { ...base.stages[1]!, steps: [...base.stages[1]!.steps, review2] }] });
    // when
    fireEvent.change(screen.getByLabelText('Assignee'), { target: { value: 'it_ops' } });
    // then
    expect(doc().stages[1]!.steps[1]!.assignee).toEqual({ type: 'user', name: 'it_ops' });
    expect(doc().stages[1]!.steps[2]!.assignee).toEqual({ type: 'user', name: 'it_ops' });
  });
});
