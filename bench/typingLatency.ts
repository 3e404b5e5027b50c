// Input-to-paint latency of typing in a chapter of the benchmark concept (12 fields of action, 60 goals,
// 300 measures) in the built web app, in Debian's Chromium: alone, then with OTHERS more people in the same
// chapter (y-websocket clients in this process) typing and moving their carets, side by side in one run.
// Rounds alternate (alone, with others, …) so both settings share the machine's noise.
// Settings: ROUNDS (3), KEYS per round (100), OTHERS (5), RATE characters/s per other person (5), DELAY ms
// between keys (80).
// Needs the built web app (`corepack pnpm build`) and Playwright from e2e's dependencies.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { chromium as Chromium } from '../e2e/node_modules/@playwright/test/index.js';
import { percentile } from './lib/syncLatency/percentile.ts';
import { stopServer } from './lib/syncLatency/stopServer.ts';
import { measureInPage } from './lib/typingLatency/measureInPage.ts';
import { startServerWithSample } from './lib/typingLatency/startServerWithSample.ts';
import { startTypist, type Typist } from './lib/typingLatency/startTypist.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const KEYS = Number(process.env.KEYS ?? 100);
const OTHERS = Number(process.env.OTHERS ?? 5);
const RATE = Number(process.env.RATE ?? 5);
const DELAY = Number(process.env.DELAY ?? 80);
const SIZE = { fields: 12, goals: 60, measures: 300 };
const COLORS = ['#b91c1c', '#047857', '#7e22ce', '#b45309', '#0e7490', '#be185d'];
const LABEL = 'Kapiteltext';

if (!existsSync(fileURLToPath(new URL('../apps/web/dist/index.html', import.meta.url)))) {
  console.error('The web app is not built: run `corepack pnpm build` first.');
  process.exit(1);
}
const { chromium } = createRequire(new URL('../e2e/package.json', import.meta.url))('@playwright/test') as {
  chromium: typeof Chromium;
};

const target = await startServerWithSample(SIZE);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const typists: Typist[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const session = {
      state: { locale: 'de', profile: { name: 'Bench', color: '#1d4ed8' }, navExpanded: {} },
      version: 0,
    };
    window.localStorage.setItem('werkbank.session', JSON.stringify(session));
  });
  const page = await context.newPage();
  await page.goto(`${target.base}/c/${target.room}/chapter/${target.chapterId}#t=${target.token}`);
  const editor = page.getByRole('textbox', { name: LABEL });
  await editor.waitFor({ timeout: 60_000 });
  await page.locator('[data-status="saved"]').waitFor({ timeout: 60_000 });
  await page.evaluate(measureInPage, LABEL);
  await editor.click();
  await page.keyboard.press('Control+End');

  let token = 0;
  async function run(): Promise<Float64Array> {
    await page.evaluate(() => {
      (window as unknown as { __typingSamples: number[] }).__typingSamples.length = 0;
    });
    await page.keyboard.press('Enter');
    let text = '';
    while (text.length < KEYS) text += `Q${String(token++).padStart(3, '0')} `;
    await page.keyboard.type(text.slice(0, KEYS), { delay: DELAY });
    await page.waitForFunction(
      (n: number) => (window as unknown as { __typingSamples: number[] }).__typingSamples.length >= n,
      KEYS,
      { timeout: 60_000 },
    );
    const samples = await page.evaluate(
      () => (window as unknown as { __typingSamples: number[] }).__typingSamples,
    );
    return Float64Array.from(samples).sort();
  }

  for (let i = 0; i < OTHERS; i++) {
    typists.push(await startTypist(target, `Person ${i + 1}`, COLORS[i % COLORS.length] as string, RATE));
  }
  const names = typists.map((_, i) => `Person ${i + 1}`);
  const navShows = (present: boolean) =>
    page.waitForFunction(
      ({ names, present }: { names: string[]; present: boolean }) =>
        names.every(
          (name) => Boolean(document.querySelector('nav')?.textContent?.includes(name)) === present,
        ),
      { names, present },
      { timeout: 30_000 },
    );
  const aloneSamples: number[] = [];
  const togetherSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const typist of typists) typist.pause();
    await navShows(false);
    aloneSamples.push(...(await run()));
    for (const typist of typists) typist.resume();
    await navShows(true);
    togetherSamples.push(...(await run()));
  }
  const alone = Float64Array.from(aloneSamples).sort();
  const together = Float64Array.from(togetherSamples).sort();
  const othersTyped = typists.reduce((sum, t) => sum + t.typed(), 0);

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const row = (name: string, s: Float64Array) =>
    `| ${name} | ${s.length} | ${ms(percentile(s, 50))} | ${ms(percentile(s, 95))} | ${ms(percentile(s, 99))} | ${ms(s[s.length - 1] ?? Number.NaN)} |`;
  console.log(
    `Concept: ${SIZE.fields} fields of action, ${SIZE.goals} goals, ${SIZE.measures} measures. ${ROUNDS} rounds of ${KEYS} keys per setting, ${DELAY} ms apart; keydown → first frame painted after the DOM shows the key.\n`,
  );
  console.log('| typing in a chapter | keys | p50 | p95 | p99 | max |');
  console.log('|---|---|---|---|---|---|');
  console.log(row('alone (reference)', alone));
  console.log(row(`with ${OTHERS} others typing ${RATE} chars/s each and moving carets`, together));
  console.log(
    `\nThe others typed ${othersTyped} characters during the runs; Chromium ${browser.version()}, headless.`,
  );
} finally {
  for (const typist of typists) typist.stop();
  await browser.close();
  await stopServer(target);
}
