import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS, so the worker runs the same under tsx, vitest and node.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

/** A running checkpointer; `stop` waits until its connection is closed. */
export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Copies the WAL into the database file from a worker thread with its own connection. A checkpoint fsyncs,
 * which on a busy disk takes tens of milliseconds; done on the main thread it would stall every socket.
 */
export function startCheckpointer(
  file: string,
  onError: (message: string) => void,
  intervalMs = 500,
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, intervalMs } });
  worker.unref();
  worker.on('message', (message: string) => onError(message));
  worker.on('error', (error) => onError(error.message));
  return {
    stop() {
      return new Promise((resolve) => {
        // Referenced again so the process waits for the connection to close.
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
        setTimeout(() => void worker.terminate(), 2000).unref();
      });
    },
  };
}
