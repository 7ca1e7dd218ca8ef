import { useMemo, type ReactNode } from 'react';

import { HostServicesContext, type HostServices } from '../lib/host-context';

export interface HostProviderProps extends HostServices {
  children: ReactNode;
}

export function HostProvider({ host, api, children }: HostProviderProps) {
  const services = useMemo(() => ({ host, api }), [host, api]);
  return (
    <HostServicesContext.Provider value={services}>{children}</HostServicesContext.Provider>
  );
}
