import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // One moto_server serves the whole run and is reset before each file, so
    // files run one after another (the machine has two cores anyway).
    fileParallelism: false,
    globalSetup: ['__tests__/setup/global-setup.ts'],
    setupFiles: ['__tests__/setup/reset-moto.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
