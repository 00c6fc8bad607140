import { defineConfig } from 'vitest/config';

// One runner for every workspace's unit and API tests. Each test sits beside its subject.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
