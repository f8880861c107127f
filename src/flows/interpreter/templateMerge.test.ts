/**
 * A merge field a run cannot read (templateMerge.ts): it merged as empty text and said nothing. An
 * unknown global now stops the run as unsupported, naming the template; a null record's field still
 * merges as empty text, and the element's path step says so (`notes`), where Salesforce may fault.
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, orgWith, run, variable } from './testing/build';

const say = (from: FlowElement['name']): FlowElement => ({ kind: 'assignment', name: 'Say', items: [{ ref: 'said', operator: 'Assign', value: { ref: from } }] });
const getAccount: FlowElement = {
  kind: 'recordLookup', name: 'Get_Account', object: 'Account', getFirstRecordOnly: true, storeOutputAutomatically: true,
  filterLogic: 'and', filters: [{ field: 'Name', operator: 'EqualTo', value: { string: 'Acme' } }], outputAssignments: [], queriedFields: [],
} as FlowElement;
const said = variable('said', 'String', { io: 'out' });

describe('textTemplates: a merge field the run cannot read', () => {
  it('a field of a record variable that holds no record merges as empty text, and the element reading the template says so', () => {
    // given: a Get Records that finds nothing in an empty org, then a template on its Name
    const flow = flowOf(chain(getAccount, say('Letter')), { variables: [said], textTemplates: [{ name: 'Letter', text: 'Dear {!Get_Account.Name},' }] });
    // when
    const result = run(flow).run;
    // then: the text is as before; the Say step names the template, the reference and why
    expect(result.status).toBe('completed');
    expect(result.outputs.said).toBe('Dear ,');
    expect(result.path.at(-1)).toEqual({
      element: 'Say', kind: 'assignment',
      notes: ['text template Letter: {!Get_Account.Name} merged as empty text — the flow failed to access the value for {!Get_Account.Name}: Get_Account has no record (it is null); Salesforce may fail the element here'],
    });
  });

  it('a record that is found merges its field and notes nothing', () => {
    // given
    const flow = flowOf(chain(getAccount, say('Letter')), { variables: [said], textTemplates: [{ name: 'Letter', text: 'Dear {!Get_Account.Name},' }] });
    // when
    const result = run(flow, { org: orgWith({ Account: [{ Id: '001A', Name: 'Acme' }] }) }).run;
    // then
    expect(result.outputs.said).toBe('Dear Acme,');
    expect(result.path.at(-1)).toEqual({ element: 'Say', kind: 'assignment' });
  });

  it('a text value written in an element merges the same way, and says so', () => {
    // given: the assignment's own text value names the null record's field
    const write: FlowElement = { kind: 'assignment', name: 'Say', items: [{ ref: 'said', operator: 'Assign', value: { string: 'Hi {!Get_Account.Name}!' } }] };
    const flow = flowOf(chain(getAccount, write), { variables: [said] });
    // when
    const result = run(flow).run;
    // then
    expect(result.outputs.said).toBe('Hi !');
    expect(result.path.at(-1)?.notes).toEqual(['a text value: {!Get_Account.Name} merged as empty text — the flow failed to access the value for {!Get_Account.Name}: Get_Account has no record (it is null); Salesforce may fail the element here']);
  });

  it('a global the simulator does not know stops the run as unsupported, naming the template, where it merged empty text', () => {
    // given: $Record in a flow run with no triggering record
    const flow = flowOf([say('Letter')], { variables: [said], textTemplates: [{ name: 'Letter', text: 'Case {!$Record.CaseNumber} is closed' }] });
    // when
    const result = run(flow).run;
    // then: before, it completed with "Case  is closed"
    expect(result.status).toBe('unsupported');
    expect(result.unsupported).toMatchObject({ element: 'Say', reference: '$Record.CaseNumber' });
    expect(result.unsupported?.message).toMatch(/^text template Letter: /);
  });

  it('globals the formula language answers itself, and the template\'s own resources, merge with no note', () => {
    // given
    const flow = flowOf([say('Letter')], { variables: [said, variable('name', 'String', { value: { string: 'Pat' } })], textTemplates: [{ name: 'Letter', text: '{!name}{!$GlobalConstant.EmptyString}!' }] });
    // when
    const result = run(flow).run;
    // then
    expect(result.outputs.said).toBe('Pat!');
    expect(result.path[0]).toEqual({ element: 'Say', kind: 'assignment' });
  });
});
