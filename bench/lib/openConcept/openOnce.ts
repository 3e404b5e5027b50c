import { writeFileSync } from 'node:fs';
import type { Page } from '../../../e2e/node_modules/@playwright/test/index.js';
import { countTransfer } from './countTransfer.ts';
import type { OpeningMarks } from './OpeningMarks.ts';
import type { OpeningExpectation } from './watchOpening.ts';

/** One opening of the chapter: milestones, longest task, bytes received until the keystroke landed. */
export interface Opening extends OpeningMarks {
  assets: number;
  api: number;
  serviceWorker: number;
  /** Payload bytes received over the sync socket (which HTTP's counts do not include). */
  socket: number;
}

/**
 * Opens `url` in `page` (whose context runs `watchOpening`), presses a key in the chapter's editor as soon as it
 * is editable and waits until the key shows.
 */
export async function openOnce(
  page: Page,
  url: string,
  expect: OpeningExpectation,
  /** Where to write a CPU profile of the page from navigation until the keystroke landed (.cpuprofile, for DevTools). */
  profilePath?: string,
): Promise<Opening> {
  const transfer = countTransfer(page.context());
  const profiler = profilePath ? await page.context().newCDPSession(page) : undefined;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.send('Profiler.start');
  }
  let socket = 0;
  page.on('websocket', (ws) => {
    if (!ws.url().includes('/sync/')) return;
    ws.on('framereceived', ({ payload }) => {
      socket += payload.length;
    });
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const editor = page.locator(`[contenteditable="true"][aria-label="${expect.editorLabel}"]`);
    await editor.waitFor({ timeout: 60_000 });
    await editor.pressSequentially(expect.marker);
    const marks = await page
      .waitForFunction(
        () => {
          const marks = (window as unknown as { __opening: OpeningMarks }).__opening;
          return marks.keystroke !== undefined && marks.navigation !== undefined && marks.title !== undefined
            ? marks
            : undefined;
        },
        undefined,
        { timeout: 60_000, polling: 50 },
      )
      .catch(async (error: Error) => {
        const seen = await page.evaluate(() => (window as unknown as { __opening: OpeningMarks }).__opening);
        throw new Error(`${error.message}; seen: ${JSON.stringify(seen)}`);
      });
    const bytes = await transfer.read();
    if (profiler && profilePath) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(profilePath, JSON.stringify(profile));
    }
    return { ...((await marks.jsonValue()) as OpeningMarks), ...bytes, socket };
  } finally {
    transfer.stop();
  }
}
