/**
 * Standard output that cannot be written: said once, and the exit code says it too. Kept apart from
 * the console writer (consoleWriter.ts) that reports here.
 */

/** Standard output could not be written (a full disk under `> trace.json`): the exit is then 2, not 0. */
let stdoutFailed = false;

/** Whether standard output was lost (not a reader that went away). */
export function stdoutWasLost(): boolean {
  return stdoutFailed;
}

/**
 * A write that cannot go anywhere — no space left (`stageflow simulate … > trace.json` on a full
 * disk), an I/O error — is said once on stderr, and later writes are dropped; a reader that went away
 * (EPIPE: `| head`) is no error, as for every Unix tool. Until 2026-12-06 the stream's error event
 * went unhandled: Node's stack trace, exit 1.
 */
export function lostOutput(fd: 1 | 2, e: unknown): void {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  // stderr gone: there is nowhere to say it; a reader gone: nothing was asked of us any more
  if (fd !== 1 || code === 'EPIPE' || stdoutFailed) return;
  stdoutFailed = true;
  const why = code === 'ENOSPC' ? 'no space left on the device' : e instanceof Error ? e.message : String(e);
  try { process.getBuiltinModule('node:fs').writeSync(2, `stageflow: cannot write standard output: ${why}; the output is incomplete\n`); } catch { /* stderr is gone too */ }
}

