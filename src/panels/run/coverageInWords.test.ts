import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { coverageTargets } from '../../verify/coverage/index';
import { coverageInWords } from './coverageInWords';

const sample = (name: string) => JSON.parse(readFileSync(`public/samples/${name}.json`, 'utf8')) as Orchestration;

it('names each coverage target by its labels, as the canvas does, never by API names', () => {
  const loan = sample('loan-approval');
  const words = coverageTargets(loan).map((t) => coverageInWords(t, loan));
  expect(words).toContain('step “Loan officer calls the applicant” starts');
  expect(words).toContain('the fault path of stage “Intake checks” (to “Manual recovery”)');
  expect(words).toContain('decision “Large loan?” takes outcome “Large loan with good credit”');
  expect(words).toContain('decision “Large loan?” takes its default path');
  const cases = sample('case-escalation');
  const caseWords = coverageTargets(cases).map((t) => coverageInWords(t, cases));
  expect(caseWords).toContain('the start condition of step “Escalate to tier 2” holds');
  expect(caseWords).toContain('the exit condition of stage “Triage and review” holds');
  expect([...words, ...caseWords].join('\n')).not.toMatch(/Officer_Call|Route_By_Amount|Escalate_To_Tier_Two|Triage holds/);
});
