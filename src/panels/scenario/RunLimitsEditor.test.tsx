// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/types';
import { limitInUnits, RunLimitsEditor, withLimits } from './RunLimitsEditor';
import { renderScenarioPart } from './testing/scenarioEditorSetup';

const base: Scenario = { format: 'stageflow.scenario', version: 1 };

describe('the simulation limits of a scenario', () => {
  it('shows a time limit in the largest whole unit', () => {
    expect([86_400_000, 7_200_000, 5_400_000].map((ms) => { const { amount, unit } = limitInUnits(ms); return `${amount} ${unit.value}`; })).toEqual(['1 days', '2 hours', '90 minutes']);
  });

  it('drops a limit set back to its default, and `limits` when none is left', () => {
    const raised = withLimits(base, { maxTimeMs: 3 * 86_400_000, maxTransitions: 500 });
    expect(raised.limits).toEqual({ maxTimeMs: 259_200_000, maxTransitions: 500 });
    expect(withLimits(raised, { maxTimeMs: 86_400_000, maxTransitions: 10_000_000 })).toEqual(base);
  });

  it('keeps the number typed and the unit chosen: 3 days, then hours makes 3 hours; a field emptied for a moment keeps the limit', () => {
    const { latest } = renderScenarioPart((props) => <RunLimitsEditor {...props} />, base);
    const time = screen.getByRole('spinbutton', { name: 'Time limit' });
    const unitWords = () => [...screen.getByRole('combobox', { name: 'Time limit unit' }).querySelectorAll('option')].map((o) => o.textContent);
    expect((time as HTMLInputElement).value).toBe('1');
    // "1 day", "3 days": the unit agrees with the number
    expect(unitWords()).toEqual(['day', 'hour', 'minute']);
    fireEvent.change(time, { target: { value: '3' } });
    expect(latest().limits).toEqual({ maxTimeMs: 259_200_000 });
    expect(unitWords()).toEqual(['days', 'hours', 'minutes']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Time limit unit' }), { target: { value: 'hours' } });
    expect(latest().limits).toEqual({ maxTimeMs: 10_800_000 });
    fireEvent.change(time, { target: { value: '48' } });
    expect(latest().limits).toEqual({ maxTimeMs: 172_800_000 });
    expect((screen.getByRole('combobox', { name: 'Time limit unit' }) as HTMLSelectElement).value).toBe('hours');
    fireEvent.change(time, { target: { value: '' } });
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect(latest().limits).toEqual({ maxTimeMs: 172_800_000 });
    fireEvent.blur(time);
    expect((time as HTMLInputElement).value).toBe('48');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Status change limit' }), { target: { value: '500' } });
    expect(latest().limits).toEqual({ maxTimeMs: 172_800_000, maxTransitions: 500 });
  });
});
