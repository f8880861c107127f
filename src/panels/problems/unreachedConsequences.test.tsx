// @vitest-environment jsdom
/**
 * One misspelt Next element cuts the path: the Problems list reads the stages after it as that
 * error's consequences ("follows from the error at …"), not as more problems of their own.
 */
import { render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { orchestration, stage } from '../../model/testing/fixtures';
import { validateOrchestration } from '../../model/validate';
import { indexProblems } from '../../store/problems';
import { ProblemList } from './ProblemList';

it('the stages a broken Next element cuts off follow from it', () => {
  const doc = orchestration({ stages: [stage('Begin', undefined, { next: 'Chek' }), stage('Check', undefined, { next: 'Ship' }), stage('Ship')] });
  render(<ProblemList doc={doc} index={indexProblems(validateOrchestration(doc))} />);
  expect(within(screen.getByRole('list')).getAllByRole('listitem').map((r) => r.textContent)).toEqual([
    'Error — Stage “Begin” (Next element): the next element "Chek" is not a stage or decision of this orchestrationShow it',
    'Warning — Stage “Check”: follows from the error at Stage “Begin” (Next element): this stage is never reached: no path from the start leads to itShow it',
    'Warning — Stage “Ship”: follows from the error at Stage “Begin” (Next element): this stage is never reached: no path from the start leads to itShow it',
  ]);
});
