/**
 * `stageflow validate`, `simulate` and `flow` on a project say one warning for one cause, as the
 * app's project report does (io/project/problemsOnce.test.ts): a retrieved package's Case.object
 * read for its fields and its record types was two lines for one stray "<", and the field file
 * declaring the child relationship a flow updates through was not named at all ("ok").
 */
import { describe, expect, it } from 'vitest';
import { depotSweepFiles, retrievedRecordTypesFiles } from '../io/project/testing/projectFiles';
import { main as flow } from './commands/flow';
import { main as validate } from './commands/validate';
import { filesUnder, memoryIo } from './testing/memoryIo';

const CASE_OBJECT = 'p/unpackaged/objects/Case.object';
const THING_LOOKUP = 'p/force-app/main/default/objects/Thing__c/fields/Depot__c.field-meta.xml';

describe('one warning for one cause on the command line', () => {
  it("validate: a retrieved package's Case.object not well-formed is one line naming both readers", async () => {
    const files = filesUnder('p', retrievedRecordTypesFiles());
    const { io, out } = memoryIo({ ...files, [CASE_OBJECT]: files[CASE_OBJECT]!.replace('<recordTypes>', '<recordTypes><<') });
    const code = await validate(['p'], io);
    expect(code).toBe(0);
    expect(out.stderr.split('\n').filter((line) => line.startsWith(CASE_OBJECT))).toEqual([expect.stringMatching(/^p\/unpackaged\/objects\/Case\.object: 13:\d+: warning: object metadata and record types not read: "<<" is not a valid element name/)]);
  });

  it('validate and flow: the child relationship\'s field file not well-formed is named, at its line:col, in the one shape FORMAT.md §5 gives (flow wrote "file:10:11:")', async () => {
    const files = filesUnder('p', depotSweepFiles());
    const broken = { ...files, [THING_LOOKUP]: files[THING_LOOKUP]!.replace('<relationshipName>Things</relationshipName>', '<relationshipName>Things</relationshipName>\n    <<oops/>') };
    const checked = memoryIo(broken);
    expect(await validate(['p'], checked.io)).toBe(0);
    expect(checked.out.stderr.split('\n').filter((line) => line.startsWith(THING_LOOKUP))).toEqual([`${THING_LOOKUP}: 10:11: warning: child relationship Things__r not read: "<<oops" is not a valid element name (a name starts with a letter or "_"): if this "<" is text, write it as &lt;`]);
    const ran = memoryIo(broken);
    await flow(['p/force-app/main/default/flows/Sweep_Things.flow-meta.xml'], ran.io);
    expect(ran.out.stderr.split('\n').filter((line) => line.startsWith(THING_LOOKUP))).toEqual([`${THING_LOOKUP}: 10:11: warning: child relationship Things__r not read: "<<oops" is not a valid element name (a name starts with a letter or "_"): if this "<" is text, write it as &lt;`]);
  });

  it("flow: a field file read for its Checkboxes and for the child relationship it declares is one warning naming both readers, as validate's report says it", async () => {
    // given the Depot lookup's file broken, and a Thing__c record given, so that its fields are read for their Checkboxes too
    const files = filesUnder('p', depotSweepFiles());
    const broken = { ...files, [THING_LOOKUP]: files[THING_LOOKUP]!.replace('<relationshipName>Things</relationshipName>', '<relationshipName>Things</relationshipName>\n    <<oops/>'), 'rec.json': JSON.stringify({ Thing__c: [{ Id: 'a01000000000001AAA', Name: 'Crate' }] }) };
    const ran = memoryIo(broken);
    // when
    await flow(['p/force-app/main/default/flows/Sweep_Things.flow-meta.xml', '--records', 'rec.json'], ran.io);
    // then one line, in the words the app's report and validate use for one cause met by two readers (problemsOnce.ts)
    expect(ran.out.stderr.split('\n').filter((line) => line.startsWith(THING_LOOKUP))).toEqual([`${THING_LOOKUP}: 10:11: warning: object metadata and child relationship Things__r not read: "<<oops" is not a valid element name (a name starts with a letter or "_"): if this "<" is text, write it as &lt;`]);
  });
});
