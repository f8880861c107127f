import { strToU8, zipSync, type ZippableFile } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from './limits';
import { readZip } from './readZip';
import { projectFromFiles } from './projectFromFiles';
import { autolaunchedXml, FLOWS, orchestrationXml, realProjectFiles } from './testing/projectFiles';

const project = {
  [`my-project/${FLOWS}/Order_Flow.flow-meta.xml`]: strToU8(orchestrationXml('Order flow', 'Reserve')),
  [`my-project/${FLOWS}/Reserve.flow-meta.xml`]: strToU8(autolaunchedXml('Reserve')),
  'my-project/sfdx-project.json': strToU8('{}'),
};

const errorsOf = (p: ReturnType<typeof readZip>) => p.problems.filter((x) => x.severity === 'error').map((x) => `${x.file}: ${x.message}`);

describe('a project from a .zip archive', () => {
  it('reads the flow files of the archive and ignores the rest', () => {
    // given / when
    const result = readZip(zipSync(project));
    // then
    expect(result.orchestrations.map((o) => o.path)).toEqual([`my-project/${FLOWS}/Order_Flow.flow-meta.xml`]);
    expect(result.flows.map((f) => f.apiName)).toEqual(['Reserve']);
    expect(errorsOf(result)).toEqual([]);
  });

  it('refuses a flow file that is not UTF-8, saying where, and reads the rest', () => {
    // "Réserve" saved as Latin-1: é is the one byte 0xE9
    const latin1 = new Uint8Array([...autolaunchedXml('Réserve')].map((c) => c.charCodeAt(0)));
    expect(latin1).toContain(0xe9);
    const result = readZip(zipSync({ ...project, [`my-project/${FLOWS}/Reserve.flow-meta.xml`]: latin1 }));
    expect(result.orchestrations).toHaveLength(1);
    expect(result.flows).toEqual([]);
    expect(errorsOf(result)).toEqual([expect.stringMatching(new RegExp(`^my-project/${FLOWS}/Reserve\\.flow-meta\\.xml: not read: the file is not UTF-8 \\(byte 0xE9 there\\)`))]);
    // the place is the problem's line and column, as malformed XML's is (FORMAT.md §5's '<file>: <line>:<col>: …')
    const [problem] = result.problems.filter((x) => x.severity === 'error');
    expect([problem?.line, problem?.column]).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('reads stored (uncompressed) entries too', () => {
    expect(readZip(zipSync(project, { level: 0 })).orchestrations).toHaveLength(1);
  });

  it('refuses entries whose path leaves the project, and keeps the rest', () => {
    const result = readZip(zipSync({ ...project, '../evil.flow-meta.xml': strToU8('<Flow/>'), '/etc/x.flow-meta.xml': strToU8('<Flow/>') }));
    expect(errorsOf(result)).toEqual([
      '../evil.flow-meta.xml: the path climbs out of the project (".."): refused',
      '/etc/x.flow-meta.xml: an absolute path is not part of a project: refused',
    ]);
    expect(result.orchestrations).toHaveLength(1);
  });

  it('refuses an entry whose path leaves the project whatever file it is, not only a flow file', () => {
    // given files no reader reads, climbing out or absolute
    const result = readZip(zipSync({ ...project, '../README.md': strToU8('hi'), 'my-project/../../.bashrc': strToU8('rm -rf ~'), '/tmp/x.cls': strToU8('class X {}') }));
    // then each is named, and the project is read
    expect(errorsOf(result)).toEqual([
      '../README.md: the path climbs out of the project (".."): refused',
      'my-project/../../.bashrc: the path climbs out of the project (".."): refused',
      '/tmp/x.cls: an absolute path is not part of a project: refused',
    ]);
    expect(result.orchestrations).toHaveLength(1);
  });

  it('names the first 20 refused paths and counts the rest in one line', () => {
    const climbing = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`../x${i}.txt`, strToU8('x')]));
    const errors = errorsOf(readZip(zipSync({ ...project, ...climbing })));
    expect(errors).toHaveLength(21);
    expect(errors[19]).toBe('../x19.txt: the path climbs out of the project (".."): refused');
    expect(errors[20]).toBe(': 5 more entries whose paths leave the archive (absolute, or climbing out with "..") were refused');
  });

  it('stops inflating a file past the per-file cap, whatever its header says (a zip bomb)', () => {
    // given 20 MB of zeros, which deflate to a few kilobytes
    const bomb = zipSync({ ...project, [`my-project/${FLOWS}/Bomb.flow-meta.xml`]: new Uint8Array(20 * 1024 * 1024) });
    // when
    const result = readZip(bomb);
    // then
    expect(bomb.length).toBeLessThan(100_000);
    expect(errorsOf(result)).toEqual([`my-project/${FLOWS}/Bomb.flow-meta.xml: not read: the file inflates to more than the 5 MB limit`]);
    expect(result.orchestrations).toHaveLength(1);
  });

  it('caps the inflated total, the number of entries and the archive size', () => {
    // the two flow files inflate to about 2.9 KB
    const limits = { ...DEFAULT_PROJECT_LIMITS, maxTotalBytes: 2000 };
    expect(errorsOf(readZip(zipSync(project), limits))).toEqual([": the archive's flow files inflate to more than 1.95 KB in all: not read further"]);
    expect(errorsOf(readZip(zipSync(project), { ...DEFAULT_PROJECT_LIMITS, maxListed: 2 }))).toEqual([': the archive has more than 2 entries: not read further']);
    expect(errorsOf(readZip(zipSync(project), { ...DEFAULT_PROJECT_LIMITS, maxEntries: 1 }))).toEqual([': the archive has more than 1 flow, label and scenario files: not read further']);
    expect(readZip(zipSync(project), { ...DEFAULT_PROJECT_LIMITS, maxEntries: 1 }).incomplete).toBe(true);
    // entries no reader reads do not count toward the files' cap (the two flows and sfdx-project.json, read for its namespace, do)
    const withOthers = { ...project, ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`my-project/classes/C${i}.cls`, strToU8('')])) };
    expect(errorsOf(readZip(zipSync(withOthers), { ...DEFAULT_PROJECT_LIMITS, maxEntries: 3 }))).toEqual([]);
    // in the limit's unit: a 100-byte cap read as 'the 1 KB limit'
    const archive = zipSync(project);
    expect(errorsOf(readZip(archive, { ...DEFAULT_PROJECT_LIMITS, maxArchiveBytes: 100 }))[0]).toBe(`: not read: the archive is ${archive.length} bytes, more than the 100 bytes limit`);
  });

  it('says a symbolic link (zip -y) is one, with its target, and does not read it as the file it names', () => {
    // given links as `zip -y` stores them: Unix mode 0120777 in the external attributes, the target as the entry's data
    const link = (target: string, level: 0 | 9 = 0): ZippableFile => [strToU8(target), { os: 3, attrs: 0o120777 << 16, level }];
    const archive = zipSync({
      ...project,
      [`my-project/${FLOWS}/Linked.flow-meta.xml`]: link('/etc/passwd'),
      [`my-project/${FLOWS}/Deflated.flow-meta.xml`]: link('../../../secret.flow-meta.xml'.repeat(4), 9),
      'my-project/force-app/main/default/labels/CustomLabels.labels-meta.xml': link('CustomLabels.labels-meta.xml.bak'),
      'my-project/README.md': link('/etc/shadow'),
      // a regular file whose Unix mode is a file's is read as before
      [`my-project/${FLOWS}/Plain.flow-meta.xml`]: [strToU8(autolaunchedXml('Plain')), { os: 3, attrs: 0o100644 << 16 }],
    });
    // when
    const result = readZip(archive);
    // then a flow file that is a link is an error (its flow is missing), any other file a reader reads a warning; a README is passed over
    expect(result.problems.filter((p) => p.severity !== 'info').map((p) => `${p.file}: ${p.severity}: ${p.message}`)).toEqual([
      `my-project/${FLOWS}/Linked.flow-meta.xml: error: a symbolic link (to "/etc/passwd"), not followed`,
      `my-project/${FLOWS}/Deflated.flow-meta.xml: error: a symbolic link (to "${'../../../secret.flow-meta.xml'.repeat(4)}"), not followed`,
      'my-project/force-app/main/default/labels/CustomLabels.labels-meta.xml: warning: a symbolic link (to "CustomLabels.labels-meta.xml.bak"), not followed',
    ]);
    expect(result.orchestrations).toHaveLength(1);
    expect(result.flows.map((f) => f.apiName).sort()).toEqual(['Plain', 'Reserve']);
  });

  it('says so when the bytes are not a zip archive', () => {
    expect(errorsOf(readZip(strToU8('<Flow/>')))).toEqual([': this is not a .zip archive, or it is empty']);
    expect(errorsOf(readZip(new Uint8Array(0)))).toEqual([': this is not a .zip archive, or it is empty']);
  });
});

describe('a real project as a .zip', () => {
  it('gives the same orchestrations and flows as the folder', () => {
    // given the DeactivateUser project zipped under a top folder, as GitHub's "Download ZIP" does
    const files = realProjectFiles('DeactivateUser');
    const archive = zipSync(Object.fromEntries(files.map((f) => [`LightningFlowComponents-main/${f.path}`, strToU8(f.text)])));
    // when
    const fromZip = readZip(archive);
    const fromFiles = projectFromFiles(files);
    // then
    expect(fromZip.orchestrations.map((o) => o.apiName)).toEqual(fromFiles.orchestrations.map((o) => o.apiName));
    expect(fromZip.flows.map((f) => f.apiName)).toEqual(fromFiles.flows.map((f) => f.apiName));
    expect(errorsOf(fromZip)).toEqual([]);
  });
});
