import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';

import { HostProvider } from '../components/host-provider';
import { createApiClient } from '../lib/api-client';

import { createFakeHost } from './fake-host';

/** Renders `ui` with a fake host and the real API client over a fetch spy. */
export function renderWithHost(ui: ReactElement, responses: Response[]) {
  const host = createFakeHost();
  const fetch = vi.fn<typeof globalThis.fetch>();
  for (const response of responses) {
    fetch.mockResolvedValueOnce(response);
  }
  const api = createApiClient({ host, fetch });
  const result: RenderResult = render(
    <HostProvider host={host} api={api}>
      {ui}
    </HostProvider>,
  );
  return { ...result, host, fetch };
}
