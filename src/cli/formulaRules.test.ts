import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaSyntax } from '../io/formulaSyntax';
import { orchestrationArbitrary } from '../model/testing/arbitraries';
import { backgroundStep, describeProblems, orchestration, stage } from '../model/testing/fixtures';
import type { Orchestration } from '../model/types';
import { validateOrchestrationRules } from '../model/validate';
import { validateRulesWithFormulas } from './formulaRules';

/** What io/jsonImport gives: the rules with the formula parser always loaded. */
const withParser = (doc: Orchestration) => validateOrchestrationRules(doc, { formulas: formulaSyntax });

describe('validateRulesWithFormulas (the formula parser loaded only for designs with formulas)', () => {
  it('reports a formula resource that does not parse, as the parser words it', async () => {
    // given: a syntax error only the parser sees (the braces alone are fine)
    const doc = orchestration({ formulas: [{ name: 'Is_Big', type: 'Boolean', expression: '{!amount} > ' }] });
    // when
    const problems = await validateRulesWithFormulas(doc);
    // then
    expect(describeProblems(problems)).toEqual(describeProblems(withParser(doc)));
    expect(describeProblems(problems).join('\n')).toMatch(/^formulas\[0\]\.expression: formula "Is_Big" does not parse: /m);
  });

  it('checks a record trigger\'s entry formula with the parser too', async () => {
    const doc = orchestration({ trigger: { type: 'recordTriggered', object: 'Case', entryFormula: 'AND({!$Record.Status} = "New",' } });
    const problems = await validateRulesWithFormulas(doc);
    expect(describeProblems(problems).join('\n')).toMatch(/^trigger\.entryFormula: the entry formula does not parse: /m);
    expect(problems).toEqual(withParser(doc));
  });

  it('gives what the parser gives for a design without formulas (each sample)', async () => {
    const samples = readdirSync('public/samples').filter((name) => name.endsWith('.json') && !name.includes('.scenario.') && name !== 'index.json');
    expect(samples.length).toBeGreaterThan(2);
    for (const name of samples) {
      const doc = JSON.parse(readFileSync(`public/samples/${name}`, 'utf8')) as Orchestration;
      expect(await validateRulesWithFormulas(doc), name).toEqual(withParser(doc));
    }
  });

  it('gives what the parser gives for any generated design, with formulas or not', async () => {
    const formula = fc.constantFrom('{!amount} > 100', '{!amount} >', 'NOT({!Nope})', 'LEN("x")');
    await fc.assert(
      fc.asyncProperty(orchestrationArbitrary(), fc.option(formula), async (generated, expression) => {
        const doc = expression === null ? generated : { ...generated, formulas: [{ name: 'F', type: 'Boolean' as const, expression }] };
        expect(await validateRulesWithFormulas(doc)).toEqual(withParser(doc));
      }),
      { numRuns: 60 },
    );
  });

  it('still checks a formula read by a step\'s start condition', async () => {
    const doc = orchestration({
      formulas: [{ name: 'Is_Big', type: 'Boolean', expression: 'IF({!amount} > 100, true' }],
      stages: [stage('Main', [backgroundStep('A', { start: { mode: 'requirements', requirements: [{ left: 'Is_Big', operator: 'EqualTo', right: { boolean: true } }] } })])],
    });
    expect(await validateRulesWithFormulas(doc)).toEqual(withParser(doc));
    expect(describeProblems(await validateRulesWithFormulas(doc)).some((line) => line.includes('does not parse'))).toBe(true);
  });
});
