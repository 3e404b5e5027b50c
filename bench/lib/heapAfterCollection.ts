import type { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';

/**
 * A connection to a child process's inspector (started with `--inspect=127.0.0.1:0`): forces a full garbage
 * collection and reads the heap in use right after it. Without it a benchmark sees the heap at whatever point
 * V8's last collection left it, which moves by several MiB between runs of the same code.
 */
export class HeapProbe {
  readonly #socket: WebSocket;
  #nextId = 1;
  readonly #waiting = new Map<number, (result: unknown) => void>();

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
      if (message.id === undefined) return;
      this.#waiting.get(message.id)?.(message.result);
      this.#waiting.delete(message.id);
    });
  }

  /** Waits for the child's "Debugger listening on ws://…" line on stderr and connects. */
  static async attach(child: ChildProcess): Promise<HeapProbe> {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const onData = (chunk: Buffer) => {
        seen += chunk.toString();
        const found = /Debugger listening on (ws:\/\/\S+)/.exec(seen);
        if (!found?.[1]) return;
        child.stderr?.off('data', onData);
        resolve(found[1]);
      };
      child.stderr?.on('data', onData);
      child.once('exit', () => reject(new Error(`server exited before its inspector listened: ${seen}`)));
    });
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new HeapProbe(socket);
  }

  #call(method: string, params?: object): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#socket.send(JSON.stringify({ id, method, ...(params ? { params } : {}) }));
    });
  }

  /** The child's `process.memoryUsage()` (bytes): heap committed and in use, memory outside the heap. */
  async memoryUsage(): Promise<NodeJS.MemoryUsage> {
    const answer = (await this.#call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as { result: { value: string } };
    return JSON.parse(answer.result.value) as NodeJS.MemoryUsage;
  }

  /** Bytes of V8 heap in use after a full collection. */
  async usedAfterCollection(): Promise<number> {
    await this.#call('HeapProfiler.collectGarbage');
    const usage = (await this.#call('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  }

  close(): void {
    this.#socket.close();
  }
}
