import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../model/types';
import loan from '../../public/samples/loan-approval.json';
import onboarding from '../../public/samples/onboarding.json';
import { findMatches } from './findMatches';

const loanDoc = loan as unknown as Orchestration;
const onboardingDoc = onboarding as unknown as Orchestration;

describe('findMatches: what Find finds', () => {
  it('a decision by its outcome\'s label or API name, saying which outcome', () => {
    // given loan-approval, whose decision "Large loan?" has the outcome "Large loan with good credit"
    // when Find is given words of the outcome only
    const byLabel = findMatches(loanDoc, 'good credit', 8);
    const byName = findMatches(loanDoc, 'large_loan', 8);
    // then the decision is found, with the outcome named
    expect(byLabel).toEqual([{ name: 'Route_By_Amount', label: 'Large loan?', via: 'outcome “Large loan with good credit”' }]);
    expect(byName.find((m) => m.name === 'Route_By_Amount')?.via).toBe('outcome “Large_Loan”');
  });

  it('a step by the flow it runs, and an element by a requirement\'s resource', () => {
    // Provision laptop runs Ship_Laptop; Welcome email starts when hire.Department is Sales or Support
    expect(findMatches(onboardingDoc, 'ship_lap', 8)).toEqual([{ name: 'Provision_Laptop', label: 'Provision laptop', via: 'flow “Ship_Laptop”' }]);
    expect(findMatches(onboardingDoc, 'hire.depart', 8)).toEqual([{ name: 'Welcome_Email', label: 'Welcome email', via: 'requirement “hire.Department”' }]);
    expect(findMatches(loanDoc, 'creditscore', 8).map((m) => m.name)).toContain('Route_By_Amount');
  });

  it('an element\'s own label or API name comes first, without a reason; a blank query finds nothing; at most max', () => {
    // "laptop" is Provision laptop's own label, and also its flow's name: listed once, as itself
    expect(findMatches(onboardingDoc, 'laptop', 8)).toEqual([{ name: 'Provision_Laptop', label: 'Provision laptop' }]);
    expect(findMatches(onboardingDoc, '  ', 8)).toEqual([]);
    expect(findMatches(onboardingDoc, 'e', 2)).toHaveLength(2);
  });
});
