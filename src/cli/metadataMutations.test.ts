/**
 * The project fixtures' object metadata (fields, object files, record types, a retrieved package's
 * `.object`) and custom metadata records, mutated as hostileMutations.test.ts mutates orchestrations,
 * through `validate` on the project folder and the app's project report (projectFromFiles): every
 * stderr line names a file, no stack trace, no blank message, exit 0 or 2. Fixed seed: a failure
 * prints the counterexample, and the same run reproduces it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectFromFiles } from '../io/project/projectFromFiles';
import { automationSwitchFiles, bookingCounterFiles, crateIntakeFiles, queueRoutingFiles, retrievedRecordTypesFiles } from '../io/project/testing/projectFiles';
import type { ProjectFile } from '../io/project/types';
import { main as validate } from './commands/validate';
import { filesUnder, memoryIo } from './testing/memoryIo';
import { mutation } from './testing/xmlMutations';

const METADATA = /\/objects\/|\.object$|\/customMetadata\//;

const PROJECTS: Record<string, () => ProjectFile[]> = { AutomationSwitch: automationSwitchFiles, BookingCounter: bookingCounterFiles, CrateIntake: crateIntakeFiles, QueueRouting: queueRoutingFiles, RetrievedRecordTypes: retrievedRecordTypesFiles };

/** Each project's metadata files, by name (a counterexample names the file, not its text). */
const targets = Object.entries(PROJECTS).flatMap(([project, files]) => files().flatMap((file) => (METADATA.test(file.path) ? [{ project, file: file.path }] : [])));

const BROKEN = /\n\s+at |TypeError|RangeError|\[object |undefined|NaN/;

describe("a project's object and custom metadata, mutated, through validate and the project report", () => {
  it('every line names a file, no stack trace, no blank message', async () => {
    expect(targets.length).toBeGreaterThan(15);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.array(mutation, { minLength: 1, maxLength: 3 }), async ({ project, file }, edits) => {
        const mutated: ProjectFile[] = PROJECTS[project]!().map((f) => (f.path === file ? { ...f, text: edits.reduce((t, edit) => edit(t), f.text) } : f));
        // the app's project report
        for (const problem of projectFromFiles(mutated).problems) {
          expect(problem.message.trim(), problem.file).not.toBe('');
          expect(problem.message).not.toMatch(BROKEN);
        }
        // stageflow validate on the folder
        const { io, out } = memoryIo(filesUnder('p', mutated));
        const code = await validate(['p'], io);
        expect([0, 2]).toContain(code);
        for (const line of out.stderr.split('\n').filter((l) => l !== '')) {
          expect(line).toMatch(/^p\/\S+: \S.*\S$/);
          expect(line).not.toMatch(BROKEN);
        }
      }),
      { seed: 62, numRuns: 80 },
    );
  }, 240_000);
});
