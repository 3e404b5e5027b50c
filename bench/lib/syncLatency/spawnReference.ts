import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './freePort.ts';
import type { SyncTarget } from './SyncTarget.ts';
import { waitUntilUp } from './waitUntilUp.ts';

/** The reference: `@y/websocket-server` 0.1.1's own server.js (in memory, no YPERSISTENCE), as a child process. */
export async function spawnReference(): Promise<SyncTarget> {
  const port = await freePort();
  const pkg = fileURLToPath(import.meta.resolve('@y/websocket-server/package.json'));
  const child = spawn(process.execPath, [join(dirname(pkg), 'src/server.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitUntilUp(`http://127.0.0.1:${port}/`, child);
  return {
    name: 'y-websocket-server 0.1.1 (in memory)',
    child,
    serverUrl: `ws://127.0.0.1:${port}`,
    room: 'bench',
    params: {},
  };
}
