import { createContext, useContext, useEffect } from 'react';

import type { ApiClient } from './api-client';
import type { Host } from './host';

export interface HostServices {
  host: Host;
  api: ApiClient;
}

export const HostServicesContext = createContext<HostServices | null>(null);

function useHostServices(): HostServices {
  const services = useContext(HostServicesContext);
  if (services === null) {
    throw new Error('Keystone components must be rendered inside <HostProvider>.');
  }
  return services;
}

export function useHost(): Host {
  return useHostServices().host;
}

export function useApi(): ApiClient {
  return useHostServices().api;
}

/** Asks the host to fit the iframe to the content whenever `revision` changes. */
export function useHostResize(revision: unknown): void {
  const host = useHost();
  useEffect(() => {
    host.resize();
  }, [host, revision]);
}
