import { describe, expect, it } from 'vitest';
import { projectFromFiles } from './projectFromFiles';
import { flowFile, orchestrationXml } from './testing/projectFiles';

describe("a project's sfdx-project.json that is not JSON", () => {
  it('is a warning naming the file, its line:col and what is wrong, and the project still opens', () => {
    // given a project whose sfdx-project.json was cut short
    const files = [{ path: 'sfdx-project.json', text: '{\n  "packageDirectories": [\n' }, flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve'))];
    // when it is read
    const project = projectFromFiles(files);
    // then its orchestration is listed and the file is warned about, at its place
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Order_Flow']);
    const warning = project.problems.find((p) => p.file === 'sfdx-project.json');
    expect(warning).toMatchObject({ severity: 'warning', line: expect.any(Number), column: expect.any(Number) });
    expect(warning?.message).toMatch(/^not read: .+; Stageflow goes on without it, but sf project deploy refuses the project until it is fixed, and a namespace it declares is not known here$/);
  });

  it('says nothing of a valid one', () => {
    const project = projectFromFiles([{ path: 'sfdx-project.json', text: '{"packageDirectories":[{"path":"force-app","default":true}]}' }, flowFile('Order_Flow', orchestrationXml('Order flow', 'Reserve'))]);
    expect(project.problems.filter((p) => p.file === 'sfdx-project.json')).toEqual([]);
  });
});
