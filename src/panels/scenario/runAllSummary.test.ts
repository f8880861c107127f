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

it('a run that stalled with nothing expected is said in the warning style, not as neutral "nothing checked": a stall is something to look at', () => {
  const stalled = (runStatus: string, results: RunAllRow['results'] = []): RunAllRow => ({ results, runStatus, stalled: true });
  expect(runAllSummary([stalled('InProgress')])).toEqual({ text: '0 passed, 0 failed — 1 run stalled (no expectations)', tone: 'warning' });
  expect(runAllSummary([stalled('InProgress'), ran('Error'), ran('Completed')])).toEqual({ text: '0 passed, 0 failed — 1 run ended in Error, 1 stalled (no expectations)', tone: 'warning' });
  expect(runAllSummary([stalled('InProgress'), stalled('InProgress'), ran('Completed', [{ pass: true }])])).toEqual({ text: '1 passed, 0 failed — 2 runs stalled (no expectations)', tone: 'warning' });
  // a stalled run that was expected to stall is a test, checked: its result decides
  expect(runAllSummary([stalled('InProgress', [{ pass: true }])])).toEqual({ text: '1 passed, 0 failed', tone: 'passed' });
});
