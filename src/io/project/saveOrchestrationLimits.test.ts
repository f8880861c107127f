/**
 * Save to project refuses what Export ▸ Flow XML and `stageflow convert` refuse (xml/xmlWriteLimits.ts),
 * in their words, where it wrote the file over the project's own: a stage's position past
 * `locationX`'s range came back as `<locationX>1e+300</locationX>`, which the project then read
 * without its position. The project's file stays as it was.
 */
import { expect, it } from 'vitest';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { saveOrchestrationToProject } from './saveOrchestration';
import { autolaunchedXml, flowFile, orchestrationXml } from './testing/projectFiles';

it('a stage moved past locationX’s range is not written over its file; the cause is said as convert says it', () => {
  // given a project orchestration opened, its stage "Work" then placed at x 1e300
  const original = orchestrationXml('Order flow', 'Reserve');
  const opened = openOrchestration(projectFromFiles([flowFile('Order_Flow', original), flowFile('Reserve', autolaunchedXml('Reserve'))]), 'Order_Flow');
  if (!opened.ok) throw new Error('not opened');
  const far = { ...opened.doc, layout: { ...opened.doc.layout, Work: { x: 1e300, y: 134 } } };
  // when / then
  expect(saveOrchestrationToProject(original, far)).toEqual({ ok: false, message: "the Flow XML would not be read back: layout.Work.x: 1e+300 is past a Flow file's locationX, a whole number from -2147483648 to 2147483647" });
  // and at the edge of the range it is written
  const edge = saveOrchestrationToProject(original, { ...far, layout: { ...far.layout, Work: { x: 2147483647, y: 134 } } });
  expect(edge.ok && edge.xml).toContain('<locationX>2147483647</locationX>');
});
