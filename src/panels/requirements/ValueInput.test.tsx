// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ValueInput } from './ValueInput';

describe('ValueInput', () => {
  it('a row on a resource of unknown type ("Any type") shows the number it holds, and a number typed stays a number', () => {
    // given a stage exit row: Classify_Case.Outputs.priorityScore Less Than 80, the output's type not declared
    const onChange = vi.fn();
    render(<ValueInput type="Unknown" operator="LessThan" right={{ number: 80 }} options={[]} onChange={onChange} />);
    // then
    const value = screen.getByRole('textbox', { name: 'Value' });
    expect(value).toHaveValue('80');
    // when
    fireEvent.change(value, { target: { value: '90' } });
    expect(onChange).toHaveBeenLastCalledWith({ number: 90 }, expect.anything());
  });

  it('text stays text on such a row', () => {
    const onChange = vi.fn();
    render(<ValueInput type="Unknown" operator="EqualTo" right={{ string: 'High' }} options={[]} onChange={onChange} />);
    const value = screen.getByRole('textbox', { name: 'Value' });
    expect(value).toHaveValue('High');
    fireEvent.change(value, { target: { value: '42' } });
    expect(onChange).toHaveBeenLastCalledWith({ string: '42' }, expect.anything());
  });
});
