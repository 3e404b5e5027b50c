import { toJSON } from '@werkbank/concept';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ExportWorkerError } from './ExportWorkerError.ts';
import { exportDocx } from './exportDocx.ts';

/** A worker the browser could not start: it reports an error event instead of messages. */
class BrokenWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage() {
    queueMicrotask(() => this.onerror?.(new ErrorEvent('error', { message: 'SyntaxError: import' })));
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('exportDocx', () => {
  it('rejects with an ExportWorkerError carrying the browser’s detail when the worker fails', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const failure = exportDocx(toJSON(new Y.Doc()), {}, () => {});
    await expect(failure).rejects.toBeInstanceOf(ExportWorkerError);
    await expect(failure).rejects.toThrow('SyntaxError: import');
  });
});
