// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldMessages, messageAttributes } from './FieldMessages';

describe('field messages', () => {
  it('a warning is shown in amber and does not mark the control invalid; an error does', () => {
    const warning = 'Warning: evaluation flow "Ready" is only re-checked on an orchestration event';
    expect(messageAttributes('m', undefined, [warning])).toEqual({ 'aria-describedby': 'm', 'aria-invalid': undefined });
    expect(messageAttributes('m', undefined, [warning, 'the flow does not exist'])['aria-invalid']).toBe(true);
    render(<FieldMessages id="m" errors={[warning, 'the flow does not exist']} />);
    expect(screen.getByText(warning)).toHaveClass('text-amber-900');
    expect(screen.getByText('the flow does not exist')).toHaveClass('text-status-error');
  });
});
