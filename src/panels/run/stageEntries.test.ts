import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { entryInWords, stageEntries } from './stageEntries';

const doc: Orchestration = {
  format: 'stageflow.orchestration',
  version: 1,
  name: 'Loan',
  start: 'Intake',
  stages: [
    { name: 'Intake', label: 'Intake checks', next: 'Route', faultNext: 'Recovery', steps: [] },
    { name: 'Underwriting', next: 'Funding', steps: [] },
    { name: 'Auto', label: 'Automatic approval', next: 'Funding', steps: [] },
    { name: 'Funding', steps: [] },
    { name: 'Recovery', steps: [] },
    { name: 'Orphan', steps: [] },
  ],
  decisions: [{ name: 'Route', label: 'Large loan?', outcomes: [{ name: 'Large', label: 'Large loan', requirements: [], next: 'Underwriting' }, { name: 'Huge', requirements: [], next: 'Underwriting' }], defaultNext: 'Auto' }],
};

const words = (stage: string) => stageEntries(doc, stage).map(entryInWords);

describe('stageEntries (Why panel of a stage that has not started)', () => {
  it('names the run\'s start for the first stage', () => {
    expect(words('Intake')).toEqual(['the run starts (it is the first stage)']);
  });
  it('names each stage whose next it is, by label (the API name when it has none)', () => {
    expect(words('Funding')).toEqual(['stage “Underwriting” completes', 'stage “Automatic approval” completes']);
  });
  it('names a stage whose fault path leads to it', () => {
    expect(words('Recovery')).toEqual(['stage “Intake checks” fails (its fault path leads here)']);
  });
  it('names each decision outcome by its label, and a default path', () => {
    expect(words('Underwriting')).toEqual(['decision “Large loan?” takes outcome “Large loan”', 'decision “Large loan?” takes outcome “Huge”']);
    expect(words('Auto')).toEqual(['decision “Large loan?” takes its default path']);
  });
  it('gives nothing for a stage nothing leads to', () => {
    expect(stageEntries(doc, 'Orphan')).toEqual([]);
  });
});
