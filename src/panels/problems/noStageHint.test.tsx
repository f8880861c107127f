// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import { useAppStore } from '../../store/appStore';
import { selectProblems } from '../../store/selectors';
import { renderPanel } from '../testing/renderPanel';

const problemRows = () => within(screen.getByRole('region', { name: /^Problems/ })).getAllByRole('listitem');

describe('a design with no stage (a new one) in the orchestration form', () => {
  it('says how to begin, neutrally and once: no "Error —" row and no red "to fix before running" box', () => {
    // given a new design, nothing done yet
    renderPanel([], emptyOrchestration());
    // then the Problems list counts it (Run is blocked by it) and says how to begin
    expect(screen.getByRole('heading', { name: 'Problems (1)' })).toBeTruthy();
    expect(problemRows().map((r) => r.textContent)).toEqual([
      'To begin — add a stage: an orchestration needs at least one before it can run. Use Create the first stage on the canvas or Add stage under Add elements.',
    ]);
    expect(problemRows()[0]!.querySelector('.text-status-error')).toBeNull();
    expect(screen.queryByText(/Error/)).toBeNull();
    expect(screen.queryByText(/to fix before running/)).toBeNull();
    // and the validator's rule is unchanged: the design still cannot run for it
    expect(selectProblems(useAppStore.getState()).errors).toContainEqual(expect.objectContaining({ path: 'stages', message: 'an orchestration needs at least one stage', severity: 'error' }));
  });

  it('stays a hint after another edit while there is still no stage (naming the orchestration first)', () => {
    renderPanel([], { ...emptyOrchestration(), label: 'Employee Onboarding', name: 'Employee_Onboarding' });
    expect(problemRows().map((r) => r.textContent?.split(' — ')[0])).toEqual(['To begin']);
  });

  it('other problems of the empty design keep their red Error and summary', () => {
    renderPanel([], { ...emptyOrchestration(), label: '' });
    const rows = problemRows().map((r) => r.textContent?.split(' — ')[0]);
    expect(rows).toContain('To begin');
    expect(rows.filter((r) => r === 'Error').length).toBeGreaterThan(0);
  });
});
