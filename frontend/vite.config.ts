import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * One HTML page per Atlassian Connect module. Vite writes `<name>.html` to the
 * top of `dist/`; the Java app serves those pages itself (injecting all.js
 * before `</head>`) and serves `dist/assets/**` at `/app/assets/**`.
 */
const ENTRIES = [
  'issue-panel',
  'program-page',
  'portfolio',
  'risk-register',
  'my-work',
  'admin',
  'gadget',
] as const;

const input = Object.fromEntries(
  ENTRIES.map((name) => [name, fileURLToPath(new URL(`./${name}.html`, import.meta.url))]),
);

export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser Jira Cloud supports has native modulepreload.
    modulePreload: { polyfill: false },
    // Vite 8's name for rollupOptions (the bundler is Rolldown).
    rolldownOptions: {
      input,
      output: {
        codeSplitting: {
          // Only statically imported ("$initial") modules are grouped, so lazily
          // loaded code such as the @atlaskit/tokens theme files stays in its own chunks.
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              tags: ['$initial'],
              priority: 30,
            },
            {
              // Atlaskit and everything it pulls in (feature flags, popper, …).
              name: 'atlaskit',
              test: /node_modules[\\/]/,
              tags: ['$initial'],
              priority: 20,
            },
            {
              // Our own shared code (lib, components, features) in one chunk.
              name: 'keystone',
              test: /[\\/]src[\\/](lib|components|features)[\\/]/,
              tags: ['$initial'],
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'sandbox-shell/src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
