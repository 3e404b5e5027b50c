import { keys } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ownerOnlyWrite } from './ownerOnlyWrite.ts';
import { PendingOwnerOnly } from './PendingOwnerOnly.ts';

/** A server doc with a phase set, and a client replica of it. */
function replicas() {
  const server = new Y.Doc();
  server.getMap(keys.META).set('phase', 'auftrag-struktur');
  server.getMap(keys.META).set('phase', 'bestandsaufnahme');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** What `change` writes on `client`, as the update it sends. */
function updateOf(client: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  change();
  return Y.encodeStateAsUpdate(client, before);
}

describe('ownerOnlyWrite', () => {
  it('finds a phase set or deleted, and passes other meta fields and a whole-state resend', () => {
    const { server, client } = replicas();
    const meta = client.getMap(keys.META);
    expect(
      ownerOnlyWrite(
        server,
        updateOf(client, () => meta.set('title', 'Neu')),
      ),
    ).toBeNull();
    // A full state (what a reconnecting client sends) holds the replaced phase in its delete set: not a write.
    expect(ownerOnlyWrite(server, Y.encodeStateAsUpdate(client))).toBeNull();
    expect(
      ownerOnlyWrite(
        server,
        updateOf(client, () => meta.set('phase', 'beschluss')),
      ),
    ).toBe('phase');
    const { server: s2, client: c2 } = replicas();
    expect(
      ownerOnlyWrite(
        s2,
        updateOf(c2, () => c2.getMap(keys.META).delete('phase')),
      ),
    ).toBe('phase');
  });

  it('finds a phase set on a document that never had one (the item names its parent)', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    expect(
      ownerOnlyWrite(
        server,
        updateOf(client, () => client.getMap(keys.META).set('phase', 'x')),
      ),
    ).toBe('phase');
  });

  it('places an item by the updates waiting in the same turn, and leaves one it cannot place to PendingOwnerOnly', () => {
    const { server, client } = replicas();
    const meta = client.getMap(keys.META);
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    client.getText('t').insert(0, 'a');
    client.getText('t').insert(1, 'b');
    meta.set('phase', 'umsetzung');
    meta.set('phase', 'beschluss');
    const [first, second, third, fourth] = updates as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    // Typing in a burst: the second letter builds on the first, which waits in the same turn.
    expect(ownerOnlyWrite(server, second, [first])).toBeNull();
    expect(ownerOnlyWrite(server, fourth, [third])).toBe('phase');
    // Built on an item the server does not have: Yjs keeps it pending, so it is not decided on arrival…
    expect(ownerOnlyWrite(server, fourth)).toBeNull();
    const pending = new PendingOwnerOnly();
    expect(
      pending.apply(
        server,
        false,
        () => false,
        () => Y.applyUpdate(server, fourth),
      ),
    ).toEqual([]);
    expect(server.getMap(keys.META).get('phase')).toBe('bestandsaufnahme');
    // …and put back when the update it builds on arrives, here even through the owner's socket.
    expect(
      pending.apply(
        server,
        true,
        () => false,
        () => Y.applyUpdate(server, third),
      ),
    ).toEqual(['phase']);
    expect(server.getMap(keys.META).get('phase')).toBe('bestandsaufnahme');
    // Nothing pending any more: the owner's own phase write goes through unwatched.
    const owner = new Y.Doc();
    Y.applyUpdate(owner, Y.encodeStateAsUpdate(server));
    const set = updateOf(owner, () => owner.getMap(keys.META).set('phase', 'evaluation'));
    pending.apply(
      server,
      true,
      () => true,
      () => Y.applyUpdate(server, set),
    );
    expect(server.getMap(keys.META).get('phase')).toBe('evaluation');
  });
});
