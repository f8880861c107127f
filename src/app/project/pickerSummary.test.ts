import { describe, expect, it } from 'vitest';
import type { ProjectFlow, ProjectProblem } from '../../io/project/types';
import { noOrchestrationSummary, unreadFilesSummary } from './pickerSummary';

const flow = (apiName: string, extra: Partial<ProjectFlow> = {}): ProjectFlow => ({ apiName, path: `force-app/main/default/flows/${apiName}.flow-meta.xml`, type: 'autolaunched', ...extra });

describe('the project picker without an orchestration', () => {
  it('says how many of the flows found a step can call, when a trigger starts some of them (survey 9: 68 flows found, 36 a step can call)', () => {
    const flows = [
      flow('Get_Owner'), flow('Review', { type: 'screen' }),
      flow('On_Case_Save', { triggerType: 'RecordAfterSave' }), flow('Nightly', { triggerType: 'Scheduled' }),
      flow('Case_Process', { processType: 'Workflow' }),
    ].map((f) => (f.processType === 'Workflow' ? { apiName: f.apiName, path: f.path, processType: 'Workflow' } : f));
    expect(noOrchestrationSummary(flows)).toBe('No orchestration yet, and 5 flows found, 2 of them flows a step can call (a trigger starts the other 3, or they are processes). Start a new orchestration: its steps can call those 2.');
  });

  it('keeps the short sentence when a step can call every flow found', () => {
    expect(noOrchestrationSummary([flow('Get_Owner')])).toBe('No orchestration yet, and 1 flow found. Start a new orchestration: its steps can call it.');
    expect(noOrchestrationSummary([flow('Get_Owner'), flow('Review', { type: 'screen' })])).toBe('No orchestration yet, and 2 flows found. Start a new orchestration: its steps can call them.');
  });

  it('says so when a step can call none of them', () => {
    expect(noOrchestrationSummary([flow('On_Case_Save', { triggerType: 'RecordAfterSave' })])).toBe('No orchestration yet, and 1 flow found, none of them a flow a step can call (a trigger starts it, or it is a process). A new orchestration can still be started.');
  });
});

describe('the project picker on files it could not read', () => {
  const unread = (name: string, orchestration: boolean): ProjectProblem => ({ file: `flows/${name}.flow-meta.xml`, severity: 'error', message: 'not read: malformed XML', line: 9, column: 2, ...(orchestration ? { orchestration } : {}) });

  it('counts files that are not orchestrations, as before', () => {
    expect(unreadFilesSummary([unread('A', false), { file: 'x', severity: 'info', message: 'a flow' }])).toBe('1 file could not be read; the report after opening lists them.');
    expect(unreadFilesSummary([])).toBe('');
  });

  it('names at most three unread orchestrations with where and what, then counts the rest and the other files', () => {
    const problems = ['O1', 'O2', 'O3', 'O4'].map((n) => unread(n, true)).concat([unread('F', false)]);
    expect(unreadFilesSummary(problems)).toBe('4 orchestration files could not be read, so they are not listed — flows/O1.flow-meta.xml: 9:2: not read: malformed XML; flows/O2.flow-meta.xml: 9:2: not read: malformed XML; flows/O3.flow-meta.xml: 9:2: not read: malformed XML; and 1 more. Fix them and open the project again. 1 other file could not be read; the report after opening lists them.');
  });

  it('says "No orchestration could be read" of a project whose orchestrations were all unread', () => {
    expect(noOrchestrationSummary([flow('Get_Owner')], 1)).toBe('No orchestration could be read, and 1 flow found. Start a new orchestration: its steps can call it.');
  });
});
