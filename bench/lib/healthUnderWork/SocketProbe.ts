import * as Y from 'yjs';
import { encodeFrame } from '../syncLatency/encodeFrame.ts';
import { WebSocketClient, type WsClient } from '../syncLatency/WebSocketClient.ts';

function readVarUint(bytes: Uint8Array, offset: number): [value: number, next: number] {
  let value = 0;
  let shift = 1;
  let i = offset;
  for (;;) {
    const byte = bytes[i++] as number;
    value += (byte & 0x7f) * shift;
    if (byte < 0x80) return [value, i];
    shift *= 128;
  }
}

/**
 * A sync socket that measures the server's round trip: it sends sync step 1 with the state vector of the whole
 * concept and waits for the step 2 answer, which is then nearly empty, so the time is the server's, not the
 * encoding's.
 */
export class SocketProbe {
  readonly #ws: WsClient;
  readonly #doc = new Y.Doc();
  #stateVector: Uint8Array = new Uint8Array([0]);
  #answer: (() => void) | null = null;

  private constructor(url: string) {
    this.#ws = new WebSocketClient(url);
    this.#ws.binaryType = 'nodebuffer';
    this.#ws.on('message', (frame) => this.#receive(frame));
    this.#ws.on('close', (code) => {
      if (this.#answer) throw new Error(`the probe socket was closed with ${code}`);
    });
  }

  /** Opens the socket and reads the whole concept once. */
  static async open(url: string): Promise<SocketProbe> {
    const probe = new SocketProbe(url);
    await new Promise<void>((resolve, reject) => {
      probe.#ws.on('open', () => resolve());
      probe.#ws.on('error', reject);
    });
    await probe.roundTrip();
    probe.#stateVector = Y.encodeStateVector(probe.#doc);
    return probe;
  }

  /** Milliseconds from sending sync step 1 until its step 2 arrived. */
  async roundTrip(): Promise<number> {
    const started = performance.now();
    const answered = new Promise<void>((resolve) => {
      this.#answer = resolve;
    });
    this.#ws.send(encodeFrame([0, 0, this.#stateVector]));
    await answered;
    return performance.now() - started;
  }

  close(): void {
    this.#ws.close();
    this.#doc.destroy();
  }

  #receive(frame: Buffer): void {
    if (frame[0] !== 0 || frame[1] !== 1) return;
    const [length, start] = readVarUint(frame, 2);
    Y.applyUpdate(this.#doc, frame.subarray(start, start + length));
    const answer = this.#answer;
    this.#answer = null;
    answer?.();
  }
}
