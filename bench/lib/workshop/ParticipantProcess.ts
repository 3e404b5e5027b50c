import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromParticipants, ToParticipants } from './ParticipantMessage.ts';

const main = fileURLToPath(new URL('./participantMain.ts', import.meta.url));

/** A child process playing some of the participants, so their requests do not compete with the watchers. */
export class ParticipantProcess {
  readonly #child: ChildProcess;

  constructor() {
    this.#child = fork(main, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  /** Sends `message` and resolves with the answer of type `reply`; fails if the child dies or after 2 minutes. */
  request<T extends FromParticipants['type']>(
    message: ToParticipants,
    reply: T,
  ): Promise<Extract<FromParticipants, { type: T }>> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.#child.off('message', listener);
        this.#child.off('exit', onExit);
      };
      const listener = (answer: FromParticipants) => {
        if (answer.type !== reply) return;
        done();
        resolve(answer as Extract<FromParticipants, { type: T }>);
      };
      const onExit = (code: number | null) => {
        done();
        reject(new Error(`participant process exited (${code}) while waiting for '${reply}'`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`participant process did not answer '${message.type}' within 2 minutes`));
      }, 120_000);
      this.#child.on('message', listener);
      this.#child.once('exit', onExit);
      this.#child.send(message);
    });
  }

  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill();
  }
}
