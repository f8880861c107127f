import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/index';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import { STRONG_CANDIDATE } from '../../io/project/testing/recruitingScenario';
import type { Orchestration, Scenario } from '../../model/types';
import { answerText, repeaterItems, screenQuestions, withAnswer, withDefaultItems, withItemAdded, withItemRemoved } from './screenQuestions';
import { repeaterDesign } from './testing/repeaterDesign';

function openRecruiting(): Orchestration {
  const opened = openOrchestration(projectFromFiles(recruitingFiles()), 'Recruiting_Orchestration_v6');
  if (!opened.ok) throw new Error(JSON.stringify(opened.report));
  return opened.doc;
}

describe('Scenarios → Screen answers: the questions of a project screen flow and the screenValues they write', () => {
  const doc = openRecruiting();

  it('asks each input of the recruiter\'s phone-screen flow, and each output of its components the flow reads (slider and toggle values)', () => {
    const asked = screenQuestions(doc, 'Recruiter_Phone_Screen').map((q) => `${q.key}${q.output ? `.${q.output}` : ''} ${q.kind}`);
    expect(asked).toEqual(expect.arrayContaining(['Experience.value text', 'Leadership_Skills.value text', 'CompanyValues.value text', 'RecommendForHire.value text']));
    // a background step asks nothing
    expect(screenQuestions(doc, 'Get_Usernames_Step')).toEqual([]);
  });

  it('typing the answers gives the scenario a file would hold (numbers and true read as such), and the run makes the offer with them', () => {
    // given the strong candidate's scenario without any screen answer
    const bare: Scenario = { ...STRONG_CANDIDATE, steps: {} };
    let scenario = bare;
    // when each answer is typed into its question
    for (const [step, override] of Object.entries(STRONG_CANDIDATE.steps ?? {})) {
      const questions = screenQuestions(doc, step);
      for (const [key, value] of Object.entries(override.screenValues ?? {})) {
        if (value !== null && typeof value === 'object') {
          for (const [output, v] of Object.entries(value)) scenario = withAnswer(scenario, step, questions.find((q) => q.key === key && q.output === output)!, String(v));
        } else scenario = withAnswer(scenario, step, questions.find((q) => q.key === key && q.output === undefined)!, String(value));
      }
    }
    // then the scenario's answers are the file's, read back as typed, and the run ends with the offer
    expect(scenario.steps).toEqual(STRONG_CANDIDATE.steps);
    expect(answerText(scenario, 'Recruiter_Phone_Screen', screenQuestions(doc, 'Recruiter_Phone_Screen').find((q) => q.key === 'RecommendForHire')!)).toBe('true');
    const trace = simulate(doc, scenario);
    expect(trace.run.status).toBe('Completed');
    expect(trace.steps.Create_and_Send_Offer?.status).toBe('Completed');
  });

  it('emptying an answer removes it, and what it leaves empty (the component\'s object, screenValues, the step, steps) goes with it', () => {
    const questions = screenQuestions(doc, 'Recruiter_Phone_Screen');
    const toggle = questions.find((q) => q.key === 'RecommendForHire')!;
    const given = withAnswer({ format: 'stageflow.scenario', version: 1 }, 'Recruiter_Phone_Screen', toggle, 'false');
    expect(given.steps).toEqual({ Recruiter_Phone_Screen: { screenValues: { RecommendForHire: { value: false } } } });
    expect(withAnswer(given, 'Recruiter_Phone_Screen', toggle, '')).toEqual({ format: 'stageflow.scenario', version: 1 });
  });
});

describe('Scenarios → Screen answers of a screen Repeater: its children asked once per item, written as the list of items the run takes', () => {
  const doc = repeaterDesign();
  const bare: Scenario = { format: 'stageflow.scenario', version: 1 };

  it('Repeater: each child of the Repeater is a question naming it (a component child by the outputs the flow reads through an item); the field beside it is asked as before', () => {
    const asked = screenQuestions(doc, 'Plan_Tasks').map((q) => `${q.repeater ?? '-'} ${q.key}${q.output ? `.${q.output}` : ''} ${q.kind}${q.required ? ' required' : ''}`);
    expect(asked).toEqual(['- Note text', 'TaskRepeater Subject text required', 'TaskRepeater Assigned_To.recordId text', 'TaskRepeater Due_Date date']);
  });

  it('Repeater: answers typed per item give screenValues[Repeater] as a list of items, and the run takes them (two tasks counted)', () => {
    // given the questions
    const questions = screenQuestions(doc, 'Plan_Tasks');
    const q = (key: string) => questions.find((x) => x.key === key)!;
    // when the first item's subject and lookup and the second item's subject and due date are typed
    let scenario = withAnswer(bare, 'Plan_Tasks', q('Subject'), 'Send the brochure', 0);
    scenario = withAnswer(scenario, 'Plan_Tasks', q('Assigned_To'), '005000000000001AAA', 0);
    scenario = withItemAdded(scenario, 'Plan_Tasks', 'TaskRepeater');
    scenario = withAnswer(scenario, 'Plan_Tasks', q('Subject'), 'Book a visit', 1);
    scenario = withAnswer(scenario, 'Plan_Tasks', q('Due_Date'), '2026-12-10', 1);
    // then the file's shape, read back item by item, and the run counts two tasks
    expect(scenario.steps).toEqual({ Plan_Tasks: { screenValues: { TaskRepeater: [
      { Subject: 'Send the brochure', Assigned_To: { recordId: '005000000000001AAA' } },
      { Subject: 'Book a visit', Due_Date: '2026-12-10' },
    ] } } });
    expect(answerText(scenario, 'Plan_Tasks', q('Subject'), 1)).toBe('Book a visit');
    expect(answerText(scenario, 'Plan_Tasks', q('Assigned_To'), 0)).toBe('005000000000001AAA');
    const trace = simulate(doc, scenario);
    expect(trace.flowRuns?.[0]?.outputs).toEqual({ owners: ['005000000000001AAA'], taskCount: 2 });
  });

  it('Repeater: emptying an answer keeps its item (an item at its defaults); removing items leaves a list of none; default items remove the answer', () => {
    const subject = screenQuestions(doc, 'Plan_Tasks').find((x) => x.key === 'Subject')!;
    const given = withAnswer(bare, 'Plan_Tasks', subject, 'x', 0);
    expect(repeaterItems(withAnswer(given, 'Plan_Tasks', subject, '', 0), 'Plan_Tasks', 'TaskRepeater')).toEqual([{}]);
    const none = withItemRemoved(given, 'Plan_Tasks', 'TaskRepeater', 0);
    expect(none.steps).toEqual({ Plan_Tasks: { screenValues: { TaskRepeater: [] } } });
    expect(withDefaultItems(none, 'Plan_Tasks', 'TaskRepeater')).toEqual(bare);
    expect(repeaterItems(bare, 'Plan_Tasks', 'TaskRepeater')).toBeUndefined();
  });
});
