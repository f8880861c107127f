import { describe, expect, it } from 'vitest';
import { closestName } from './closestName';

describe('closestName (did you mean …?)', () => {
  it('suggests the candidate within two edits, the closest first, ignoring case', () => {
    expect(closestName('Valdate', ['Validate', 'Approve'])).toBe('Validate');
    expect(closestName('ordr', ['order', 'region'])).toBe('order');
    expect(closestName('approve', ['Approve', 'Approval'])).toBe('Approve');
  });

  it('suggests nothing when the edits would replace most of a short name ("Z" is not a hint of "A")', () => {
    expect(closestName('Z', ['A', 'B'])).toBeUndefined();
    expect(closestName('AB', ['CD'])).toBeUndefined();
    expect(closestName('AB', ['AC'])).toBe('AC');
    expect(closestName('Main', ['Mx'])).toBeUndefined();
  });

  it('suggests nothing three edits away or for the name itself', () => {
    expect(closestName('Validate', ['Vxxxdate'])).toBeUndefined();
    expect(closestName('Validate', ['Validate'])).toBeUndefined();
  });
});
