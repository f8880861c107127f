/**
 * An orchestration opened by its file — found by `stageflow test`'s walk, or given to `validate` —
 * whose step flow's file is in the project but is not well-formed: the warning says the file could
 * not be read and the file's own problem (line:col) is printed with it; another broken file the
 * orchestration does not call is not this command's business.
 */
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles } from '../io/project/testing/projectFiles';
import { main as test } from './commands/test';
import { main as validate } from './commands/validate';
import { filesUnder, memoryIo } from './testing/memoryIo';

const FLOWS = 'p/force-app/main/default/flows';

function brokenStepFlowIo() {
  const files = filesUnder('p', crateIntakeFiles());
  const open = `${FLOWS}/Open_Crate.flow-meta.xml`;
  files[open] = files[open]!.replace('</label>', '</labl>');
  files[`${FLOWS}/Unrelated.flow-meta.xml`] = '<Flow><oops></Flow>';
  return memoryIo(files);
}

const UNREAD = /Open_Crate\.flow-meta\.xml: \d+:\d+: not read: <\/labl> does not close <label>, opened at \d+:\d+/;
const SAID = 'flow Open_Crate is referenced but its file force-app/main/default/flows/Open_Crate.flow-meta.xml could not be read (its problem is reported at that file)';

describe('a step flow file that is not well-formed, under an orchestration opened by its file', () => {
  it('test: the report names the file\'s problem and says it could not be read, not "not in the project"', async () => {
    const { io, out } = brokenStepFlowIo();
    expect(await test([`${FLOWS}/Crate_Intake.flow-meta.xml`], io)).toBe(0);
    expect(out.stdout).toMatch(UNREAD);
    expect(out.stdout).toContain(SAID);
    expect(out.stdout).not.toContain('Unrelated');
  });

  it('validate: the same lines on stderr', async () => {
    const { io, out } = brokenStepFlowIo();
    expect(await validate([`${FLOWS}/Crate_Intake.flow-meta.xml`], io)).toBe(2);
    expect(out.stderr).toMatch(UNREAD);
    expect(out.stderr).toContain(SAID);
    expect(out.stderr).not.toContain('Unrelated');
  });
});
