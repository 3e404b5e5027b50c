import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ServerOptions, type WerkbankServer } from '../src/createServer.ts';

/** A real server on a free port with a temp data dir; `restart()` reopens it on the same port and dir. */
export interface TestServer {
  server: WerkbankServer;
  url: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  logs: string[];
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the server and deletes the data dir. */
  dispose(): Promise<void>;
}

export async function startServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'werkbank-test-'));
  const logs: string[] = [];
  const logger = { level: 'info', stream: { write: (line: string) => void logs.push(line) } };
  // Tests that create many concepts on one server are not about the creation limit; those that are set their own.
  const creationLimit = { max: 1000, ...options.creationLimit };
  // Nor about scheduled backups: those that are turn them on.
  const backups = { intervalMs: 0, ...options.backups };
  const make = (port: number) => createServer({ logger, ...options, creationLimit, backups, dataDir, port });
  let server = make(0);
  const { port, url } = await server.listen();
  let running = true;
  const test: TestServer = {
    server,
    url,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    port,
    dataDir,
    logs,
    async restart() {
      if (running) await server.close();
      server = make(port);
      test.server = server;
      await server.listen();
      running = true;
    },
    async stop() {
      if (running) await server.close();
      running = false;
    },
    async dispose() {
      await test.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return test;
}
