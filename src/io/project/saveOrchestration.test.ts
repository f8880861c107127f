import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { saveOrchestrationToProject } from './saveOrchestration';
import { autolaunchedXml, flowFile, REAL_PROJECTS, realProjectFiles } from './testing/projectFiles';

/** The lines a `git diff` would show: removed ones with "-", added ones with "+". */
function changedLines(before: string, after: string): string[] {
  return diffLines(before, after).flatMap((part) => (part.added || part.removed ? part.value.split(/\r?\n/).filter((l) => l !== '').map((l) => `${part.added ? '+' : '-'}${l.trim()}`) : []));
}

const realOrchestrations = REAL_PROJECTS.flatMap((name) => {
  const files = realProjectFiles(name);
  const project = projectFromFiles(files);
  return project.orchestrations.filter((o) => o.stageCount > 0).map((o) => ({ id: `${name}/${o.apiName}`, project, apiName: o.apiName, text: files.find((f) => f.path === o.path)!.text }));
});

function open(entry: (typeof realOrchestrations)[number]): Orchestration {
  const result = openOrchestration(entry.project, entry.apiName);
  if (!result.ok) throw new Error(JSON.stringify(result.report));
  return result.doc;
}

const CASE = realOrchestrations.find((o) => o.apiName === 'Orchestration_Case')!;

describe('writing an orchestration back to its project file', () => {
  it('has the real orchestrations to write back', () => {
    expect(realOrchestrations.length).toBeGreaterThanOrEqual(14);
  });

  it.each(realOrchestrations.map((o) => [o.id, o] as const))('%s: saved unchanged, the file is byte for byte the same', (_id, entry) => {
    // given the orchestration opened with its flows (the catalog is not written back)
    const doc = open(entry);
    // when
    const saved = saveOrchestrationToProject(entry.text, doc);
    // then
    expect(saved).toMatchObject({ ok: true, changed: false, kept: 'all' });
    expect(saved.ok && saved.xml).toBe(entry.text);
  });

  it('a changed stage label changes that one line', () => {
    // given
    const doc = open(CASE);
    doc.stages[0]!.label = 'Get the case approved';
    // when
    const saved = saveOrchestrationToProject(CASE.text, doc);
    // then
    if (!saved.ok) throw new Error(saved.message);
    expect(changedLines(CASE.text, saved.xml)).toEqual(['-<label>Get Case Approval</label>', '+<label>Get the case approved</label>']);
  });

  it('a new step adds its lines and touches nothing else', () => {
    const doc = open(CASE);
    const stage = doc.stages[1]!;
    stage.steps.push({ name: 'Notify_Team', label: 'Notify team', kind: 'background', flow: 'Orchestration_Step_Flow_Approval_Results', start: { mode: 'stageStarts' } });
    const saved = saveOrchestrationToProject(CASE.text, doc);
    if (!saved.ok) throw new Error(saved.message);
    const changes = changedLines(CASE.text, saved.xml);
    expect(changes.every((l) => l.startsWith('+'))).toBe(true);
    expect(changes).toContain('+<name>Notify_Team</name>');
  });

  it('keeps a file written differently (CRLF line endings, comments, two-space indents) and changes only the edited line', () => {
    // given the real file re-indented with two spaces, with Windows line endings and a comment
    const odd = CASE.text.replace(/^( {4})+/gm, (indent) => '  '.repeat(indent.length / 4)).replace('<processType>', '<!-- kept -->\n  <processType>').replace(/\n/g, '\r\n');
    const project = projectFromFiles([{ path: 'flows/Orchestration_Case.flow-meta.xml', text: odd }, ...realProjectFiles('OrchestratorResources').filter((f) => !f.path.endsWith('Orchestration_Case.flow-meta.xml'))]);
    const opened = openOrchestration(project, 'Orchestration_Case');
    if (!opened.ok) throw new Error('not opened');
    opened.doc.stages[0]!.label = 'Get the case approved';
    // when
    const saved = saveOrchestrationToProject(odd, opened.doc);
    // then
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.kept).toBe('untouchedLines');
    expect(changedLines(odd, saved.xml)).toEqual(['-<label>Get Case Approval</label>', '+<label>Get the case approved</label>']);
    expect(saved.xml).toContain('<!-- kept -->\r\n');
    expect(saved.xml.split('\r\n').length).toBe(odd.split('\r\n').length);
  });

  it('a Windows (CRLF) file keeps its line endings whether or not the design came from it', () => {
    // given the real file with CRLF line endings, and the design edited: once as opened from that
    // file (it knows the file's line endings), once as read from the LF file (it does not)
    const crlf = CASE.text.replace(/\n/g, '\r\n');
    const openFrom = (text: string): Orchestration => {
      const project = projectFromFiles([{ path: 'flows/Orchestration_Case.flow-meta.xml', text }, ...realProjectFiles('OrchestratorResources').filter((f) => !f.path.endsWith('Orchestration_Case.flow-meta.xml'))]);
      return open({ ...CASE, project });
    };
    for (const source of [crlf, CASE.text]) {
      const doc = openFrom(source);
      doc.stages[0]!.label = 'Get the case approved';
      // when
      const saved = saveOrchestrationToProject(crlf, doc);
      // then only the edited line changed, and every line still ends in CRLF
      if (!saved.ok) throw new Error(saved.message);
      expect(saved.kept).toBe('untouchedLines');
      expect(changedLines(crlf, saved.xml)).toEqual(['-<label>Get Case Approval</label>', '+<label>Get the case approved</label>']);
      expect(saved.xml.replace(/\r\n/g, '')).not.toContain('\n');
    }
    // and the design opened from the CRLF file, unchanged, gives the file back as it is
    expect(saveOrchestrationToProject(crlf, openFrom(crlf))).toMatchObject({ ok: true, xml: crlf, changed: false });
  });

  it('refuses to write an empty design over the file, or over a file that is not an orchestration', () => {
    const doc = open(CASE);
    expect(saveOrchestrationToProject(CASE.text, { ...doc, stages: [] })).toEqual({
      ok: false, message: '"Orchestration_Case" has no stages: an orchestration without stages is only an invalid draft in Salesforce, so it is not written over its file; add a stage first',
    });
    expect(saveOrchestrationToProject(autolaunchedXml('Reserve'), doc)).toEqual({
      ok: false, message: 'the project\'s file cannot be read, so it is not overwritten: Flow.processType: this flow has processType AutoLaunchedFlow; only Orchestrator flows can be imported',
    });
    expect(saveOrchestrationToProject('<Flow>', doc).ok).toBe(false);
  });

  it('never writes the flows it calls: only the orchestration\'s own text comes back', () => {
    const project = projectFromFiles([flowFile('Reserve', autolaunchedXml('Reserve')), ...realProjectFiles('OrchestratorResources')]);
    const opened = openOrchestration(project, 'Orchestration_Case');
    if (!opened.ok) throw new Error('not opened');
    const saved = saveOrchestrationToProject(CASE.text, opened.doc);
    expect(saved.ok && saved.xml).not.toContain('<processType>Flow</processType>');
  });
});
