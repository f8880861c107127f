/**
 * The warning lines of `stageflow convert`, `flow` and `test` that had no place — `<file>: warning: …`,
 * two parts where FORMAT.md §5 and docs/cli.md give `<file>: <path>: warning: <message>` — are at
 * `(root)`, the whole document, or at their line:column (siblingLabels, orphans, controlNames,
 * simulate.test and the flow.*.test cases check the others).
 */
import { describe, expect, it } from 'vitest';
import { exportOrchestration } from '../io/jsonExport';
import { routedDesign } from '../verify/testing/designs';
import { main as convert } from './commands/convert';
import { writeProjectWarnings } from './projectWarnings';
import { memoryIo } from './testing/memoryIo';

describe('warning lines with a place', () => {
  it('convert: an --out file named otherwise than the design is a note about the whole document, at (root)', async () => {
    const doc = routedDesign();
    const { io, out } = memoryIo({ 'routed.json': exportOrchestration(doc) });
    expect(await convert(['routed.json', '--out', 'Other_Name.flow-meta.xml'], io)).toBe(0);
    expect(out.stderr).toContain(`Other_Name.flow-meta.xml: (root): warning: Salesforce takes the orchestration's API name from the file name; this document is named ${doc.name}\n`);
  });

  it('a project file\'s warning on stderr (flow, test): at its line:column, or at (root) when it has none', () => {
    const lines: string[] = [];
    writeProjectWarnings({ stderr: (text) => lines.push(text) }, [
      { file: 'labels/CustomLabels.labels-meta.xml', severity: 'warning', message: 'custom labels not read: the root element is <Foo>, not <CustomLabels>' },
      { file: 'labels/Bad.labels-meta.xml', severity: 'warning', message: 'custom labels not read: malformed XML', line: 4, column: 2 },
    ]);
    expect(lines).toEqual([
      'labels/CustomLabels.labels-meta.xml: (root): warning: custom labels not read: the root element is <Foo>, not <CustomLabels>\n',
      'labels/Bad.labels-meta.xml: 4:2: warning: custom labels not read: malformed XML\n',
    ]);
  });
});
