import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from './limits';
import { projectFromFiles } from './projectFromFiles';
import { readZip } from './readZip';
import { unreadable } from './unreadable';

describe('unreadable: a project input not read at all', () => {
  it('is a file that is not a .zip archive, or an archive over the size limit', () => {
    expect(unreadable(readZip(strToU8('not an archive')))).toBe(true);
    expect(unreadable(readZip(new Uint8Array(10), { ...DEFAULT_PROJECT_LIMITS, maxArchiveBytes: 5 }))).toBe(true);
  });

  it('is not a project read in part (a cap reached partway), nor one whose problems name their files', () => {
    expect(unreadable({ ...projectFromFiles([], [{ file: '', severity: 'error', message: 'flows: at most 20000 files: not read further' }]), incomplete: true })).toBe(false);
    expect(unreadable(projectFromFiles([{ path: 'force-app/main/default/flows/A.flow-meta.xml', text: '<Flow' }]))).toBe(false);
    expect(unreadable(projectFromFiles([]))).toBe(false);
  });
});
