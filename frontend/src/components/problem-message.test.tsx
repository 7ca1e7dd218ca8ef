import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ProblemError } from '../lib/problem-error';

import { ProblemMessage } from './problem-message';

describe('ProblemMessage', () => {
  it('shows the title, detail, field errors and code of a ProblemError', () => {
    const error = new ProblemError({
      title: 'Invalid program',
      status: 422,
      detail: 'Fix the highlighted fields.',
      code: 'validation_failed',
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: '', message: 'at least one project is required' },
      ],
    });

    render(<ProblemMessage error={error} />);

    expect(screen.getByRole('heading', { name: 'Invalid program' })).toBeInTheDocument();
    expect(screen.getByText('Fix the highlighted fields.')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'name: must not be blank',
      'at least one project is required',
    ]);
    expect(screen.getByText('Error code: validation_failed')).toBeInTheDocument();
  });

  it('shows the message of any other error', () => {
    render(<ProblemMessage error={new Error('Token expired')} />);

    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('Token expired')).toBeInTheDocument();
  });
});
