import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleConcept } from '@werkbank/concept';
import { freePort } from '../syncLatency/freePort.ts';
import type { SyncTarget } from '../syncLatency/SyncTarget.ts';
import { waitUntilUp } from '../syncLatency/waitUntilUp.ts';

const serverDir = fileURLToPath(new URL('../../../apps/server', import.meta.url));

/** The benchmark's server with the built web app and one imported sample concept; its first chapter. */
export interface TypingTarget extends SyncTarget {
  base: string;
  token: string;
  chapterId: string;
  title: string;
}

/**
 * Starts Werkbank's server (fresh data dir) and imports `sampleConcept(size)` as the benchmark concept: the
 * server's source (through tsx), or the built server `serverMain` (a `dist/main.js`). With SERVER_LOG=<level>
 * (e.g. info) the server's log lines go to standard output, to see when it loaded what.
 */
export async function startServerWithSample(
  size: {
    fields: number;
    goals: number;
    measures: number;
  },
  serverMain?: string,
): Promise<TypingTarget> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-typing-'));
  const args = serverMain ? [serverMain] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.SERVER_LOG ?? 'warn',
    },
    stdio: ['ignore', process.env.SERVER_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/api/health`, child);
  const concept = sampleConcept(size);
  const response = await fetch(`${base}/api/concepts/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(concept),
  });
  if (!response.ok) throw new Error(`import failed: ${response.status} ${await response.text()}`);
  const { id, ownerToken } = (await response.json()) as { id: string; ownerToken: string };
  const chapterId = concept.chapters[0]?.id;
  if (!chapterId) throw new Error('the sample has no chapter');
  return {
    name: 'Werkbank',
    child,
    base,
    serverUrl: `ws://127.0.0.1:${port}/sync`,
    room: id,
    params: { token: ownerToken },
    token: ownerToken,
    chapterId,
    title: concept.meta.title,
  };
}
