import * as Y from 'yjs';
import { encodeFrame } from './encodeFrame.ts';
import { WebSocketClient, type WsClient } from './WebSocketClient.ts';

const STAMP = Buffer.from('~stamp:');
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/** Called for every send stamp a client receives. */
export type OnStamp = (writer: number, seq: number, sentAt: number) => void;

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
 * A y-websocket protocol client that speaks exactly what y-websocket 3.1 sends (sync step 1 and 2, updates,
 * awareness with renewal) but does not apply what it receives: it only reads the send stamps out of incoming
 * update frames. So a hundred of them fit on a small machine and the server does all the Yjs work.
 * Writers own a Y.Doc and send its updates.
 */
export class ProtocolClient {
  readonly ws: WsClient;
  readonly doc: Y.Doc | null;
  synced = false;
  readonly #index: number;
  readonly #onStamp: OnStamp;
  readonly #awarenessId = Math.floor(Math.random() * 2 ** 31);
  #awarenessClock = 0;
  #closing = false;
  readonly #renewal: NodeJS.Timeout;

  constructor(url: string, index: number, writer: boolean, onStamp: OnStamp) {
    this.#index = index;
    this.#onStamp = onStamp;
    this.doc = writer ? new Y.Doc() : null;
    this.ws = new WebSocketClient(url);
    this.ws.binaryType = 'nodebuffer';
    this.ws.on('open', () => {
      this.ws.send(encodeFrame([0, 0, this.doc ? Y.encodeStateVector(this.doc) : new Uint8Array([0])]));
      this.#sendAwareness();
    });
    this.ws.on('message', (data) => this.#receive(data));
    this.ws.on('error', (error) => console.error(`client ${index}: ${error.message}`));
    this.ws.on('close', (code) => {
      if (!this.#closing) console.error(`client ${index}: closed by the server with ${code}`);
    });
    this.doc?.on('update', (update: Uint8Array) => this.ws.send(encodeFrame([0, 2, update])));
    // y-websocket renews its presence every 15 s, well within the 30 s timeout.
    this.#renewal = setInterval(() => this.#sendAwareness(), 15_000);
  }

  close(): void {
    this.#closing = true;
    clearInterval(this.#renewal);
    this.ws.close();
    this.doc?.destroy();
  }

  #sendAwareness(): void {
    if (this.ws.readyState !== WebSocketClient.OPEN) return;
    const state = JSON.stringify({ user: { name: `Teilnehmer*in ${this.#index}`, color: '#1a7f5a' } });
    this.ws.send(encodeFrame([1, encodeFrame([1, this.#awarenessId, ++this.#awarenessClock, state])]));
  }

  #receive(frame: Buffer): void {
    if (frame[0] !== 0) return;
    if (frame[1] === 0) {
      const [length, start] = readVarUint(frame, 2);
      const stateVector = frame.subarray(start, start + length);
      this.ws.send(
        encodeFrame([0, 1, this.doc ? Y.encodeStateAsUpdate(this.doc, stateVector) : EMPTY_UPDATE]),
      );
    } else if (frame[1] === 1) {
      this.synced = true;
    } else if (frame[1] === 2) {
      this.#readStamps(frame);
    }
  }

  #readStamps(frame: Buffer): void {
    for (let at = frame.indexOf(STAMP); at !== -1; at = frame.indexOf(STAMP, at + 1)) {
      const end = frame.indexOf(59, at);
      const [writer, seq, sentAt] = frame
        .toString('latin1', at + STAMP.length, end)
        .split(':')
        .map(Number);
      if (writer !== this.#index) this.#onStamp(writer as number, seq as number, sentAt as number);
    }
  }
}
