// Rendering the measures overview of a 1,000-measure concept (12 fields, 60 goals) in Debian's Chromium: the concept
// is opened at its overview and settled, then a link "Maßnahmenübersicht" is clicked; the time from the
// click until a frame after the table's first row is in the page (`performance.now()` in the page), the rows
// rendered, and the longest main-thread task meanwhile. "First" loads the view's code too; "again" comes back to
// it from the overview. Settings: RUNS (3), WEB_DIRS (comma-separated builds to compare, each
// served by its own server; default apps/web/dist). Needs Playwright from e2e's dependencies.
import { createRequire } from 'node:module';
import type { chromium as Chromium, Page } from '../e2e/node_modules/@playwright/test/index.js';
import { stopServer } from './lib/syncLatency/stopServer.ts';
import { startServerWithSample, type TypingTarget } from './lib/typingLatency/startServerWithSample.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const WEB_DIRS = (process.env.WEB_DIRS ?? '').split(',').filter(Boolean);
const { chromium } = createRequire(new URL('../e2e/package.json', import.meta.url))('@playwright/test') as {
  chromium: typeof Chromium;
};

interface Switch {
  ms: number;
  rows: number;
  longestTask: number;
}

/** Clicks the navigation's link to the measures overview and waits, in the page, for the table's first row. */
function switchToMeasures(page: Page): Promise<Switch> {
  return page.evaluate(async () => {
    let longestTask = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const link = [...document.querySelectorAll<HTMLAnchorElement>('a')].find((a) =>
      a.textContent?.startsWith('Maßnahmenübersicht'),
    );
    if (!link) throw new Error('no link to the measures overview');
    const start = performance.now();
    link.click();
    while (!document.querySelector('.wb-measures-table tbody tr.wb-measure-row'))
      await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ms = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    return {
      ms,
      rows: document.querySelectorAll('.wb-measures-table tbody tr.wb-measure-row').length,
      longestTask,
    };
  });
}

async function backToOverview(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Übersicht', exact: true }).click();
  await page.getByRole('heading', { name: 'Seit Ihrem letzten Besuch' }).waitFor();
  await page.waitForTimeout(1000);
}

const dirs = WEB_DIRS.length > 0 ? WEB_DIRS : [''];
const targets: TypingTarget[] = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const results = dirs.map(() => ({ first: [] as Switch[], again: [] as Switch[] }));
try {
  for (const dir of dirs) {
    if (dir) process.env.WEB_DIR = dir;
    targets.push(await startServerWithSample({ fields: 12, goals: 60, measures: 1000 }));
  }
  for (let run = 0; run < RUNS; run++) {
    for (const [i, target] of targets.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        const state = { locale: 'de', profile: { name: 'Bench', color: '#1d4ed8' }, navExpanded: {} };
        window.localStorage.setItem('werkbank.session', JSON.stringify({ state, version: 0 }));
      });
      const page = await context.newPage();
      await page.goto(`${target.base}/c/${target.room}#t=${target.token}`);
      await page.getByRole('heading', { name: 'Seit Ihrem letzten Besuch' }).waitFor();
      await page.getByText('1000 Maßnahmen in 12 Handlungsfeldern').waitFor();
      await page.waitForTimeout(2000);
      results[i]?.first.push(await switchToMeasures(page));
      await backToOverview(page);
      results[i]?.again.push(await switchToMeasures(page));
      await context.close();
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const show = (switches: Switch[]) =>
    `${Math.round(median(switches.map((s) => s.ms)))} ms (${switches.map((s) => Math.round(s.ms)).join(', ')}) | ` +
    `${median(switches.map((s) => s.rows))} | ${Math.round(median(switches.map((s) => s.longestTask)))} ms`;
  console.log('| build | switch | time to the table: median (runs) | rows rendered | longest task |');
  console.log('|---|---|---|---|---|');
  for (const [i, dir] of dirs.entries()) {
    const result = results[i];
    if (!result) continue;
    console.log(`| ${dir || 'apps/web/dist'} | first | ${show(result.first)} |`);
    console.log(`| ${dir || 'apps/web/dist'} | again | ${show(result.again)} |`);
  }
  console.log(`\nChromium ${browser.version()}, headless; ${RUNS} runs.`);
} finally {
  await browser.close();
  for (const target of targets) await stopServer(target);
}
