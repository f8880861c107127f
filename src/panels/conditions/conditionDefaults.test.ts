import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import { newEvaluationFlowCondition } from './conditionDefaults';

describe('a new evaluation-flow condition: the flow it starts with', () => {
  it('is the catalog\'s first active evaluation flow in a hand-made catalog (samples, /?new), so the design runs at once', () => {
    expect(newEvaluationFlowCondition(propertiesFixture())).toEqual({ mode: 'evaluationFlow', flow: 'Hire_Confirmed', inputs: {} });
  });

  it('is none in a design from a project, as a new step\'s flow is: the admin chooses it among the project\'s flows', () => {
    // given the same catalog, read from a project's files
    const base = propertiesFixture();
    const doc = { ...base, flows: (base.flows ?? []).map((f) => ({ ...f, source: { path: `force-app/main/default/flows/${f.name}.flow-meta.xml` } })) };
    // when / then
    expect(newEvaluationFlowCondition(doc)).toEqual({ mode: 'evaluationFlow', flow: '', inputs: {} });
  });
});
