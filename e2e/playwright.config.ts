import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const root = join(import.meta.dirname, '..');
// WERKBANK_E2E_WEB_DIR tests a web build in another folder (`vite build --outDir …`), so parallel work needs no shared dist.
const webDir = process.env.WERKBANK_E2E_WEB_DIR ?? join(root, 'apps/web/dist');
if (!existsSync(join(webDir, 'index.html'))) {
  throw new Error(`The web app is not built in ${webDir}: run \`corepack pnpm build\` before the e2e tests.`);
}

// Workers load this file again: the port and data folder are chosen once and handed down by environment.
process.env.WERKBANK_E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
])
  .toString()
  .trim();
process.env.WERKBANK_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'werkbank-e2e-'));
const port = process.env.WERKBANK_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'apps/server/node_modules/.bin/tsx apps/server/src/main.ts',
    cwd: root,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The specs create all their concepts from 127.0.0.1: with retries, more than the default 20 per 10 minutes.
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: process.env.WERKBANK_E2E_DATA,
      CREATE_LIMIT_MAX: '10000',
      WEB_DIR: webDir,
    },
  },
});
