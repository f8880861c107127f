/**
 * A project whose only orchestration file could not be read: the command does not say the project
 * has no orchestration right after that file's own "not read:" line (docs/cli.md, *chosen*).
 */
import { describe, expect, it } from 'vitest';
import { orchestrationXml } from '../io/project/testing/projectFiles';
import { main as validate } from './commands/validate';
import { memoryIo } from './testing/memoryIo';

const FLOWS = 'force-app/main/default/flows';

describe('a project whose orchestration file could not be read', () => {
  const orchestration = orchestrationXml('Order flow', 'Reserve');

  it('one that names processType Orchestrator: "no orchestration to open", not "no orchestration in this project" after its own line', async () => {
    // given an orchestration file cut short after its processType
    const cut = orchestration.slice(0, orchestration.indexOf('</processType>') + '</processType>'.length);
    const { io, out } = memoryIo({ 'org/sfdx-project.json': '{}', [`org/${FLOWS}/Order_Flow.flow-meta.xml`]: cut });
    // when
    const code = await validate(['org'], io);
    // then
    expect(code).toBe(2);
    const lines = out.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/Order_Flow\.flow-meta\.xml: \d+:\d+: /);
    expect(lines.at(-1)).toBe('org: no orchestration to open: its orchestration file (above) could not be read; fix it and run again');
    expect(out.stderr).not.toMatch(/no orchestration in this project/);
  });

  it('one cut before anything says what it is: "no orchestration among the files read", and the file may be it', async () => {
    // given a flow file cut short before its processType (Salesforce writes elements alphabetically)
    const { io, out } = memoryIo({ 'org/sfdx-project.json': '{}', [`org/${FLOWS}/Order_Flow.flow-meta.xml`]: '<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <decisions>' });
    // when
    const code = await validate(['org'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr.trim().split('\n').at(-1)).toBe('org: no orchestration among the files read; 1 file (above) could not be read, and it may be the orchestration');
  });
});
