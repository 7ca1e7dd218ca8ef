import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ErrorBoundary } from './error-boundary';

function Exploding(): never {
  throw new Error('The program data was malformed');
}

describe('ErrorBoundary', () => {
  it('renders its children when nothing throws', () => {
    render(
      <ErrorBoundary>
        <p>All good</p>
      </ErrorBoundary>,
    );

    expect(screen.getByText('All good')).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });

  it('shows an error section message when a child throws', () => {
    // React 18 in development logs caught render errors and re-reports them as window
    // "error" events; keep the test output readable.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const silence = (event: ErrorEvent) => {
      event.preventDefault();
    };
    window.addEventListener('error', silence);

    try {
      render(
        <ErrorBoundary>
          <Exploding />
        </ErrorBoundary>,
      );
    } finally {
      window.removeEventListener('error', silence);
    }

    const message = screen.getByRole('heading', { name: 'Something went wrong' }).closest('section');
    expect(message).toHaveTextContent('The program data was malformed');
    expect(message).toHaveTextContent('Reload the page to try again.');
    expect(consoleError).toHaveBeenCalled();
  });
});
