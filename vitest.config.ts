import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Adapter tests start real servers on 127.0.0.1; a generous per-test bound keeps a hung socket from stalling CI.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
