import '@atlaskit/css-reset';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('sandbox shell: no #root');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
