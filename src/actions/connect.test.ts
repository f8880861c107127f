import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import { connectionProblem } from './connect';

describe('connectionProblem', () => {
  it('allows step → step of the same stage and stage → stage/decision', () => {
    // given
    const doc = propertiesFixture();
    // when / then
    expect(connectionProblem(doc, { source: 'Buddy', target: 'Review' })).toBeNull();
    expect(connectionProblem(doc, { source: 'Settle_In', target: 'Is_Sales', sourceHandle: 'next' })).toBeNull();
    expect(connectionProblem(doc, { source: 'Is_Sales', target: 'Accounts_And_Equipment', sourceHandle: 'outcome' })).toBeNull();
  });

  it('refuses other-stage, self, cyclic and stage → step links with a reason', () => {
    const doc = propertiesFixture();
    expect(connectionProblem(doc, { source: 'Buddy', target: 'Provision_Laptop' })).toMatch(/same stage/);
    expect(connectionProblem(doc, { source: 'Buddy', target: 'Buddy' })).toMatch(/itself/);
    expect(connectionProblem(doc, { source: 'Provision_Laptop', target: 'Create_User_Accounts' })).toMatch(/cycle/);
    expect(connectionProblem(doc, { source: 'Settle_In', target: 'Buddy' })).toMatch(/not to steps/);
    expect(connectionProblem(doc, { source: 'Buddy', target: 'Settle_In' })).toMatch(/another step/);
  });
});
