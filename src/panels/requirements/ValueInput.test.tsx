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

  it.each(['Unknown', 'Text'] as const)('a row on a resource of type %s holding true shows it as True in a True/False choice, and False stays a true/false value', (type) => {
    // given a project's Checkbox no scenario types yet (or only as the empty text "Add the fields the design reads" gives it)
    const onChange = vi.fn();
    render(<ValueInput type={type} operator="EqualTo" right={{ boolean: true }} options={[]} onChange={onChange} />);
    // then
    const value = screen.getByRole('combobox', { name: 'Value' });
    expect(value).toHaveValue('true');
    // when
    fireEvent.change(value, { target: { value: 'false' } });
    expect(onChange).toHaveBeenLastCalledWith({ boolean: false });
  });

  it('a date on a resource of unknown type is edited as a date', () => {
    render(<ValueInput type="Unknown" operator="EqualTo" right={{ date: '2025-03-09' }} options={[]} onChange={vi.fn()} />);
    const value = screen.getByLabelText(/Value|Date/);
    expect(value).toHaveAttribute('type', 'date');
    expect(value).toHaveValue('2025-03-09');
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
