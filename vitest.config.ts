import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Office round-trip tests start LibreOffice; give them room, never a timing assertion.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
