import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CI machine is a slow shared 2-core box: no timing-sensitive limits.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
