import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Build and CLI suites start child processes; two cores are all the machine has.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 300_000,
    // Gives the browser suites a shared folder, so the site is built once per run for all of them.
    globalSetup: ['tests/browser/globalSetup.ts'],
  },
})
