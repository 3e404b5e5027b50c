import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createConcept } from './factories.ts';
import { openRawSocket } from './rawSocket.ts';
import { readStoredDoc } from './readStoredDoc.ts';
import { freePort, killServer, spawnServer } from './spawnServer.ts';

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function isSyncStep2(data: Buffer): boolean {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  return (
    decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
  );
}

// The web app shows "Alle Änderungen gespeichert" when the server answers its sync step 1 (trackSaves.ts).
describe('the answer to a sync step 1', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-ack-'));
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child) await killServer(child, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('comes only after the updates sent before it are stored in SQLite', async () => {
    const port = await freePort();
    child = await spawnServer(port, dataDir);
    const { id, ownerToken } = await createConcept(`http://127.0.0.1:${port}`);
    const raw = await openRawSocket(`ws://127.0.0.1:${port}/sync`, id, ownerToken);
    // What SQLite held at the moment the answer arrived.
    const storedAtAnswer = new Promise<string>((resolve) =>
      raw.ws.on('message', (data: Buffer) => {
        if (isSyncStep2(data)) resolve(readStoredDoc(dataDir, id).getText('t').toString());
      }),
    );

    // A writer holding the database makes the server's store wait, so an early answer cannot go unnoticed.
    const lock = new Database(join(dataDir, 'werkbank.sqlite'));
    lock.exec('BEGIN IMMEDIATE');
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'gespeichert');
    const socket = (raw.ws as unknown as { _socket: Socket })._socket;
    socket.cork();
    raw.ws.send(syncFrame((e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))));
    raw.ws.send(syncFrame((e) => syncProtocol.writeSyncStep1(e, doc)));
    socket.uncork();
    await new Promise((resolve) => setTimeout(resolve, 500));
    lock.exec('ROLLBACK');
    lock.close();

    expect(await storedAtAnswer).toBe('gespeichert');
    raw.ws.close();
  });
});
