import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type WerkbankServer } from './createServer.ts';
import { settingsFromEnv } from './settings/settingsFromEnv.ts';

// WEB_DIR serves another build of the web app (a test build in its own folder); default: apps/web/dist.
const webDir = process.env.WEB_DIR || fileURLToPath(new URL('../../web/dist', import.meta.url));

// A bad setting or a data directory in use is a clear line on stderr and exit code 1, not a stack trace.
function startOrExit(): WerkbankServer {
  try {
    // pnpm runs this in apps/server; a relative DATA_DIR means relative to where `pnpm start` was typed.
    const settings = settingsFromEnv(process.env, process.env.INIT_CWD ?? process.cwd());
    return createServer({ ...settings, webDir: existsSync(webDir) ? webDir : undefined });
  } catch (error) {
    process.stderr.write(`Werkbank startet nicht. ${(error as Error).message}\n`);
    process.exit(1);
  }
}

const server = startOrExit();

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
