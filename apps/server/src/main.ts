import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from './createServer.ts';
import { workshopLimitsFromEnv } from './workshops/workshopLimitsFromEnv.ts';

const webDir = fileURLToPath(new URL('../../web/dist', import.meta.url));
// pnpm runs this in apps/server; a relative DATA_DIR means relative to where `pnpm start` was typed.
const invokedIn = process.env.INIT_CWD ?? process.cwd();
const server = createServer({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? '0.0.0.0',
  dataDir: resolve(invokedIn, process.env.DATA_DIR ?? 'data'),
  webDir: existsSync(webDir) ? webDir : undefined,
  publicUrl: process.env.PUBLIC_URL || undefined,
  syncMode: process.env.SQLITE_SYNC === 'full' ? 'full' : 'normal',
  trustProxy: trustProxySetting(process.env.TRUST_PROXY),
  creationLimit: {
    ...(process.env.CREATE_LIMIT_MAX ? { max: Number(process.env.CREATE_LIMIT_MAX) } : {}),
    ...(process.env.CREATE_LIMIT_WINDOW_MS ? { windowMs: Number(process.env.CREATE_LIMIT_WINDOW_MS) } : {}),
  },
  sync: process.env.UNLOAD_DELAY_MS ? { unloadDelayMs: Number(process.env.UNLOAD_DELAY_MS) } : {},
  workshops: workshopLimitsFromEnv(process.env),
});

/** `true`/`false`, or the reverse proxies' addresses (`127.0.0.1`, `10.0.0.0/8`, `loopback`, comma-separated). */
function trustProxySetting(value = ''): boolean | string {
  if (value === '' || value === 'false') return false;
  return value === 'true' ? true : value;
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.app.log.info({ event: 'shutdown', signal }, 'shutting down');
  await server.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

const { port } = await server.listen();
server.app.log.info({ event: 'listening', port }, `Werkbank läuft auf Port ${port}`);
