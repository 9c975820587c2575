import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// `npm run screenshots`: the README's pictures, taken by driving the built app like the end-to-end tests.
export default defineConfig({
  root,
  test: {
    globalSetup: ['test/setup/chromium.ts'],
    include: ['test/screenshots/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
