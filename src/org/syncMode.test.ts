import { describe, expect, it } from 'vitest';
import type { Flow } from '../model/types';
import { backgroundStepMode } from './syncMode';

const flow = (elements: string[]): Flow => ({ name: 'F', type: 'autolaunched', active: true, elements });

describe('backgroundStepMode', () => {
  it('R20: API 63+ decides by the flow elements and names them', () => {
    expect(backgroundStepMode(flow(['Assignment', 'Wait']), false, 63)).toEqual({ mode: 'async', reason: 'contains a Wait element' });
    expect(backgroundStepMode(flow(['Action', 'Wait']), false, 66).reason).toBe('contains Action and Wait elements');
    expect(backgroundStepMode(flow(['Assignment']), true, 63)).toEqual({ mode: 'sync', reason: 'the flow has no Action, Subflow or Wait element' });
  });

  it('R20: API 62 and earlier decide by Requires async processing, whatever the flow holds', () => {
    expect(backgroundStepMode(flow(['Wait']), false, 62).mode).toBe('sync');
    expect(backgroundStepMode(flow([]), true, 55)).toEqual({ mode: 'async', reason: 'Requires async processing is checked (API 62 and earlier)' });
  });
});
