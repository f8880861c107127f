import { describe, expect, it } from 'vitest';
import type { FlowElement, TransformAction } from '../../definition';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

const transform = (name: string, target: { dataType: string; objectType?: string; isCollection: boolean }, actions: TransformAction[], extra: Partial<Extract<FlowElement, { kind: 'transform' }>> = {}): FlowElement => ({
  kind: 'transform', name, ...target, storeOutputAutomatically: true, actions, ...extra,
});
const map = (outputField: string | undefined, value: TransformAction['value'], extra: Partial<TransformAction> = {}): TransformAction => ({
  type: 'Map', ...(outputField ? { outputField } : {}), ...(value ? { value } : {}), inputParameters: [], ...extra,
});
const keep = (ref: string): FlowElement => ({ kind: 'assignment', name: 'Keep', items: [{ ref: 'out', operator: 'Assign', value: { ref } }] });

const crs = [{ Id: 'a01000000000001AAA', CR_Status__c: 'Open', Amount__c: 10 }, { Id: 'a01000000000002AAA', CR_Status__c: 'Open', Amount__c: null }, { Id: 'a01000000000003AAA', CR_Status__c: 'Won', Amount__c: 32.5 }];
const source = variable('unSelectedCrs', 'SObject', { objectType: 'Channel_Relationship__c', isCollection: true, io: 'in' });
const records = (name: string) => variable(name, 'SObject', { objectType: 'Channel_Relationship__c', isCollection: true, io: 'out' });

