import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeEvent } from '../test/nodeEvent.ts';
import { type ClosingServer, startClosingServer } from '../test/startClosingServer.ts';
import { ConceptConnection } from './ConceptConnection.ts';
import { closeStatus } from './closeStatus.ts';

const SOON = { timeout: 10_000 };
let server: ClosingServer | undefined;
let connection: ConceptConnection | undefined;
let concepts = 0;

beforeAll(async () => {
  vi.stubGlobal('Event', await nodeEvent());
  vi.stubGlobal('navigator', { ...navigator, onLine: true });
});
afterAll(() => vi.unstubAllGlobals());

afterEach(async () => {
  connection?.destroy();
  await server?.stop();
});

async function closedWith(
  code: number,
  reason = '',
): Promise<{ connection: ConceptConnection; server: ClosingServer }> {
  server = await startClosingServer(code, reason);
  connection = new ConceptConnection(`closed-${++concepts}`, 'token', server.url);
  return { connection, server };
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('closeStatus', () => {
  it('names every final close code the server uses, and leaves the others to reconnect', () => {
    expect([4401, 4403, 4404].map((code) => closeStatus(code))).toEqual(['refused', 'refused', 'refused']);
    expect(closeStatus(4414)).toBe('tooLarge');
    expect(closeStatus(1009)).toBe('tooLarge');
    expect(closeStatus(4413)).toBe('conceptFull');
    expect(closeStatus(4400)).toBe('rejected');
    expect([1001, 1003, 1006, 1008, 1011, 1013].map((code) => closeStatus(code))).toEqual(
      Array(6).fill(null),
    );
  });

  it('stops on 1013 only for a cap on sockets, not for a socket that reads too slowly', () => {
    for (const reason of ['concept-full', 'readers-full', 'link-full', 'address-full'])
      expect(closeStatus(1013, reason)).toBe('crowded');
    expect(closeStatus(1013, 'too-slow')).toBeNull();
    expect(closeStatus(1013, '')).toBeNull();
  });
});

describe('ConceptConnection closed by the server', () => {
  it.each([
    [4414, 'tooLarge'],
    [1009, 'tooLarge'],
    [4413, 'conceptFull'],
    [4400, 'rejected'],
    [4404, 'refused'],
  ])('after %i says %s and does not try again on its own', async (code, status) => {
    const { connection, server } = await closedWith(code);
    await vi.waitFor(() => expect(connection.getStatus()).toBe(status), SOON);
    // y-websocket's first retries come after 200 ms and 400 ms.
    await pause(900);
    expect(server.upgrades).toBe(1);
    expect(connection.getStatus()).toBe(status);
  });

  it('keeps editing on the device while stopped, and connects again on retry()', async () => {
    const { connection, server } = await closedWith(4414);
    await vi.waitFor(() => expect(connection.getStatus()).toBe('tooLarge'), SOON);
    connection.doc.getText('body').insert(0, 'danach geschrieben');
    expect(connection.getStatus()).toBe('tooLarge');
    expect(connection.unsafe).toBe(true);
    await vi.waitFor(() => expect(connection.unsafe).toBe(false), SOON);
    connection.retry();
    await vi.waitFor(() => expect(server.upgrades).toBe(2), SOON);
  });

  it('after 1013 link-full says crowded, keeps the reason, waits for retry() and then connects again', async () => {
    const { connection, server } = await closedWith(1013, 'link-full');
    await vi.waitFor(() => expect(connection.getStatus()).toBe('crowded'), SOON);
    expect(connection.closeReason).toBe('link-full');
    await pause(900);
    expect(server.upgrades).toBe(1);
    connection.retry();
    await vi.waitFor(() => expect(server.upgrades).toBe(2), SOON);
  });

  it('reconnects on its own after 1013 too-slow', async () => {
    const { server } = await closedWith(1013, 'too-slow');
    await vi.waitFor(() => expect(server.upgrades).toBeGreaterThanOrEqual(2), SOON);
  });

  it('reconnects after a close that a retry can fix', async () => {
    const { server } = await closedWith(1011);
    await vi.waitFor(() => expect(server.upgrades).toBeGreaterThanOrEqual(2), SOON);
  });
});
