/**
 * The subcommands of `stageflow`, in the order `stageflow --help` lists them. Each is loaded only
 * when it runs (a dynamic import, its own chunk in the build), so `stageflow validate` does not pay
 * for the engine and `--help` pays for nothing.
 *
 * Adding a subcommand: write `src/cli/commands/<name>.ts` (or `src/cli/<name>.ts`) exporting
 * `main: CliCommand` — `(argv, io) => Promise<exit code>`, printing its own `--help` — and add one
 * line here.
 */
import type { CliCommand } from './cliIo';

export interface Subcommand {
  name: string;
  /** One line for `stageflow --help`. */
  summary: string;
  load(): Promise<{ main: CliCommand }>;
}

export const SUBCOMMANDS: readonly Subcommand[] = [
  { name: 'test', summary: 'run every scenario of the designs found and check their expectations', load: () => import('./commands/test') },
  { name: 'coverage', summary: 'which steps, decision outcomes, conditions and fault paths the scenarios reach', load: () => import('./commands/coverage') },
  { name: 'diff', summary: 'what two versions of a design do differently under the same scenarios', load: () => import('./commands/diff') },
  { name: 'validate', summary: 'check designs (and scenarios) without running them', load: () => import('./commands/validate') },
  { name: 'simulate', summary: 'run one design under one scenario and print the trace JSON', load: () => import('./commands/simulate') },
  { name: 'flow', summary: 'run one Salesforce flow file offline and print its outputs, path and record changes', load: () => import('./commands/flow') },
  { name: 'convert', summary: 'convert between Stageflow JSON and Salesforce Flow metadata XML', load: () => import('./commands/convert') },
];
