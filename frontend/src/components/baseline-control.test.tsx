import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Baseline } from '../features/rollup/baseline';
import { jsonResponse, problemResponse } from '../test/fake-host';
import { renderWithHost } from '../test/render-with-host';

import { BaselineControl } from './baseline-control';

const NOW = new Date('2026-11-27T10:00:00Z');
const SAVED: Baseline = {
  date: '2026-11-02',
  scope: 5,
  done: 1,
  scopePoints: 8,
  donePoints: 2,
  reconstructed: true,
  setBy: '557058:f00',
  setAt: '2026-11-27T10:00:00Z',
};
const PATH = '/api/programs/p-1/baseline';

const sent = (fetch: ReturnType<typeof renderWithHost>['fetch']) =>
  fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body]);

describe('BaselineControl', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sets today's baseline with an empty body, flags it and reloads the burn-up", async () => {
    const onChanged = vi.fn();
    const { fetch, host } = renderWithHost(
      <BaselineControl programId="p-1" baseline={null} onChanged={onChanged} />,
      [jsonResponse({ ...SAVED, date: '2026-11-27' })],
    );
    const input = screen.getByLabelText('Baseline date');
    expect(input).toHaveValue('2026-11-27');
    expect(input).toHaveAttribute('max', '2026-11-27');
    expect(screen.queryByRole('button', { name: 'Clear baseline' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Set baseline' }));

    await waitFor(() => {
      expect(onChanged).toHaveBeenCalledTimes(1);
    });
    expect(sent(fetch)).toEqual([[PATH, 'PUT', '{}']]);
    expect(host.flag).toHaveBeenCalledWith({ title: 'Baseline set to 27 Nov', type: 'success' });
  });

  it('sends an earlier date the TPM picked', async () => {
    const onChanged = vi.fn();
    const { fetch } = renderWithHost(<BaselineControl programId="p-1" baseline={null} onChanged={onChanged} />, [
      jsonResponse(SAVED),
    ]);
    fireEvent.change(screen.getByLabelText('Baseline date'), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set baseline' }));
    await waitFor(() => {
      expect(onChanged).toHaveBeenCalled();
    });
    expect(sent(fetch)).toEqual([[PATH, 'PUT', '{"date":"2026-11-02"}']]);
  });

  it("shows the server's date error at the field and does not reload", async () => {
    const onChanged = vi.fn();
    renderWithHost(<BaselineControl programId="p-1" baseline={null} onChanged={onChanged} />, [
      problemResponse(
        {
          title: 'Invalid input',
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'date', message: 'must not be in the future: a baseline is the scope as it was' }],
        },
        400,
      ),
    ]);
    const input = screen.getByLabelText('Baseline date');
    fireEvent.change(input, { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set baseline' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The date must not be in the future: a baseline is the scope as it was.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(alert.textContent);
    expect(onChanged).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: '2026-11-01' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows any other problem as a message', async () => {
    renderWithHost(<BaselineControl programId="p-1" baseline={null} onChanged={vi.fn()} />, [
      problemResponse({ title: 'Program not found', code: 'PROGRAM_NOT_FOUND' }, 404),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Set baseline' }));
    expect(await screen.findByText('Error code: PROGRAM_NOT_FOUND')).toBeInTheDocument();
  });

  it('clears an existing baseline', async () => {
    const onChanged = vi.fn();
    const { fetch, host } = renderWithHost(
      <BaselineControl programId="p-1" baseline={SAVED} onChanged={onChanged} />,
      [new Response(null, { status: 204 })],
    );
    expect(screen.getByRole('button', { name: 'Reset baseline' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear baseline' }));
    await waitFor(() => {
      expect(onChanged).toHaveBeenCalledTimes(1);
    });
    expect(sent(fetch)).toEqual([[PATH, 'DELETE', undefined]]);
    expect(host.flag).toHaveBeenCalledWith({ title: 'Baseline cleared', type: 'success' });
  });
});
