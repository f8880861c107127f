import { describe, expect, it } from 'vitest';
import { stageflow } from './stageflow';
import { memoryIo } from './testing/memoryIo';

describe('an empty argument where a file is expected (an unset variable: stageflow validate "$DESIGN")', () => {
  it.each([
    ['validate', ['']], ['simulate', ['']], ['convert', ['', '--out', 'x.json']], ['test', ['']], ['coverage', ['']],
    ['diff', ['old.json', '']], ['flow', ['']], ['validate', ['a.json', '']],
  ])('%s %j says so in its first line, exit 2, and reads nothing', async (command, argv) => {
    // given
    const { io, out } = memoryIo({ 'a.json': '{}', 'old.json': '{}' });
    // when
    const code = await stageflow([command, ...argv], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr.split('\n')[0]).toMatch(new RegExp(`^(stageflow )?${command}: an empty argument \\(""\\) was given where a file or folder is expected: is a variable unset, as in "\\$DESIGN"\\?$`));
    expect(out.stdout).toBe('');
  });
});
