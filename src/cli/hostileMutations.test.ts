/**
 * The repository's real orchestrations, mutated as a consultant's repository or a bad merge leaves
 * them — cut short, an element deleted, duplicated or moved, an unknown element, a name such as
 * __proto__ or constructor, a 300-character text, CRLF and tabs, non-ASCII names — through
 * `validate` and `convert` in-process: every stderr line names the file, no stack trace, exit 0 or
 * 2, and a design `validate` accepts is one whose converted JSON `validate` accepts too (a long
 * <label> passed as XML and failed as JSON until xmlDesignStructure.test). Fixed seed: a failure
 * prints the counterexample, and the same run reproduces it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlFixtures } from '../io/xml/fixtures';
import { main as convert } from './commands/convert';
import { main as validate } from './commands/validate';
import { memoryIo } from './testing/memoryIo';
import { mutation } from './testing/xmlMutations';

const texts = [...xmlFixtures('real'), ...xmlFixtures('own')].map((f) => f.text).filter((t) => t.includes('<processType>Orchestrator<'));

describe('real orchestrations, mutated, through validate and convert', () => {
  it('one line per problem naming the file, no stack trace, and XML accepted only when its JSON is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (original, edits) => {
        const text = edits.reduce((t, edit) => edit(t), original);
        const checked = memoryIo({ 'F.flow-meta.xml': text });
        const code = await validate(['F.flow-meta.xml'], checked.io);
        expect([0, 2]).toContain(code);
        for (const line of checked.out.stderr.split('\n').filter((l) => l !== '')) {
          expect(line).toMatch(/^F\.flow-meta\.xml: \S.*\S$/);
          expect(line).not.toMatch(/\n\s+at |TypeError|\[object |undefined/);
        }
        if (code !== 0) return;
        const converted = memoryIo({ 'F.flow-meta.xml': text });
        expect(await convert(['F.flow-meta.xml', '--out', 'F.json'], converted.io)).toBe(0);
        const json = memoryIo({ 'F.json': converted.out.written['F.json']! });
        expect(await validate(['F.json'], json.io), json.out.stderr).toBe(0);
      }),
      { seed: 62, numRuns: 60 },
    );
  }, 120_000);
});
