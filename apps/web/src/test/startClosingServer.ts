import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { Duplex } from 'node:stream';

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** A WebSocket endpoint that accepts every upgrade and closes it at once with one close code. */
export interface ClosingServer {
  /** The base URL to give the provider (it appends the room name). */
  url: string;
  /** How many times a client connected: a client that retries shows up here. */
  readonly upgrades: number;
  /** The payloads of the frames clients sent (unmasked), in order, while the server stays silent (`null`). */
  readonly frames: Uint8Array[];
  stop(): Promise<void>;
}

/**
 * Starts the endpoint on a free port; the server's own code paths for each close code are tested in apps/server.
 * `null`: it accepts the socket and then says nothing (a server that has not answered yet).
 */
export async function startClosingServer(code: number | null, reason = ''): Promise<ClosingServer> {
  const payload = Buffer.concat([Buffer.from([(code ?? 0) >> 8, (code ?? 0) & 0xff]), Buffer.from(reason)]);
  const server = createServer();
  let upgrades = 0;
  const frames: Uint8Array[] = [];
  const sockets = new Set<Duplex>();
  server.on('upgrade', (request, socket: Duplex) => {
    upgrades++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const accept = createHash('sha1')
      .update(`${request.headers['sec-websocket-key']}${WEBSOCKET_GUID}`)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    if (code === null) {
      readFrames(socket, (payload) => frames.push(payload));
      return;
    }
    // A close frame: FIN + opcode 8, the payload (under 126 bytes) holding the code and the reason.
    socket.end(Buffer.concat([Buffer.from([0x88, payload.length]), payload]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}/sync`,
    get upgrades() {
      return upgrades;
    },
    frames,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Calls `onFrame` with the payload of each frame a client sends (masked, as clients send them; up to 64 KiB). */
function readFrames(socket: Duplex, onFrame: (payload: Uint8Array) => void): void {
  let buffered = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      if (buffered.length < 2) return;
      const short = (buffered[1] ?? 0) & 0x7f;
      const header = short === 126 ? 4 : 2;
      if (short === 127 || buffered.length < header + 4) return;
      const length = short === 126 ? buffered.readUInt16BE(2) : short;
      const mask = buffered.subarray(header, header + 4);
      if (buffered.length < header + 4 + length) return;
      const payload = Buffer.from(buffered.subarray(header + 4, header + 4 + length));
      for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
      onFrame(new Uint8Array(payload));
      buffered = buffered.subarray(header + 4 + length);
    }
  });
}
