import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/appStore';
import { defaultRight } from './rightValues';

describe('a new requirement value', () => {
  afterEach(() => useAppStore.getState().setScenarios([]));

  it('a Date or DateTime starts at the run\'s start (the scenario\'s startAt, else the default Monday), never the day it is edited', () => {
    useAppStore.getState().setScenarios([]);
    expect(defaultRight('Date', 'EqualTo')).toEqual({ date: '2025-01-06' });
    expect(defaultRight('DateTime', 'EqualTo')).toEqual({ dateTime: '2025-01-06T09:00:00Z' });
    useAppStore.getState().setScenarios([{ format: 'stageflow.scenario', version: 1, startAt: '2026-03-02T14:30:00Z' }]);
    expect(defaultRight('Date', 'GreaterThan')).toEqual({ date: '2026-03-02' });
    expect(defaultRight('DateTime', 'GreaterThan')).toEqual({ dateTime: '2026-03-02T14:30:00Z' });
  });
});
