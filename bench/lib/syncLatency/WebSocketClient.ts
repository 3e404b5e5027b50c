import { createRequire } from 'node:module';

/** The part of a `ws` client socket the benchmark uses (the bench package carries no @types/ws). */
export interface WsClient {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(): void;
  on(event: 'open', listener: () => void): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'close', listener: (code: number) => void): void;
}

/** `ws`'s WebSocket class, loaded through require so it needs no type package. */
export const WebSocketClient = createRequire(import.meta.url)('ws') as {
  new (url: string): WsClient;
  OPEN: number;
};
