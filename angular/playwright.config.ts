import { defineConfig } from '@playwright/test';

/**
 * E2E against the real ASP.NET host, which serves the built console from its wwwroot:
 * `E2E_BASE_URL=http://127.0.0.1:5080 npm run e2e`. Without E2E_BASE_URL, `ng serve` is started and proxies
 * /api to a host on 127.0.0.1:5080 (proxy.conf.json).
 */
const externalServer = process.env['E2E_BASE_URL'];
const baseURL = externalServer ?? 'http://127.0.0.1:4200';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // The scenario creates committees and users; one worker keeps the two viewports from racing each other.
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: the Playwright browser download is not reachable from this network.
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1366, height: 768 } } },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: externalServer
    ? undefined
    : {
        command: 'npx ng serve --host 127.0.0.1 --port 4200',
        url: baseURL,
        reuseExistingServer: true,
        timeout: 180_000,
      },
});
