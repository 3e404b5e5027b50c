import type { SocketProbe } from './SocketProbe.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Round trips of /api/health and of a sync socket, each one at a time, `everyMs` apart, until stopped. */
export class Probes {
  health: number[] = [];
  socket: number[] = [];
  #running = true;
  readonly #loops: Promise<void>[];

  constructor(healthUrl: string, probe: SocketProbe, everyMs: number) {
    this.#loops = [
      this.#loop(async () => {
        const started = performance.now();
        const response = await fetch(healthUrl);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
        this.health.push(performance.now() - started);
      }, everyMs),
      this.#loop(async () => {
        this.socket.push(await probe.roundTrip());
      }, everyMs),
    ];
  }

  /** Starts a new phase: what was measured so far is returned and the lists start empty. */
  take(): { health: number[]; socket: number[] } {
    const taken = { health: this.health, socket: this.socket };
    this.health = [];
    this.socket = [];
    return taken;
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#loops);
  }

  async #loop(measure: () => Promise<void>, everyMs: number): Promise<void> {
    while (this.#running) {
      await measure();
      await sleep(everyMs);
    }
  }
}
