import type { SyncTarget } from './SyncTarget.ts';

/** Stops a server child (SIGTERM, SIGKILL after 5 s) and waits for it to exit. */
export function stopServer(target: SyncTarget): Promise<void> {
  const { child } = target;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
