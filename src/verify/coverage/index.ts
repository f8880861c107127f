/** Coverage of a design by its scenarios (the `stageflow coverage` command, the app's heat overlay). */
export { COVERAGE_KINDS, coverageTargets, type CoverageKind, type CoverageTarget } from './coverageItems';
export { computeCoverage, percentOf, type CoverageCount, type CoverageItem, type CoverageReport, type CoverageRun } from './computeCoverage';
