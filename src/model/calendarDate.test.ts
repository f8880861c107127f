import { describe, expect, it } from 'vitest';
import { calendarProblem } from './calendarDate';

describe('calendarProblem: well-shaped dates that name no day', () => {
  it('accepts real days, leap days and times', () => {
    for (const ok of ['2025-02-28', '2024-02-29', '2025-12-31', '2025-03-09T23:59:59Z', '2025-03-09T00:00Z']) expect(calendarProblem(ok)).toBeNull();
  });

  it('names the month length for a day past its end', () => {
    expect(calendarProblem('2025-02-30')).toBe('"2025-02-30" is not a date: February 2025 has 28 days');
    expect(calendarProblem('2025-04-31')).toBe('"2025-04-31" is not a date: April 2025 has 30 days');
    expect(calendarProblem('2025-01-00')).toBe('"2025-01-00" is not a date: January 2025 has 31 days');
  });

  it('refuses month 13 and hour 24', () => {
    expect(calendarProblem('2025-13-09T00:00:00Z')).toBe('"2025-13-09T00:00:00Z" is not a date: the month is 13, and months are 01–12');
    expect(calendarProblem('2025-03-09T24:00:00Z')).toBe('"2025-03-09T24:00:00Z" is not a time of day: hours are 00–23, minutes and seconds 00–59');
  });
});

describe('validation refuses a day that does not exist', () => {
  it('in a requirement, a Date variable\'s value and a scenario input', async () => {
    const { validateOrchestration } = await import('./validate');
    const { validateScenario } = await import('./validateScenario');
    const doc = {
      format: 'stageflow.orchestration', version: 1, name: 'Dates', apiVersion: 63,
      trigger: { type: 'autolaunched' },
      variables: [{ name: 'due', type: 'Date', value: '2025-02-30' }, { name: 'start', type: 'Date', input: true }],
      flows: [{ name: 'F', type: 'autolaunched', active: true }],
      stages: [{
        name: 'S', exit: { mode: 'allStepsCompleted' }, steps: [
          { name: 'A', kind: 'background', flow: 'F', start: { mode: 'stageStarts' } },
          { name: 'B', kind: 'background', flow: 'F', start: { mode: 'requirements', logic: 'and', requirements: [{ left: 'due', operator: 'EqualTo', right: { date: '2025-02-29' } }] } },
        ],
      }],
    };
    const problems = validateOrchestration(doc).filter((p) => p.severity === 'error');
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(expect.arrayContaining([
      { path: 'stages[0].steps[1].start.requirements[0].right', message: '"2025-02-29" is not a date: February 2025 has 28 days', severity: 'error' },
      { path: 'variables[0].value', message: '"2025-02-30" is not a date: February 2025 has 28 days', severity: 'error' },
    ]));
    const fixed = { ...doc, variables: [{ name: 'due', type: 'Date', value: '2025-02-28' }, doc.variables[1]] };
    const scenario = { format: 'stageflow.scenario', version: 1, inputs: { start: '2025-04-31' }, events: [] };
    expect(validateScenario(scenario, fixed as never).filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`)).toEqual(['inputs.start: "2025-04-31" is not a date: April 2025 has 30 days']);
  });
});
