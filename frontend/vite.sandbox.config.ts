import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The sandbox shell (a simulated Jira page) is built on its own so none of its code or
 * Atlaskit packages end up in Keystone's product bundles. Maven copies `dist-sandbox/` to
 * `static/sandbox/shell/`, which Spring serves at `/sandbox/shell/`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./sandbox-shell', import.meta.url)),
  base: '/sandbox/shell/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist-sandbox', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    // One page for developers on localhost, never loaded inside Jira: a single ~240 kB (gzip)
    // bundle is fine here, so don't warn about it on every build.
    chunkSizeWarningLimit: 1000,
  },
});
