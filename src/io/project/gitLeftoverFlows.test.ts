/**
 * A project flow file that git left in place of the flow — the pointer of a checkout without Git
 * LFS, a merge committed with its conflict markers — is named for what it is, as the command line
 * names such a document (io/gitLeftovers.ts), where the parser's words were reported: `1:1: not read:
 * char 'v' is not expected`, which sent a CI user hunting in a file they never wrote.
 */
import { describe, expect, it } from 'vitest';
import { projectFromFiles } from './projectFromFiles';

const FLOWS = 'force-app/main/default/flows';
const problemOf = (text: string) => projectFromFiles([{ path: `${FLOWS}/Step_Flow.flow-meta.xml`, text }]).problems;

describe('projectFromFiles: a flow file git left in place of the flow', () => {
  it('an LFS pointer: what it is and what to do, at 1:1', () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    expect(problemOf(pointer)).toEqual([{
      file: `${FLOWS}/Step_Flow.flow-meta.xml`, severity: 'error', line: 1, column: 1,
      message: 'not read: this is a Git LFS pointer, not the file: fetch the file (git lfs pull; in GitHub Actions, actions/checkout with "lfs: true")',
    }]);
  });

  it('a committed merge conflict: at its first marker\'s line', () => {
    const conflict = '<?xml version="1.0"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n<<<<<<< HEAD\n  <label>A</label>\n=======\n  <label>B</label>\n>>>>>>> feature\n</Flow>\n';
    expect(problemOf(conflict)).toEqual([expect.objectContaining({ line: 3, column: 1, message: expect.stringMatching(/^not read: the file holds an unresolved git merge conflict/) })]);
  });

  it('other malformed XML keeps the parser\'s place and words', () => {
    expect(problemOf('<Flow><label>A</labl></Flow>')).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/^not read: (?!this is a Git LFS)/) })]);
  });
});