describe('transforms', () => {
  it('transforms: a record collection target gets one record per source item, fields read from each item and fixed values copied to every item', () => {
    // given: Salesforce's "Map Values For Unselected CR Records"
    const element = transform('Map_Unselected', { dataType: 'SObject', objectType: 'Channel_Relationship__c', isCollection: true }, [
      map('Id', { ref: 'unSelectedCrs[$EachItem].Id' }),
      map('CR_Status__c', { string: 'Denied at Close' }),
      map('Eligible_For_Payout__c', { string: 'No' }),
    ]);
    // when
    const { run: result } = run(flowOf(chain(element, keep('Map_Unselected')), { variables: [source, records('out')] }), { inputs: { unSelectedCrs: crs } });
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs.out).toEqual(crs.map((cr) => ({ Id: cr.Id, CR_Status__c: 'Denied at Close', Eligible_For_Payout__c: 'No' })));
  });

  it('transforms: a formula mapping is evaluated for each item ({!Users[$EachItem].IsActive})', () => {
    // given: "Activate Users": IsActive = NOT(the selected row's IsActive)
    const users = [{ Id: '005000000000001AAA', IsActive: false }, { Id: '005000000000002AAA', IsActive: true }];
    const element = transform('Activate', { dataType: 'SObject', objectType: 'User', isCollection: true }, [
      map('Id', { ref: 'Table.selectedRows[$EachItem].Id' }),
      map('IsActive', undefined, { formula: { dataType: 'Boolean', expression: 'NOT({!Table.selectedRows[$EachItem].IsActive})' } }),
    ]);
    const screen: FlowElement = { kind: 'screen', name: 'Pick', fields: [{ name: 'Table', fieldType: 'ComponentInstance', extensionName: 'flowruntime:datatable', storeOutputAutomatically: true }] };
    // when
    const { run: result } = run(flowOf(chain(screen, element, keep('Activate')), { processType: 'Flow', variables: [variable('out', 'SObject', { objectType: 'User', isCollection: true, io: 'out' })] }),
      { screenValues: { Table: { selectedRows: users } } });
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs.out).toEqual([{ Id: '005000000000001AAA', IsActive: true }, { Id: '005000000000002AAA', IsActive: false }]);
  });

  it('transforms: a primitive collection target (String, no outputFieldApiName) collects one value per source item', () => {
    // given: "Opportunity Id Set"
    const element = transform('Id_Set', { dataType: 'String', isCollection: true }, [map(undefined, { ref: 'unSelectedCrs[$EachItem].Id' })]);
    // when
    const { run: result } = run(flowOf(chain(element, keep('Id_Set')), { variables: [source, variable('out', 'String', { isCollection: true, io: 'out' })] }), { inputs: { unSelectedCrs: crs } });
    // then
    expect(result.outputs.out).toEqual(crs.map((cr) => cr.Id));
  });

  it('transforms: a single target is built once, a record from fields or a primitive from one value', () => {
    // given: "Update User Transform" (a record) and "Fetch Partner Program Enrollment Id" (a String)
    const one = variable('picked', 'SObject', { objectType: 'Channel_Relationship__c', io: 'in' });
    const record = transform('Edit_Copy', { dataType: 'SObject', objectType: 'Channel_Relationship__c', isCollection: false }, [map('Id', { ref: 'picked.Id' }), map('Note__c', { string: 'Status was {!picked.CR_Status__c}' })]);
    const id = transform('Picked_Id', { dataType: 'String', isCollection: false }, [map(undefined, { ref: 'picked.Id' })]);
    const flow = flowOf(chain(record, id, { kind: 'assignment', name: 'Keep', items: [{ ref: 'rec', operator: 'Assign', value: { ref: 'Edit_Copy' } }, { ref: 'text', operator: 'Assign', value: { ref: 'Picked_Id' } }] }),
      { variables: [one, variable('rec', 'SObject', { objectType: 'Channel_Relationship__c', io: 'out' }), variable('text', 'String', { io: 'out' })] });
    // when
    const { run: result } = run(flow, { inputs: { picked: crs[2] } });
    // then
    expect(result.outputs).toEqual({ rec: { Id: 'a01000000000003AAA', Note__c: 'Status was Won' }, text: 'a01000000000003AAA' });
  });

  it('transforms: Sum adds up a field of a record collection, nulls skipped, and Count counts its items', () => {
    // given: "Total Influence Payout Amount" (Sum of aggregationField over aggregationValues)
    const sum = transform('Total', { dataType: 'Number', isCollection: false }, [{ type: 'Sum', inputParameters: [{ name: 'aggregationValues', value: { ref: 'unSelectedCrs' } }, { name: 'aggregationField', value: { string: 'Amount__c' } }] }]);
    const count = transform('How_Many', { dataType: 'Number', isCollection: false }, [{ type: 'Count', inputParameters: [{ name: 'aggregationValues', value: { ref: 'unSelectedCrs' } }] }]);
    const flow = flowOf(chain(sum, count, { kind: 'assignment', name: 'Keep', items: [{ ref: 'total', operator: 'Assign', value: { ref: 'Total' } }, { ref: 'n', operator: 'Assign', value: { ref: 'How_Many' } }] }),
      { variables: [source, variable('total', 'Number', { io: 'out' }), variable('n', 'Number', { io: 'out' })] });
    // when
    const { run: result } = run(flow, { inputs: { unSelectedCrs: crs } });
    // then
    expect(result.outputs).toEqual({ total: 42.5, n: 3 });
  });

  it('transforms: the output goes into the outputReference variable when one is given, and Update Records saves a mapped collection', () => {
    // given
    const element = transform('Close_All', { dataType: 'SObject', objectType: 'Channel_Relationship__c', isCollection: true }, [map('Id', { ref: 'unSelectedCrs[$EachItem].Id' }), map('CR_Status__c', { string: 'Closed' })],
      { storeOutputAutomatically: false, outputReference: 'changed' });
    const update: FlowElement = { kind: 'recordUpdate', name: 'Save', inputReference: 'changed', filters: [], inputAssignments: [] };
    // when
    const { run: result, org } = run(flowOf(chain(element, update), { variables: [source, records('changed')] }), { inputs: { unSelectedCrs: crs }, org: orgWith({ Channel_Relationship__c: crs }) });
    // then
    expect(result.status).toBe('completed');
    expect(org.recordsOf('Channel_Relationship__c').map((r) => r.fields.CR_Status__c)).toEqual(['Closed', 'Closed', 'Closed']);
  });

  it('transforms: mappings that read two different source collections fail, naming the element and the mappings', () => {
    // given
    const element = transform('Mixed', { dataType: 'SObject', objectType: 'Channel_Relationship__c', isCollection: true }, [map('Id', { ref: 'unSelectedCrs[$EachItem].Id' }), map('Name', { ref: 'others[$EachItem].Name' })]);
    // when
    const { run: result } = run(flowOf([element], { variables: [source, records('others')] }), { inputs: { unSelectedCrs: crs } });
    // then
    expect(result.status).toBe('faulted');
    expect(result.fault).toEqual({ element: 'Mixed', message: 'Mixed: the mapping to Name reads the source collection {!others}, but the mapping to Id reads {!unSelectedCrs}; a Transform makes one target item per item of one source collection' });
  });

  it('transforms: [$EachItem] with a single target, or on a value that is not a collection, fails, named', () => {
    // given
    const single = transform('One', { dataType: 'String', isCollection: false }, [map(undefined, { ref: 'unSelectedCrs[$EachItem].Id' })]);
    const notList = transform('Of_Text', { dataType: 'String', isCollection: true }, [map(undefined, { ref: 'word[$EachItem]' })]);
    const vars = { variables: [source, variable('word', 'String', { value: { string: 'hi' } })] };
    // when
    const a = run(flowOf([single], vars), { inputs: { unSelectedCrs: crs } }).run;
    const b = run(flowOf([notList], vars)).run;
    const c = run(flowOf([transform('Nothing_To_Map', { dataType: 'String', isCollection: true }, [map(undefined, { string: 'x' })])], vars)).run;
    const d = run(flowOf([transform('Null_Item', { dataType: 'String', isCollection: true }, [map(undefined, { ref: 'unSelectedCrs[$EachItem].Id' })])], vars), { inputs: { unSelectedCrs: [crs[0], null] } }).run;
    // then
    expect(a.fault?.message).toBe('One: mapping 1 (Map) reads {!unSelectedCrs[$EachItem]}, the items of a collection, but the target is a single String, not a collection');
    expect(b.fault?.message).toBe('Of_Text: mapping 1 (Map) reads {!word[$EachItem]}, but {!word} is not a collection');
    expect(d.fault?.message).toBe('the flow failed to access the value for {!unSelectedCrs[$EachItem].Id}: unSelectedCrs[$EachItem] has no record (it is null)');
    expect(c.fault?.message).toBe('Nothing_To_Map: the target is a collection, but no mapping reads the items of a source collection ({!Source[$EachItem].Field})');
  });

  it('transforms: a transform type other than Map, Sum and Count, nested collections and Apex targets stop the run as unsupported, named', () => {
    // given
    const join = transform('Join', { dataType: 'SObject', objectType: 'Account', isCollection: true }, [{ type: 'InnerJoin', outputField: 'Name', inputParameters: [] }]);
    const nested = transform('Nested', { dataType: 'String', isCollection: true }, [map(undefined, { ref: 'orders[$EachItem].Lines[$EachItem].Name' })]);
    const apex = transform('To_Apex', { dataType: 'Apex', isCollection: false }, [map('name', { string: 'x' })], { apexClass: 'OrderRequest' });
    // when
    const results = [join, nested, apex].map((e) => run(flowOf([e], { variables: [source] })).run);
    // then
    expect(results.map((r) => r.status)).toEqual(['unsupported', 'unsupported', 'unsupported']);
    expect(results.map((r) => r.unsupported?.message)).toEqual([
      'Join: the mapping to Name is of transform type InnerJoin, which the simulator does not run (it runs Map, Sum and Count; Salesforce Help\'s Transform element page does not say how a join matches its keys, so none is guessed)',
      'Nested: mapping 1 (Map) reads {!orders[$EachItem].Lines[$EachItem].Name}, an item of a collection nested in another; nested source collections are not simulated',
      'To_Apex: a Transform to an Apex-defined target (OrderRequest) is not simulated',
    ]);
  });
});
