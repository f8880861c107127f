/**
 * Every warning line of `stageflow validate` has a place, `<file>: <path>: warning: <message>`
 * (FORMAT.md §5): a warning about a whole file or document is at `(root)`, as a whole-document
 * problem of a JSON design is (docs/cli.md, *chosen*). A project's file warning with no line of its
 * own read `<file>: warning: …`, two parts where a CI pattern reads three. An error with no place
 * stays `<file>: <why>`, the spec's one line for a file that cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { problemLine } from './cliIo';
import { xmlWarningLine } from './loadFiles';
import { projectProblemLine } from './projectInput';

describe('a line about a whole file or document', () => {
  it('a project file\'s warning with no line or path is at (root); its line:col or path otherwise', () => {
    expect(projectProblemLine('p.zip', { file: 'D/flows/Linked.flow-meta.xml', severity: 'warning', message: 'a symbolic link (to "/etc/passwd"), not followed' }))
      .toBe('p.zip:D/flows/Linked.flow-meta.xml: (root): warning: a symbolic link (to "/etc/passwd"), not followed');
    expect(projectProblemLine('p', { file: 'force-app/x.flow-meta.xml', severity: 'warning', message: 'not read: …', line: 3, column: 11 })).toBe('p/force-app/x.flow-meta.xml: 3:11: warning: not read: …');
    expect(projectProblemLine('p', { file: 'force-app/x.flow-meta.xml', severity: 'warning', message: 'm', path: 'stages[0]' })).toBe('p/force-app/x.flow-meta.xml: stages[0]: warning: m');
  });

  it('an error with no place stays the one line of a file that cannot be read', () => {
    expect(projectProblemLine('p', { file: 'force-app/x.flow-meta.xml', severity: 'error', message: 'cannot read the file: it is a directory' })).toBe('p/force-app/x.flow-meta.xml: cannot read the file: it is a directory');
  });

  it('a Flow XML warning with no path is at (root), as a JSON design\'s whole-document problem', () => {
    expect(xmlWarningLine('Case.flow-meta.xml', { message: 'a note on the whole file' })).toBe('Case.flow-meta.xml: (root): warning: a note on the whole file');
    expect(problemLine('d.json', { path: '', message: 'and 3 more unknown fields: Stageflow does not read them', severity: 'warning' })).toBe('d.json: (root): warning: and 3 more unknown fields: Stageflow does not read them');
  });
});
