import { describe, expect, it } from 'vitest';
import { flowStatusLabel, flowStatusVersion } from './flowStatus';

describe('a flow file\'s status in an admin\'s words', () => {
  it('says Invalid draft for InvalidDraft, and the other Salesforce statuses as Setup does', () => {
    expect(['Active', 'Draft', 'InvalidDraft', 'Obsolete'].map(flowStatusLabel)).toEqual(['Active', 'Draft', 'Invalid draft', 'Obsolete']);
  });

  it('keeps a status Salesforce does not define as written, and never reads a prototype key', () => {
    expect(flowStatusLabel('Pending')).toBe('Pending');
    expect(flowStatusLabel('constructor')).toBe('constructor');
  });

  it('names the version with its article', () => {
    expect(flowStatusVersion('Draft')).toBe('a Draft version');
    expect(flowStatusVersion('InvalidDraft')).toBe('an Invalid draft version');
    expect(flowStatusVersion('Obsolete')).toBe('an Obsolete version');
  });
});
