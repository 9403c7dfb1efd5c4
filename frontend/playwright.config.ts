import { defineConfig } from '@playwright/test'

// Runs against a server that is already up (the Makefile starts it); uses the system Chromium.
export default defineConfig({
  testDir: 'e2e',
  reporter: 'list',
  retries: 0,
  workers: 2,
  projects: [
    // The role walk only reads, each test as an account of its own: two browsers at once.
    { name: 'roles', testMatch: 'every-role.spec.ts', fullyParallel: true },
    // The other specs change the data they share, so they go one after another on a server;
    // scripts/test-browser.sh gives half of them to a second server of their own.
    { name: 'tasks', testIgnore: 'every-role.spec.ts', workers: 1 },
  ],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: process.env.DANGJIAN_E2E_BASE_URL,
    headless: true,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
})
