/**
 * A step calling a flow whose project file is not Active, in a draft orchestration (lumonCode's
 * Opportunity_Guidance and its Draft Assign_Warehouse_SubFlow): the command line's error names the
 * flow's file and its status, as the app's does (one validator, model/validateFlows.ts).
 */
import { describe, expect, it } from 'vitest';
import { autolaunchedXml, orchestrationXml } from '../io/project/testing/projectFiles';
import { main as validate } from './commands/validate';
import { memoryIo } from './testing/memoryIo';

const FLOWS = 'force-app/main/default/flows';

describe('validate on a project: an inactive step flow', () => {
  it('names the flow\'s file and says it is a Draft', async () => {
    const { io, out } = memoryIo({
      [`org/${FLOWS}/Order_Flow.flow-meta.xml`]: orchestrationXml('Order flow', 'Reserve').replace('<status>Active</status>', '<status>Draft</status>'),
      [`org/${FLOWS}/Reserve.flow-meta.xml`]: autolaunchedXml('Reserve', { status: 'Draft' }),
    });
    expect(await validate(['org'], io)).toBe(2);
    expect(out.stderr).toContain(`flow "Reserve" is not active (its file ${FLOWS}/Reserve.flow-meta.xml is a Draft version): activate it or choose another flow`);
  });
});
