import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection now. V8 collects when a program allocates, not when it goes quiet: a server whose last
 * concept just unloaded allocates almost nothing, so the hundreds of MB its documents took stayed in use (by the
 * heap's count and the resident set) until the next busy moment. `--expose-gc` is switched on here rather than on
 * every start command (systemd unit, container, scripts), and taken from a fresh context, where V8 installs it.
 * Returns false if this V8 does not offer it.
 */
export function collectGarbage(): boolean {
  if (!gc) {
    gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
    }
  }
  if (!gc) return false;
  gc();
  return true;
}
