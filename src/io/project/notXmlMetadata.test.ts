/**
 * A project's object metadata file that is not XML (a README saved under its name, an HTML page) is
 * named for what it is meant to be — a field's, an object's, a record type's… — in the project
 * report, where every kind said "not Flow XML: a flow file begins with "<?xml" or "<Flow"".
 * The command line's `validate` on a folder says the same (src/cli/notXmlMetadata.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { projectFromFiles } from './projectFromFiles';
import { NOT_XML_CASES } from './testing/notXmlCases';
import { automationSwitchFiles } from './testing/projectFiles';
import type { ProjectFile } from './types';

/** The project of `files` with `file`'s text replaced by `text`. */
function withText(files: readonly ProjectFile[], file: string, text: string): ProjectFile[] {
  expect(files.some((f) => f.path === file)).toBe(true);
  return files.map((f) => (f.path === file ? { ...f, text } : f));
}

describe("a project's metadata file that is not XML is named for what it is meant to be", () => {
  it.each(NOT_XML_CASES)('$file', ({ project, file, says }) => {
    // given the file holds a README's text
    const files = withText(project(), file, '# Notes\nsee the wiki');
    // when
    const problems = projectFromFiles(files).problems.filter((p) => p.file === file);
    // then (a retrieved .object is read for its fields and its record types: one warning names both)
    expect(problems.map((p) => [p.line, p.column, p.message])).toContainEqual([1, 1, `${says}, and this one with "# Notes"`]);
    expect(problems.filter((p) => /Flow|flow/.test(p.message))).toEqual([]);
  });

  it('an HTML page, an empty file and a DOCTYPE in a field file name a field, not a flow', () => {
    // given
    const file = `force-app/main/default/objects/Case/fields/Routing_Queue__c.field-meta.xml`;
    const read = (text: string) => projectFromFiles(withText(automationSwitchFiles(), file, text)).problems.find((p) => p.file === file)?.message;
    // when / then
    expect(read('<!DOCTYPE html><html><head><title>Sign in</title></head></html>')).toBe(`object metadata not read: this is an HTML web page (its title: "Sign in"), not field metadata XML: it was saved from a browser, or a download returned a page (a sign-in or "not found" page) in place of the file; download the raw file`);
    expect(read('  \n')).toBe(`object metadata not read: the file is empty: a field's metadata is an XML <CustomField> element`);
    expect(read('<?xml version="1.0"?>\n<!DOCTYPE CustomField>\n<CustomField/>')).toBe(`object metadata not read: DOCTYPE declarations are not allowed in a field's metadata`);
    expect(read('<?xml version="1.0"?>\n<!-- only a comment -->')).toBe(`object metadata not read: the file holds no element: a field's metadata is an XML <CustomField> element`);
  });

  it.each(NOT_XML_CASES)('$file: a committed merge conflict and a Git LFS pointer are named for what they are', ({ project, file, says }) => {
    // given the file as a merge committed unresolved leaves it, and as a checkout without LFS does
    const original = project().find((f) => f.path === file)!.text;
    const lines = original.split('\n');
    const conflicted = [...lines.slice(0, 2), '<<<<<<< HEAD', lines[2], '=======', lines[2], '>>>>>>> feature', ...lines.slice(3)].join('\n');
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    const conflictLine = conflicted.split('\n').indexOf('<<<<<<< HEAD') + 1;
    // when
    const said = (text: string) => projectFromFiles(withText(project(), file, text)).problems.filter((p) => p.file === file);
    // then (a retrieved .object is said once for the readers that read it: its fields' and its record types')
    const reader = `(${says.slice(0, says.indexOf(' not read: '))}|object metadata)`;
    const conflict = said(conflicted);
    expect(conflict.map((p) => [p.line, p.column])).toContainEqual([conflictLine, 1]);
    expect(conflict.map((p) => p.message)).toEqual(conflict.map(() => expect.stringMatching(new RegExp(`^${reader} not read: the file holds an unresolved git merge conflict \\(a line starting "<<<<<<<"\\): keep one side`))));
    const lfs = said(pointer);
    expect(lfs.map((p) => [p.line, p.column])).toContainEqual([1, 1]);
    expect(lfs.map((p) => p.message)).toEqual(lfs.map(() => expect.stringMatching(new RegExp(`^${reader} not read: this is a Git LFS pointer, not the file: fetch the file`))));
  });
});
