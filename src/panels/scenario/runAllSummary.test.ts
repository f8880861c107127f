import { expect, it } from 'vitest';
import { runAllSummary, type RunAllRow } from './runAllSummary';

const ran = (runStatus: string, results: RunAllRow['results'] = []): RunAllRow => ({ results, runStatus });

it('says nothing was checked, neutrally, when no run had expectations; runs that did not complete are named in the run view\'s words', () => {
  expect(runAllSummary([ran('Completed'), ran('Completed')])).toEqual({ text: 'No expectations: 2 runs completed, nothing checked', tone: 'neutral' });
  expect(runAllSummary([ran('Completed'), ran('InProgress'), ran('Completed')])).toEqual({ text: 'No expectations: nothing checked (2 runs completed, 1 in progress)', tone: 'neutral' });
  expect(runAllSummary([ran('InProgress')])).toEqual({ text: 'No expectations: nothing checked (1 run in progress)', tone: 'neutral' });
});

it('keeps the counts when anything was checked, or a run ended in Error with nothing expected', () => {
  expect(runAllSummary([ran('Completed', [{ pass: true }]), ran('Completed')])).toEqual({ text: '1 passed, 0 failed', tone: 'passed' });
  expect(runAllSummary([ran('Error'), ran('Completed')])).toEqual({ text: '0 passed, 0 failed — 1 run ended in Error (no expectations)', tone: 'warning' });
  expect(runAllSummary([{ results: [], error: 'bad' }])).toEqual({ text: '0 passed, 1 failed', tone: 'failed' });
});
