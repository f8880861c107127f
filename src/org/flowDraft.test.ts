import { describe, expect, it } from 'vitest';
import { flowDraftProblems, newFlow, relabelDraft, splitNames } from './flowDraft';

describe('flow drafts', () => {
  it('splits comma-separated names, dropping blanks but keeping a repeated name for the check to name', () => {
    expect(splitNames(' a, b,,a , c ,')).toEqual(['a', 'b', 'a', 'c']);
  });

  it('refuses an input or output listed twice, case ignored as Salesforce does', () => {
    const problems = flowDraftProblems({ name: 'Ok', type: 'screen', inputs: ['recordId', 'Amount', 'amount'], outputs: ['done', 'done'] }, []);
    expect(problems.inputs).toBe('"amount" is listed twice (names ignore case): list each input once');
    expect(problems.outputs).toBe('"done" is listed twice (names ignore case): list each output once');
    expect(flowDraftProblems({ name: 'Ok', type: 'screen', inputs: ['recordId', 'amount'] }, [])).toEqual({});
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

  it('a new flow’s API name follows its label, unique among the other flows', () => {
    // given
    const draft = newFlow('autolaunched', []);
    const other = { ...newFlow('autolaunched', []), name: 'Check_stock' };
    // when
    const relabelled = relabelDraft(draft, 'Check stock', [other]);
    // then
    expect(draft).toMatchObject({ name: 'New_Flow_1', label: 'New Flow 1' });
    expect(relabelled).toMatchObject({ name: 'Check_stock_2', label: 'Check stock' });
    expect(relabelDraft(relabelled, 'Check stock levels', [other]).name).toBe('Check_stock_levels');
  });

  it('a flow API name the admin typed stops following', () => {
    // given
    const typed = { ...newFlow('screen', []), name: 'Ask_Manager' };
    // when
    const relabelled = relabelDraft(typed, 'Approve order', []);
    // then
    expect(relabelled).toMatchObject({ name: 'Ask_Manager', label: 'Approve order' });
    expect(relabelDraft(typed, '', [])).not.toHaveProperty('label');
  });
});
