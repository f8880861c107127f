/** What running the scenarios of the suites gives, for the reporters. */
import type { RunStatus } from '../../model/types';
import type { ExpectationResult } from '../../verify/expectations/index';

export type ScenarioStatus = 'passed' | 'failed' | 'error';

export interface ScenarioResult {
  /** The scenario's `name`, else its file name. */
  name: string;
  file: string;
  status: ScenarioStatus;
  timeMs: number;
  /** The run's end, when it ran. */
  run: { status: RunStatus; endedAt: number | null; stalled: boolean } | null;
  expectations: ExpectationResult[];
  /** `<file>: <path>: <message>` lines: why it could not run (status `error`) or warnings. */
  problems: string[];
  /** `--update` wrote this many expectations into the file. */
  recorded: number;
  /** For a run that ended in Error with no expectations: its failed steps (`step X failed: …`). */
  failures?: string;
}

export interface SuiteResult {
  /** The design's file (or `<folder>#<ApiName>`). */
  label: string;
  /** The orchestration's API name, once loaded. */
  name: string | null;
  /**
   * Why the design could not be loaded (its scenarios then did not run), or, for a design that
   * loaded, its warnings (what the conversion kept or guessed, flows added as placeholders).
   */
  problems: string[];
  scenarios: ScenarioResult[];
  /** True for a path or manifest entry that could not be read (`label` is that path; `name` is null). */
  unreadable?: boolean;
}

export interface Totals {
  scenarios: number;
  passed: number;
  failed: number;
  errors: number;
  withoutExpectations: number;
  recorded: number;
  timeMs: number;
}

/** Sums over suites; a design that could not be loaded (or a path that could not be read) counts as one error. */
export function totalsOf(suites: readonly SuiteResult[]): Totals {
  const all = suites.flatMap((s) => s.scenarios);
  return {
    scenarios: all.length,
    passed: all.filter((s) => s.status === 'passed').length,
    failed: all.filter((s) => s.status === 'failed').length,
    errors: all.filter((s) => s.status === 'error').length + suites.filter((s) => s.problems.length > 0 && s.name === null).length,
    withoutExpectations: all.filter((s) => s.status !== 'error' && s.expectations.length === 0 && s.recorded === 0).length,
    recorded: all.reduce((n, s) => n + s.recorded, 0),
    timeMs: all.reduce((n, s) => n + s.timeMs, 0),
  };
}
