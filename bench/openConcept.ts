// Opening a concept in the built web app, in Debian's Chromium, from a fresh browser profile (first visit: no
// cache, no service worker, no IndexedDB) and again in the same profile (warm): when the title shows, when the
// navigation is complete, when a key pressed as soon as the chapter's editor is editable shows in it; the
// longest main-thread task until then; the bytes received over HTTP (assets, API, and the service worker's
// precache of the rest of the app after a first visit) and over the sync socket. Concepts of 25 and 300 measures (12 fields, 60 goals).
// Settings: RUNS (5), SIZES (25,300), WEB_DIRS (comma-separated builds of the web app to compare in one run, taking
// turns; the built app in apps/web/dist by default), SERVERS (comma-separated built servers, `…/dist/main.js`, each
// with every build of the web app, or with PAIRED=1 each with the build in the same place of WEB_DIRS; the server's
// source through tsx by default), NETWORK and PROFILE_DIR (below).
// The server keeps a concept loaded for 30 s after its last socket closed, so from the second run on a first visit
// mostly finds it loaded. COLD_SERVER=1 waits before each first visit until the server has unloaded the concept
// (with UNLOAD_DELAY_MS=3000 for the servers, a few seconds), so every first visit finds it stored only.
// Needs `corepack pnpm build` and Playwright from e2e's dependencies.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { chromium as Chromium, Page } from '../e2e/node_modules/@playwright/test/index.js';
import { countTransfer } from './lib/openConcept/countTransfer.ts';
import { type Opening, openOnce } from './lib/openConcept/openOnce.ts';
import { summarizeOpenings } from './lib/openConcept/summarizeOpenings.ts';
import { type OpeningExpectation, watchOpening } from './lib/openConcept/watchOpening.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';
import { startServerWithSample, type TypingTarget } from './lib/typingLatency/startServerWithSample.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = (process.env.SIZES ?? '25,300').split(',').map(Number);
const WEB_DIRS = (process.env.WEB_DIRS ?? '').split(',').filter(Boolean);
const SERVERS = (process.env.SERVERS ?? '').split(',').filter(Boolean);
// NETWORK=<Mbit/s down>/<ms round trip>, e.g. 16/40: Chromium's network emulation for each page (a municipal office
// line rather than loopback); unset, no emulation.
const NETWORK = process.env.NETWORK?.match(/^(\d+(?:\.\d+)?)\/(\d+)$/);
// PROFILE_DIR=<dir>: a CPU profile of each opening there (<build>-<measures>-<first|again>-<run>.cpuprofile).
const PROFILE_DIR = process.env.PROFILE_DIR;
const COLD_SERVER = process.env.COLD_SERVER === '1';
const dirs = WEB_DIRS.length > 0 ? WEB_DIRS : [''];
const servers = SERVERS.length > 0 ? SERVERS : [''];
// PAIRED=1 with as many SERVERS as WEB_DIRS: each server with its own build (before and after a change to both).
const builds =
  process.env.PAIRED === '1' && servers.length === dirs.length
    ? servers.map((server, i) => ({ server, dir: dirs[i] ?? '' }))
    : servers.flatMap((server) => dirs.map((dir) => ({ server, dir })));
const profileOf = (dir: string, measures: number, visit: string, run: number) =>
  PROFILE_DIR
    ? join(PROFILE_DIR, `${basename(dir) || 'dist'}-${measures}-${visit}-${run + 1}.cpuprofile`)
    : undefined;
const named = (server: string, dir: string, label: string) =>
  [server && `server ${server}`, dir, label].filter(Boolean).join(': ');

if (!existsSync(fileURLToPath(new URL('../apps/web/dist/index.html', import.meta.url)))) {
  console.error('The web app is not built: run `corepack pnpm build` first.');
  process.exit(1);
}
const { chromium } = createRequire(new URL('../e2e/package.json', import.meta.url))('@playwright/test') as {
  chromium: typeof Chromium;
};

async function emulateNetwork(page: Page): Promise<void> {
  if (!NETWORK) return;
  const bytesPerSecond = (Number(NETWORK[1]) * 1_000_000) / 8;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: Number(NETWORK[2]),
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond / 4,
  });
}

/** Waits until the server holds no concept in memory (its metrics say so). */
async function untilUnloaded(base: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const metrics = await (await fetch(`${base}/metrics`)).text();
    if (/^werkbank_loaded_concepts 0$/m.test(metrics)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server kept the concept loaded for two minutes: set UNLOAD_DELAY_MS');
}

const targets = new Map<string, TypingTarget>();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const results: { label: string; openings: Opening[]; precache: number[] }[] = [];
try {
  for (const { server, dir } of builds) {
    // The server serves the build named by WEB_DIR (its own default otherwise).
    if (dir) process.env.WEB_DIR = dir;
    for (const measures of SIZES)
      targets.set(
        `${server}|${dir}|${measures}`,
        await startServerWithSample({ fields: 12, goals: 60, measures }, server || undefined),
      );
  }
  const settings = builds.flatMap((build) => SIZES.map((measures) => ({ ...build, measures })));
  for (const { server, dir, measures } of settings) {
    results.push({
      label: named(server, dir, `${measures} measures, first visit`),
      openings: [],
      precache: [],
    });
    results.push({
      label: named(server, dir, `${measures} measures, again (cache, IndexedDB)`),
      openings: [],
      precache: [],
    });
  }
  for (let run = 0; run < RUNS; run++) {
    for (const [i, { server, dir, measures }] of settings.entries()) {
      const target = targets.get(`${server}|${dir}|${measures}`) as TypingTarget;
      const expect: OpeningExpectation = {
        title: target.title,
        measures,
        editorLabel: 'Kapiteltext',
        marker: '¤',
      };
      const url = `${target.base}/c/${target.room}/chapter/${target.chapterId}#t=${target.token}`;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        const state = { locale: 'de', profile: { name: 'Bench', color: '#1d4ed8' }, navExpanded: {} };
        window.localStorage.setItem('werkbank.session', JSON.stringify({ state, version: 0 }));
      });
      await context.addInitScript(watchOpening, expect);
      if (COLD_SERVER) await untilUnloaded(target.base);
      const whole = countTransfer(context);
      const first = await context.newPage();
      await emulateNetwork(first);
      const opening = await openOnce(first, url, expect, profileOf(dir, measures, 'first', run));
      // What the first visit costs in all: the service worker keeps the rest of the app on the device.
      await first.evaluate(() => navigator.serviceWorker.ready);
      await first.waitForTimeout(3000);
      const total = await whole.read();
      whole.stop();
      results[2 * i]?.openings.push(opening);
      results[2 * i]?.precache.push(total.serviceWorker);
      await first.close();
      const again = await context.newPage();
      await emulateNetwork(again);
      results[2 * i + 1]?.openings.push(
        await openOnce(again, url, expect, profileOf(dir, measures, 'again', run)),
      );
      await context.close();
    }
  }
  console.log(summarizeOpenings(results));
  const network = NETWORK
    ? `; network emulated at ${NETWORK[1]} Mbit/s down, ${NETWORK[2]} ms round trip`
    : '';
  console.log(`\nChromium ${browser.version()}, headless; ${RUNS} runs; median (max) per setting${network}.`);
} finally {
  await browser.close();
  for (const target of targets.values()) await stopServer(target);
}
