import { describe, expect, it } from 'vitest';
import { orchestrationXml } from '../io/project/testing/projectFiles';
import { isXmlPath } from '../io/xml/xmlSizeLimit';
import { nameFromFile, readFlowXml } from './xmlFiles';

describe('Flow XML files in the app (Import, Compare with…)', () => {
  it('reads .flow-meta.xml, any .xml and a retrieved package\'s .flow as Flow XML; anything else as JSON', () => {
    expect(['Order.flow-meta.xml', 'order.XML', 'Order.flow', 'ORDER.FLOW'].map(isXmlPath)).toEqual([true, true, true, true]);
    expect(['order.json', 'Order.workflow.json', 'Order.flowDefinition'].map(isXmlPath)).toEqual([false, false, false]);
  });

  it('takes the API name from the file name in either format', () => {
    expect(nameFromFile('Order_Approval.flow-meta.xml')).toBe('Order_Approval');
    expect(nameFromFile('Order_Approval.flow')).toBe('Order_Approval');
    expect(nameFromFile('order approval.flow')).toBeUndefined();
  });

  it('imports a .flow file as the orchestration its name gives', async () => {
    const { doc, problems } = await readFlowXml('Ship_Order.flow', orchestrationXml('Ship order', 'Do_Shipping'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(doc?.name).toBe('Ship_Order');
    expect(doc?.stages.map((s) => s.name)).toEqual(['Work']);
  });
});
