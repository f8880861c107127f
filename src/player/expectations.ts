/**
 * Scenario expectations, for the player and the panels: the pure checks live in
 * src/verify/expectations (shared with the `stageflow test` command line).
 */
export { checkExpectations, describeExpectation, type ExpectationResult } from '../verify/expectations/index';
