/**
 * An SFDX record type file is parsed without its `<picklistValues>` (recordTypeFileExcerpt.ts): the
 * same record as the whole file gives, a problem at the same line:col, and a file the blanking cannot
 * vouch for (hostile or odd) judged whole.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseXml } from '../xml/parseXml';
import { readProjectRecordTypes, recordTypeIdOf } from './deployedRecordTypes';
import { withoutPicklistValues } from './recordTypeFileExcerpt';
import { recordTypeFileText } from './testing/recordTypeFiles';

// the texts the reader hands the parser, to see what it parses
const parsedTexts = vi.hoisted(() => [] as string[]);
vi.mock('../xml/parseXml', async (actual) => {
  const real = await actual<typeof import('../xml/parseXml')>();
  return { ...real, parseXml: (text: string) => (parsedTexts.push(text), real.parseXml(text)) };
});

const PATH = 'force-app/main/default/objects/Case/recordTypes/Field_Repair.recordType-meta.xml';
const BIG = { label: 'Field Repair &amp; Visits', active: false, picklists: 10, values: 12 };

/** What reading `text` whole gives: its problem's message and line:col, as the reader words it. */
function wholeProblem(text: string) {
  const parsed = parseXml(text);
  const first = parsed.ok ? undefined : parsed.problems[0]!;
  return first && { file: PATH, severity: 'warning', message: `record type not read: ${first.message}`, line: first.line, column: first.column ?? 1 };
}

describe('an SFDX record type file is parsed without its picklist values', () => {
  it('a 17 KB file of picklist values: they are blanked in place and the record is the one the whole file gives', () => {
    // given
    const text = recordTypeFileText('Field_Repair', BIG);
    // when
    const excerpt = withoutPicklistValues(text);
    parsedTexts.length = 0;
    const read = readProjectRecordTypes([{ path: PATH, text }]);
    // then: the same lines, each blank or as written, no picklist values left, the same record
    const lines = text.split('\n');
    expect(text.length).toBeGreaterThan(15_000);
    expect(excerpt).not.toContain('<picklistValues>');
    expect(excerpt.split('\n').filter((line, i) => line.trim() !== '' && line !== lines[i])).toEqual([]);
    expect(excerpt.split('\n').length).toBe(lines.length);
    expect(excerpt).toContain('\n    <label>Field Repair &amp; Visits</label>\n');
    expect(excerpt.length).toBeLessThan(text.length / 10);
    expect(parsedTexts).toEqual([excerpt]);
    expect(read).toEqual({ records: [{ Id: recordTypeIdOf('Case', 'Field_Repair'), DeveloperName: 'Field_Repair', Name: 'Field Repair & Visits', SobjectType: 'Case', IsActive: false }], problems: [] });
  });

  it('a label not closed between the picklist values is named at the line and column the whole file gives', () => {
    // given: the label, after five picklists' values, is not closed
    const text = recordTypeFileText('Field_Repair', { ...BIG, labelLine: '    <label>Field Repair</picklistValues>' });
    // when
    const read = readProjectRecordTypes([{ path: PATH, text }]);
    // then
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([wholeProblem(text)]);
    expect(read.problems[0]!.line).toBe(text.split('\n').findIndex((line) => line.includes('<label>')) + 1);
  });

  it('a problem on the line a blanked block ends on keeps its column', () => {
    // given: the label follows a picklist's values on their closing line
    const text = recordTypeFileText('Field_Repair', BIG).replace('</picklistValues>\n    <label>Field Repair &amp; Visits</label>', '</picklistValues><label>Field Repair & Visits</label>');
    // when
    const read = readProjectRecordTypes([{ path: PATH, text }]);
    // then
    expect(read.problems).toEqual([wholeProblem(text)]);
    expect(read.problems[0]!.column).toBeGreaterThan(20);
  });

  it.each([
    ['a comment', '<!-- old --><values><fullName>A</fullName></values>'],
    ['CDATA', '<values><fullName><![CDATA[A]]></fullName></values>'],
    ['a character reference', '<values><fullName>&#0;</fullName></values>'],
    ['an unknown entity', '<values><fullName>A &nbsp; B</fullName></values>'],
    ['an attribute', '<values kind="x"><fullName>A</fullName></values>'],
    ['a refused name', '<values><fullName>a constructor = 1</fullName></values>'],
    ['a tag closed by another', '<values><fullName>A</values></fullName>'],
    ['a control character', '<values><fullName>A\u0001</fullName></values>'],
  ])('picklist values holding %s are parsed with the file, as a whole file would be', (_, inner) => {
    // given
    const text = recordTypeFileText('Field_Repair', BIG).replace('<picklistValues>', `<picklistValues>${inner}`);
    // when
    const read = readProjectRecordTypes([{ path: PATH, text }]);
    // then: the text is left whole, and the reader says what the whole file's parse says
    expect(withoutPicklistValues(text)).toBe(text);
    const problem = wholeProblem(text);
    expect(read.problems).toEqual(problem ? [problem] : []);
  });

  it('a file of 300,000 unclosed picklist values is scanned once, not once per opening', () => {
    // given: each opening would be searched to the end of the file by a lazy pattern
    const text = `<RecordType><label>A</label>${'<picklistValues><values>'.repeat(150_000)}`;
    // when
    const started = performance.now();
    const excerpt = withoutPicklistValues(text);
    // then
    expect(excerpt).toBe(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
