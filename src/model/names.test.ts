import { describe, expect, it } from 'vitest';
import { packageNamespace } from './names';

describe('packageNamespace: the managed package a flow name comes from', () => {
  it('is the prefix before the one double underscore of a packaged flow, and null for a name of the org or a malformed one', () => {
    expect(packageNamespace('setup_service_experience__Create_Case')).toBe('setup_service_experience');
    expect(packageNamespace('ns__Review_Order')).toBe('ns');
    expect(['Review_Order', 'ns__Two__Parts', '__Flow', 'ns__', 'ns__Flow_'].map(packageNamespace)).toEqual([null, null, null, null, null]);
  });
});
