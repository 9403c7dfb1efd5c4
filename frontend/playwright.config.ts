import { defineConfig } from '@playwright/test'

// Runs against a server that is already up (the Makefile starts it); uses the system Chromium.
export default defineConfig({
  testDir: 'e2e',
  reporter: 'list',
  retries: 0,
  workers: 1,
  fullyParallel: false,
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
