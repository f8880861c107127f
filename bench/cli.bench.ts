/**
 * Start-up of the `stageflow` executable: wall time of `node dist-cli/stageflow.js validate` on a
 * small sample (budget 150 ms), beside today's `npm run --silent simulate -- … --validate-only`
 * path (npm + tsx compiling TypeScript on every call) and bare `node -e 0` (what Node itself
 * costs on this machine). Runs alternate between the commands so that load from other processes
 * hits them alike; medians of the timed runs. Builds the CLI first when dist-cli is missing or
 * older than the sources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const SAMPLE = 'public/samples/order-fulfilment.json';
const BIN = 'dist-cli/stageflow.js';

interface Command { label: string; file: string; args: string[]; runs: number }

const COMMANDS: Command[] = [
  { label: 'stageflow validate (built)', file: process.execPath, args: [BIN, 'validate', SAMPLE], runs: 15 },
  { label: 'npm run simulate --validate-only (tsx)', file: 'npm', args: ['run', '--silent', 'simulate', '--', SAMPLE, '--validate-only'], runs: 5 },
  { label: 'node -e 0 (Node alone)', file: process.execPath, args: ['-e', '0'], runs: 15 },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeOnce(command: Command): number {
  const started = performance.now();
  const result = spawnSync(command.file, command.args, { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0 || (command.args.includes('validate') && result.stdout !== 'ok\n')) {
    throw new Error(`${command.label} failed (exit ${String(result.status)}): ${result.stderr}`);
  }
  return elapsed;
}

function newestSource(): number {
  return Math.max(statSync('src').mtimeMs, statSync('src/cli').mtimeMs, statSync('vite.cli.config.ts').mtimeMs);
}

export default async function cliBench(): Promise<Array<{ name: string; value: number; unit: string; target?: number }>> {
  if (!existsSync(BIN) || statSync(BIN).mtimeMs < newestSource()) execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts'], { stdio: 'ignore' });
  const times = new Map<Command, number[]>(COMMANDS.map((c) => [c, []]));
  for (const command of COMMANDS) timeOnce(command); // warm the file cache
  const rounds = Math.max(...COMMANDS.map((c) => c.runs));
  for (let round = 0; round < rounds; round++) {
    for (const command of COMMANDS) if (round < command.runs) times.get(command)!.push(timeOnce(command));
  }
  const [built, npmPath, bare] = COMMANDS.map((c) => Math.round(median(times.get(c)!)));
  console.log(`cli start-up: validate ${SAMPLE}; medians of ${COMMANDS.map((c) => `${c.runs} × ${c.label}`).join(', ')} (alternating)`);
  console.log(`  stageflow validate ${built} ms · npm run simulate --validate-only ${npmPath} ms · node -e 0 ${bare} ms · ${(npmPath! / built!).toFixed(1)}× faster than the npm path`);
  return [
    { name: 'stageflow validate start-up (small design)', value: built!, unit: 'ms', target: 150 },
    { name: 'npm run simulate --validate-only (same design)', value: npmPath!, unit: 'ms' },
    { name: 'node -e 0 on this machine', value: bare!, unit: 'ms' },
  ];
}
