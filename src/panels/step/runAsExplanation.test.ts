import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../../commands/__fixtures__/propertiesFixture';
import { explainRunAs } from './runAsExplanation';

describe('explainRunAs', () => {
  it('R40: API 60+ runs as the Automated Process User by default, or the chosen user, with the flow’s access', () => {
    // given
    const doc = propertiesFixture();
    const [create, laptop] = doc.stages[0]!.steps;
    // when / then
    expect(explainRunAs(doc, create!, doc.flows![0]).identity).toBe('Automated Process User');
    const chosen = explainRunAs(doc, laptop!, doc.flows![1]);
    expect(chosen.identity).toBe('Ike Tran (it_ops)');
    expect(chosen.why).toContain('with sharing');
  });

  it('R44: API 59 sync step runs as the launching user in the run context', () => {
    const doc = { ...propertiesFixture(), apiVersion: 59 };
    const result = explainRunAs(doc, doc.stages[0]!.steps[0]!, doc.flows![0]);
    expect(result.identity).toContain('Hana Ruiz (hr_admin)');
    expect(result.why).toContain('in user context');
  });

  it('R45: API 59 async step in system context runs as the Automated Process User', () => {
    const base = propertiesFixture();
    const doc = { ...base, apiVersion: 59, trigger: { type: 'recordTriggered' as const, object: 'Contact', triggeredBy: 'hr_admin' } };
    const step = { ...doc.stages[0]!.steps[1]!, requiresAsync: true };
    expect(explainRunAs(doc, step, doc.flows![1]).identity).toBe('Automated Process User');
  });
});
