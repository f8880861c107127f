import { describe, expect, it } from 'vitest';
import { followsLabel, nameAfterRelabel } from './labelFollowing';

describe('API names that follow labels', () => {
  it('a name follows the label that derives it, with or without a uniqueness suffix', () => {
    // given / when / then
    expect(followsLabel('Reserve_stock', 'Reserve stock')).toBe(true);
    expect(followsLabel('Reserve_stock_2', 'Reserve stock')).toBe(true);
    expect(followsLabel('New_Orchestration', 'New Orchestration')).toBe(true);
    expect(followsLabel('Stock', undefined)).toBe(true);
  });

  it('a name the admin typed does not follow', () => {
    expect(followsLabel('Reserve_Stock', 'Reserve stock')).toBe(false);
    expect(followsLabel('Hold_items', 'Reserve stock')).toBe(false);
    expect(followsLabel('Reserve_stock_x', 'Reserve stock')).toBe(false);
  });

  it('a long label derives at most 80 characters, and the suffixed form still follows', () => {
    // given
    const label = 'Word '.repeat(30);
    const derived = nameAfterRelabel('A', 'A', label);
    const suffixed = nameAfterRelabel('A', 'A', label, new Set([derived]));
    // then
    expect(derived.length).toBeLessThanOrEqual(80);
    expect(derived.endsWith('_')).toBe(false);
    expect(derived).not.toContain('__');
    expect(suffixed).toMatch(/_2$/);
    expect(suffixed.length).toBeLessThanOrEqual(80);
    expect(followsLabel(suffixed, label)).toBe(true);
  });

  it('a following name takes the new label’s name, unique among the taken ones', () => {
    expect(nameAfterRelabel('New_Orchestration', 'New Orchestration', 'Order fulfilment 2026!')).toBe('Order_fulfilment_2026');
    expect(nameAfterRelabel('New_Flow_1', 'New Flow 1', 'Check stock', new Set(['Check_stock']))).toBe('Check_stock_2');
    expect(nameAfterRelabel('New_Flow_1', 'New Flow 1', '1st check')).toBe('X_1st_check');
  });

  it('a name the admin typed, and a blank label, keep the name', () => {
    expect(nameAfterRelabel('My_Flow', 'New Flow 1', 'Check stock')).toBe('My_Flow');
    expect(nameAfterRelabel('New_Flow_1', 'New Flow 1', '   ')).toBe('New_Flow_1');
    expect(nameAfterRelabel('New_Flow_1', 'New Flow 1', undefined)).toBe('New_Flow_1');
  });
});
