import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/index';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import { STRONG_CANDIDATE } from '../../io/project/testing/recruitingScenario';
import type { Orchestration, Scenario } from '../../model/types';
import { answerText, screenQuestions, withAnswer } from './screenQuestions';

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
