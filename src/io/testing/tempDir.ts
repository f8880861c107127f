/**
 * A folder of its own for a test that writes files, removed when the test finishes (pass or
 * fail), so that test runs do not leave folders behind in the system's temporary directory.
 * Call it inside a test or a beforeEach (it hooks onto the test being run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
