import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { EMPTY_DRAFT } from '../features/risks/risk-form';
import { problemResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';
import { routeFetch } from '../test/risk-fixtures';

import { RiskForm } from './risk-form';

function renderForm() {
  const onSaved = vi.fn();
  const rendered = renderWithHost(
    <RiskForm original={null} initial={EMPTY_DRAFT} categories={['vendor']} programs={[]} ownerNames={new Map()} onSaved={onSaved} />,
    [],
  );
  routeFetch(rendered.fetch, [
    (url, init) =>
      url.pathname === '/api/risks' && init?.method === 'POST'
        ? problemResponse(
            {
              title: 'Validation failed',
              code: 'VALIDATION_FAILED',
              errors: [
                { field: 'probability', message: 'must be between 1 and 5' },
                { field: 'projectKeys[0]', message: 'NOPE is not a project you may browse' },
              ],
            },
            400,
          )
        : undefined,
  ]);
  return { ...rendered, onSaved };
}

describe('RiskForm', () => {
  it('shows the server validation messages beside the fields they name', async () => {
    const { fetch, onSaved } = renderForm();

    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Vendor' } });
    fireEvent.change(screen.getByLabelText('Probability (1–5)'), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('Impact (1–5)'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Projects'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create risk' }));

    expect(await screen.findByTestId('risk-probability-error')).toHaveTextContent('must be between 1 and 5');
    expect(screen.getByLabelText('Probability (1–5)')).toHaveAccessibleDescription('must be between 1 and 5');
    expect(screen.getByTestId('risk-projectKeys-error')).toHaveTextContent('NOPE is not a project you may browse');
    expect(screen.queryByText('Validation failed')).not.toBeInTheDocument();
    expect(JSON.parse(fetch.mock.calls[0]?.[1]?.body as string)).toMatchObject({ title: 'Vendor', probability: 6, impact: 3, projectKeys: ['NOPE'] });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('asks for a title and whole-number scores without a request', async () => {
    const { fetch } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create risk' }));
    await waitFor(() => {
      expect(screen.getByTestId('risk-title-error')).toHaveTextContent('Give the risk a title.');
    });
    expect(screen.getByTestId('risk-impact-error')).toHaveTextContent('Enter a whole number from 1 to 5.');
    expect(fetch).not.toHaveBeenCalled();
  });
});
