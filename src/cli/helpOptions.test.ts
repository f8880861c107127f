/**
 * Each command's `--help` against the options it accepts: every option the help lists is taken (no
 * "unknown option"), and a typo of it (one letter left out) is answered with that option.
 */
import { describe, expect, it } from 'vitest';
import { stageflow } from './stageflow';
import { SUBCOMMANDS } from './subcommands';
import { memoryIo } from './testing/memoryIo';
import { unwrapped } from './testing/helpText';

/** The long options of a help's `options:` block, with whether each takes a value (`--out <file>`). */
function listedOptions(help: string): { name: string; value: boolean }[] {
  const block = help.split('\noptions:\n')[1]?.split('\n\n')[0] ?? '';
  return [...block.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)( <[^>]+>)?/gm)].map((m) => ({ name: m[1]!, value: m[2] !== undefined })).filter((o) => o.name !== '--help');
}

describe('--help lists the options each command takes', () => {
  it.each(SUBCOMMANDS.map((c) => c.name))('%s', async (command) => {
    const help = memoryIo({});
    await stageflow([command, '--help'], help.io);
    const options = listedOptions(help.out.stdout);
    expect(options.length).toBeGreaterThan(0);
    for (const { name, value } of options) {
      // the usage line names it too
      expect(unwrapped(help.out.stdout).split('\n')[0]).toContain(name);
      const given = memoryIo({});
      await stageflow([command, ...(value ? [`${name}=x`] : [name])], given.io);
      expect(given.out.stderr).not.toContain('unknown option');
      const typo = memoryIo({});
      expect(await stageflow([command, name.slice(0, 4) + name.slice(5)], typo.io)).toBe(2);
      expect(typo.out.stderr.split('\n')[0]).toMatch(new RegExp(`^${command}: unknown option "${name.slice(0, 4) + name.slice(5)}"; did you mean "${name}"\\?$`));
    }
  });
});
