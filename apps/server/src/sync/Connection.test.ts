import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type WebSocket from 'ws';
import type { Link } from '../store/LinkStore.ts';
import { Connection } from './Connection.ts';
import { defaultSyncOptions } from './SyncOptions.ts';

class FakeSocket extends EventEmitter {
  readyState = 1;
  bufferedAmount = 0;
  paused = false;
  closedWith: number | null = null;
  sent: Uint8Array[] = [];
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  send(frame: Uint8Array) {
    this.sent.push(frame);
  }
  close(code: number) {
    this.closedWith = code;
  }
  ping() {}
  terminate() {}
}

const link: Link = {
  id: 'l1',
  conceptId: 'c1',
  role: 'editor',
  label: '',
  createdAt: '2026-01-01T00:00:00Z',
  expiresAt: null,
  revokedAt: null,
  workshopId: null,
};
const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as FastifyBaseLogger;

function connect(options: Partial<typeof defaultSyncOptions>, expiresAt: string | null = null) {
  const ws = new FakeSocket();
  const conn = new Connection(
    ws as unknown as WebSocket,
    { ...link, expiresAt },
    { ...defaultSyncOptions, ...options },
    silent,
  );
  const handled: number[] = [];
  conn.attach(
    (frame) => handled.push(frame[0] as number),
    () => {},
  );
  return { ws, conn, handled };
}

describe('Connection', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes with 4401 when a link expiring more than 24.8 days ahead expires, not before', () => {
    vi.useFakeTimers();
    const day = 24 * 60 * 60 * 1000;
    const expiresAt = new Date(Date.now() + 30 * day).toISOString();
    const { ws } = connect({ pingIntervalMs: 2 ** 31 - 1 }, expiresAt);
    vi.advanceTimersByTime(30 * day - 1000);
    expect(ws.closedWith).toBeNull();
    vi.advanceTimersByTime(2000);
    expect(ws.closedWith).toBe(4401);
  });

  it('pauses the socket when the rate limit is reached and handles the rest later, in order', async () => {
    const { ws, conn, handled } = connect({ rateBurst: 2, ratePerSecond: 100 });
    for (let i = 0; i < 5; i++) ws.emit('message', Buffer.from([i]), true);
    expect(handled).toEqual([0, 1]);
    expect(ws.paused).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handled).toEqual([0, 1, 2, 3, 4]);
    expect(ws.paused).toBe(false);
    conn.close(1000, 'done');
  });

  it('closes with 1008 when frames keep piling up behind the rate limit', () => {
    const { ws, handled } = connect({ rateBurst: 1, ratePerSecond: 1, maxQueuedMessages: 3 });
    for (let i = 0; i < 6; i++) ws.emit('message', Buffer.from([i]), true);
    expect(handled).toEqual([0]);
    expect(ws.closedWith).toBe(1008);
  });

  it('closes with 1008 when too many bytes wait behind the rate limit', () => {
    const { ws } = connect({ rateBurst: 1, ratePerSecond: 1, maxBufferedBytes: 100 });
    ws.emit('message', Buffer.alloc(10), true);
    ws.emit('message', Buffer.alloc(60), true);
    expect(ws.closedWith).toBeNull();
    ws.emit('message', Buffer.alloc(60), true);
    expect(ws.closedWith).toBe(1008);
  });

  it('closes a socket that does not read fast enough with 1013', () => {
    const { ws, conn } = connect({ maxBufferedBytes: 10 });
    ws.bufferedAmount = 11;
    conn.send(new Uint8Array([1]));
    expect(ws.sent).toEqual([]);
    expect(ws.closedWith).toBe(1013);
  });

  it('closes on text frames with 1003, and lets only owners and editors write', () => {
    const { ws, conn } = connect({});
    expect(conn.canWrite).toBe(true);
    ws.emit('message', Buffer.from('hallo'), false);
    expect(ws.closedWith).toBe(1003);
    expect(conn.isClosed).toBe(true);
  });
});
