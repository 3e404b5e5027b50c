import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromClients, ToClients } from './WorkerMessage.ts';

const main = fileURLToPath(new URL('./clientProcessMain.ts', import.meta.url));

/** A child process running some of the benchmark's clients, so client work spreads over processes like browsers. */
export class ClientProcess {
  readonly #child: ChildProcess;

  constructor() {
    this.#child = fork(main, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  /** Sends `message` and resolves with the first answer of type `reply`; fails after a minute or if the child dies. */
  request<T extends FromClients['type']>(
    message: ToClients,
    reply: T,
  ): Promise<Extract<FromClients, { type: T }>> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.#child.off('message', listener);
        this.#child.off('exit', onExit);
      };
      const listener = (answer: FromClients) => {
        if (answer.type !== reply) return;
        done();
        resolve(answer as Extract<FromClients, { type: T }>);
      };
      const onExit = (code: number | null) => {
        done();
        reject(new Error(`client process exited (${code}) while waiting for '${reply}'`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`client process did not answer '${message.type}' within a minute`));
      }, 60_000);
      this.#child.on('message', listener);
      this.#child.once('exit', onExit);
      this.#child.send(message);
    });
  }

  send(message: ToClients): void {
    this.#child.send(message);
  }

  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill();
  }
}
