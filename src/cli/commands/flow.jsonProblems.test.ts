/**
 * `stageflow flow`'s JSON options refused at the field's JSON path in the words a scenario's problems
 * use (model/validateSchema.ts), not zod's `Invalid input: expected array, received number`.
 */
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as flow } from './flow';

const FLOW = 'p/force-app/main/default/flows/Open_Crate.flow-meta.xml';

describe('stageflow flow: a --records or --prior file of the wrong shape', () => {
  it.each([
    ['--records', '{ "Crate__c": [{ "Name": { "a": 1 } }, 5], "Bogus__c": 3 }', [
      'rec.json: Crate__c[0].Name: "Name" must be text, a number, true/false or null, not an object',
      'rec.json: Crate__c[1]: this item must be an object, not the number 5',
      'rec.json: Bogus__c: "Bogus__c" must be a list, not the number 3',
    ]],
  ])('%s: one line per problem, at its path, exit 2', async (option, text, lines) => {
    // given
    const { io, out } = memoryIo({ ...filesUnder('p', crateIntakeFiles()), 'rec.json': text });
    // when
    const code = await flow([FLOW, option, 'rec.json'], io);
    // then
    expect(code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n').filter(Boolean).sort()).toEqual([...lines].sort());
  });

  it('a key holding a newline stays on its one line, escaped as a file name is (FORMAT.md §5: one line per problem)', async () => {
    const { io, out } = memoryIo({ ...filesUnder('p', crateIntakeFiles()), 'rec.json': JSON.stringify({ 'Bad\nKey__c': 3 }) });
    expect(await flow([FLOW, '--records', 'rec.json'], io)).toBe(2);
    expect(out.stderr).toBe('rec.json: ["Bad\\nKey__c"]: "Bad\\nKey__c" must be a list, not the number 3\n');
  });

  it('--prior: a field that is a list', async () => {
    const { io, out } = memoryIo({ ...filesUnder('p', crateIntakeFiles()), 'r.json': '{ "Case": [{ "Id": "500000000000001AAA" }] }', 'prior.json': '{ "Status": [1] }' });
    expect(await flow([FLOW, '--records', 'r.json', '--record', '500000000000001AAA', '--prior', 'prior.json'], io)).toBe(2);
    expect(out.stderr).toBe('prior.json: Status: "Status" must be text, a number, true/false or null, not a list\n');
  });
});
