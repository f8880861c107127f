/**
 * What git can leave in a file in place of the document, which a CI job or a folder opened in the
 * app reads as it is: the conflict markers of a merge that was committed unresolved (`<<<<<<< HEAD`),
 * and the pointer a checkout without Git LFS writes instead of the file. Parsed, they gave the
 * parser's words at a place — `11:8: Tag '<<<<<<' is an invalid name.`, `1:1: char 'v' is not
 * expected.` — which say nothing of the cause; they are named for what they are (*chosen*,
 * docs/cli.md). Shared by the command line's documents (cli/gitLeftovers.ts), a project's flow
 * files (io/project/projectFromFiles.ts) and its other metadata files (io/project/parseMetadataXml.ts).
 */

/** The LFS pointer's first line (the Git LFS specification, v1). */
const LFS_POINTER = /^\uFEFF?version https:\/\/git-lfs\.github\.com\/spec\/v1\r?\n/;
/**
 * A conflict's first marker at the start of a line. Never part of a valid document: `<` starts
 * markup in XML and cannot begin a JSON value, so a valid file with such a line does not exist.
 */
const CONFLICT_START = /^<{7}(?: |\r?$)/m;

/** Where (1-based line, column 1) and what, when `text` is such a leftover; else null. */
export function gitLeftover(text: string): { line: number; message: string } | null {
  if (LFS_POINTER.test(text)) {
    return { line: 1, message: 'this is a Git LFS pointer, not the file: fetch the file (git lfs pull; in GitHub Actions, actions/checkout with "lfs: true")' };
  }
  const conflict = CONFLICT_START.exec(text);
  if (!conflict) return null;
  return {
    line: text.slice(0, conflict.index).split('\n').length,
    message: 'the file holds an unresolved git merge conflict (a line starting "<<<<<<<"): keep one side, remove the <<<<<<<, ======= and >>>>>>> lines, and commit the result',
  };
}
