/**
 * Standard output and error as the real console writes them (nodeIo.ts).
 */
import { lostOutput } from './lostOutput';

// `node:fs` through getBuiltinModule, not `import`: an ES import of it builds a facade that reads
// every export, and its `ReadStream` getter loads Node's whole stream stack (~10 ms at start-up).
// Its synchronous calls only, not node:fs/promises: loading that costs ~2.5 ms of every start
// (it pulls in Node's readline and file watchers), and a command reads one file at a time anyway.
const fs = process.getBuiltinModule('node:fs');

/**
 * Writes to standard output or error with a plain write(2), which spares a short command the cost of
 * setting up Node's stream (a fifth of `stageflow validate`'s own start-up, docs/performance.md).
 * When the descriptor refuses (a non-blocking pipe that is full), this and every later line go
 * through the stream, so the order of the lines is kept.
 */
export function consoleWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): ConsoleWriter {
  let viaStream = false;
  let lost = false;
  const toStream = (chunk: string | Buffer): void => {
    const out = stream();
    // once: the stream's own failures end the output too, never as an unhandled 'error' event
    if (out.listenerCount('error') === 0) out.on('error', (e) => { lost = true; lostOutput(fd, e); });
    out.write(chunk);
  };
  const write = (text: string): void => {
    if (lost) return;
    if (!viaStream) {
      let bytes = Buffer.from(text, 'utf8');
      try {
        while (bytes.length > 0) bytes = bytes.subarray(fs.writeSync(fd, bytes));
        return;
      } catch (e) {
        // a non-blocking pipe that is full (EAGAIN): the stream waits for it; anything else ends the output
        if (typeof e === 'object' && e !== null && 'code' in e && e.code !== 'EAGAIN') { lost = true; lostOutput(fd, e); return; }
        viaStream = true;
        toStream(bytes);
        return;
      }
    }
    toStream(text);
  };
  const drained = (): Promise<void> => {
    const out = stream();
    if (!viaStream || !out.writableNeedDrain) return Promise.resolve();
    // a reader that goes away (`| head`) closes the pipe instead of draining it: that ends the wait too
    return new Promise((resolve) => {
      const done = () => { out.off('drain', done); out.off('close', done); out.off('error', done); resolve(); };
      out.on('drain', done).on('close', done).on('error', done);
    });
  };
  return Object.assign(write, { drained });
}

export interface ConsoleWriter {
  (text: string): void;
  /** Resolves once the stream has written what it holds (at once while writes go straight to the descriptor). */
  drained(): Promise<void>;
}
