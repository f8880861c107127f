/**
 * One clear warning for one cause in a project's metadata: a retrieved package's `.object` that two
 * readers read (its fields, its record types) was said twice, and a field file declaring the child
 * relationship a flow updates through was said not at all when it could not be read (the run said
 * only that the related records are not known). `stageflow validate` and `flow` say the same
 * (src/cli/oneWarningPerCause.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { projectFromFiles } from './projectFromFiles';
import { problemsOnce } from './problemsOnce';
import { depotSweepFiles, retrievedRecordTypesFiles } from './testing/projectFiles';
import type { ProjectFile } from './types';

const CASE_OBJECT = 'unpackaged/objects/Case.object';
const THING_LOOKUP = 'force-app/main/default/objects/Thing__c/fields/Depot__c.field-meta.xml';

/** `files` with `file`'s text changed by `change`. */
function changed(files: readonly ProjectFile[], file: string, change: (text: string) => string): ProjectFile[] {
  expect(files.some((f) => f.path === file)).toBe(true);
  return files.map((f) => (f.path === file ? { ...f, text: change(f.text) } : f));
}

describe('one warning for one cause', () => {
  it.each([
    ['a stray "<" in a record type', (t: string) => t.replace('<recordTypes>', '<recordTypes><<'), /^object metadata and record types not read: "<<" is not a valid element name/],
    ['a README saved under its name', () => '# Notes', /^object metadata and record types not read: not object metadata XML: /],
    ['another root element', (t: string) => t.replace(/CustomObject/g, 'CustomApplication'), /^object metadata and record types not read: its root element is <CustomApplication>, not <CustomField> or <CustomObject>$/],
  ])("a retrieved package's Case.object read for its fields and its record types: %s is said once, naming both", (_, change, says) => {
    // when
    const problems = projectFromFiles(changed(retrievedRecordTypesFiles(), CASE_OBJECT, change)).problems.filter((p) => p.file === CASE_OBJECT);
    // then
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(says)]);
  });

  it('a field file declaring the child relationship a flow updates through, not well-formed, is named at its line:col with the relationship', () => {
    // given the lookup of Thing__c to Depot__c (relationship Things) with a stray element after its relationship name
    const files = changed(depotSweepFiles(), THING_LOOKUP, (t) => t.replace('<relationshipName>Things</relationshipName>', '<relationshipName>Things</relationshipName>\n    <<oops/>'));
    // when
    const problems = projectFromFiles(files).problems.filter((p) => p.file === THING_LOOKUP);
    // then
    expect(problems).toEqual([{ file: THING_LOOKUP, severity: 'warning', message: expect.stringMatching(/^child relationship Things__r not read: "<<oops" is not a valid element name/), line: 10, column: 11 }]);
  });

  it('a field file declaring the relationship whose root is another element is named too', () => {
    const files = changed(depotSweepFiles(), THING_LOOKUP, (t) => t.replace(/CustomField/g, 'CustomTab'));
    expect(projectFromFiles(files).problems.filter((p) => p.file === THING_LOOKUP).map((p) => p.message)).toEqual(['child relationship Things__r not read: the root element is <CustomTab>, not <CustomField>']);
  });

  it('warnings at other places, a cap and errors are kept as they are', () => {
    const problems = [
      { file: 'a', severity: 'warning' as const, message: 'record types not read: the project has more than 2000 record types, so…' },
      { file: 'a', severity: 'warning' as const, message: 'object metadata not read: the project has more than 2000 files…' },
      { file: 'a', severity: 'warning' as const, message: 'object metadata not read: x', line: 1, column: 2 },
      { file: 'a', severity: 'warning' as const, message: 'record types not read: x', line: 3, column: 2 },
      { file: 'b', severity: 'warning' as const, message: 'record types not read: x', line: 1, column: 2 },
      { file: 'a', severity: 'error' as const, message: 'not read: x', line: 1, column: 2 },
    ];
    expect(problemsOnce(problems)).toEqual(problems);
  });
});
