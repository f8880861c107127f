import { describe, expect, it } from 'vitest';
import { orchestration } from '../model/testing/fixtures';
import { validateOrchestration } from '../model/validate';
import { formulaSyntax } from './formulaSyntax';

describe('formula syntax in validation (the formula parser given to the model)', () => {
  it('reports a formula resource that does not parse, with the position of the fault', () => {
    // given
    const doc = orchestration({ formulas: [{ name: 'Broken', type: 'Number', expression: '({!amount} + 1' }] });
    // when
    const problems = validateOrchestration(doc, { formulas: formulaSyntax });
    // then
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'formulas[0].expression', severity: 'error', message: expect.stringMatching(/^formula "Broken" does not parse: .*position \d+/) });
  });

  it('finds references written without braces too, and checks them', () => {
    const doc = orchestration({ formulas: [{ name: 'Bare', type: 'Boolean', expression: 'amout > 3' }] });
    expect(validateOrchestration(doc, { formulas: formulaSyntax }).map((p) => p.message)).toEqual([
      'formula "Bare" reads {!amout}: unknown resource "amout": nothing in this orchestration has this name (did you mean "amount"?)',
    ]);
  });

  it('reports a record trigger\'s entry formula that does not parse', () => {
    const doc = orchestration({ trigger: { type: 'recordTriggered', object: 'Case', when: 'create', entryFormula: 'ISCHANGED({!$Record.Status}' } });
    expect(validateOrchestration(doc, { formulas: formulaSyntax }).map((p) => p.path)).toEqual(['trigger.entryFormula']);
  });
});
