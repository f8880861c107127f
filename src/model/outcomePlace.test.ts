/**
 * A problem inside a decision's outcome is placed at that outcome, as the decision's panel titles its
 * box and labels its fields — 'Decision “Route by size” (Outcome “Large”, Requirement 2, Resource)' —
 * where it read '(Outcomes)', leaving the admin to find which outcome.
 */
import { describe, expect, it } from 'vitest';
import { decision, orchestration, requirement, stage } from './testing/fixtures';
import { problemInWords, problemPlace } from './problemPlace';
import { validateOrchestration } from './validate';
import type { Orchestration } from './types';

function routed(): Orchestration {
  return orchestration({
    start: 'Route',
    stages: [stage('Big'), stage('Small')],
    decisions: [decision('Route', {
      label: 'Route by size',
      outcomes: [
        { name: 'Large', label: 'Large order', requirements: [requirement('amount', 'GreaterThan', { number: 10 }), requirement('', 'EqualTo', { string: 'x' })], next: 'Big' },
        { name: 'Tiny', requirements: [], next: 'Smal' },
      ],
      defaultNext: 'Small',
    })],
  });
}

const inWords = (doc: Orchestration) => validateOrchestration(doc).filter((p) => p.path.startsWith('decisions[0].outcomes')).map((p) => problemInWords(doc, p));

describe('a decision outcome\'s problems name the outcome', () => {
  it('its requirement row, its own requirements and its Then go to, the outcome by its label (by its API name without one)', () => {
    const lines = inWords(routed());
    expect(lines).toContain('Decision “Route by size” (Outcome “Tiny”): this outcome has no requirements: add at least one');
    expect(lines).toContain('Decision “Route by size” (Outcome “Tiny”, Then go to): this outcome leads to "Smal", which is not a stage or decision of this orchestration');
    expect(lines.some((l) => l.startsWith('Decision “Route by size” (Outcome “Large order”, Requirement 2, Resource): '))).toBe(true);
    expect(lines.every((l) => !l.includes('(Outcomes)'))).toBe(true);
  });

  it('the place\'s field and the element to select, and the outcome\'s own fields as the panel labels them', () => {
    const doc = routed();
    expect(problemPlace(doc, 'decisions[0].outcomes[0].label')).toEqual({ element: 'Route', where: 'Decision “Route by size”', field: 'Outcome “Large order”, Outcome label', outcome: 'Large' });
    expect(problemPlace(doc, 'decisions[0].outcomes[1].name').field).toBe('Outcome “Tiny”, Outcome API name');
    expect(problemPlace(doc, 'decisions[0].outcomes[0].logic').field).toBe('Outcome “Large order”, Condition logic');
    // a path to an outcome the decision does not have keeps the list's name
    expect(problemPlace(doc, 'decisions[0].outcomes[5]').field).toBe('Outcomes');
  });
});
