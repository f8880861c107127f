import { describe, expect, it } from 'vitest';
import { flowDraftProblems, newFlow, splitNames } from './flowDraft';

describe('flow drafts', () => {
  it('splits comma-separated names', () => {
    expect(splitNames(' a, b,,a , c ')).toEqual(['a', 'b', 'c']);
  });

  it('refuses a taken or invalid flow name and bad input names', () => {
    // given
    const other = newFlow('autolaunched', []);
    // when
    const taken = flowDraftProblems({ ...other }, [other]);
    const bad = flowDraftProblems({ name: 'Ok', type: 'screen', inputs: ['1x'] }, [other]);
    // then
    expect(taken.name).toContain('already named');
    expect(bad.inputs).toContain('"1x"');
    expect(flowDraftProblems({ name: 'Ok', type: 'screen' }, [other])).toEqual({});
  });

  it('gives a new flow a free name', () => {
    const first = newFlow('evaluation', []);
    expect(newFlow('evaluation', [first, { ...first, name: 'New_Flow_2' }]).name).toBe('New_Flow_3');
    expect(first.result).toBe(true);
  });
});
