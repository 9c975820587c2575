import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit and integration tests run in parallel; end-to-end tests drive one Chromium at a time.
export default defineConfig({
  root,
  test: {
    globalSetup: ['test/setup/chromium.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test/.artifacts/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          // a guard against a hang, not a speed check: real files, sockets and ptys on 2 shared cores
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
