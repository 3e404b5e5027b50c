import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { quietDeviceLoad } from './quietDeviceLoad.ts';

let stored = 0;
const open: IndexeddbPersistence[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((persistence) => persistence.destroy()));
});

/** A device store holding a concept, as an earlier visit left it; returns its name. */
async function storeWithConcept(): Promise<string> {
  const name = `quiet-${++stored}`;
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  doc.getMap('meta').set('title', 'Vielfalt leben');
  doc.getText('notes').insert(0, 'Erste Fassung');
  // y-indexeddb writes in its own transaction: wait until a fresh reader sees it.
  for (;;) {
    const check = new Y.Doc();
    const reader = new IndexeddbPersistence(name, check);
    await reader.whenSynced;
    await reader.destroy();
    if (check.getText('notes').toString() === 'Erste Fassung') break;
  }
  await persistence.destroy();
  return name;
}

/** Opens the store into a new doc with an `update` listener attached first, as the app's trackers are. */
async function load(name: string, connected: boolean, beforeLoad: (doc: Y.Doc) => void = () => {}) {
  const doc = new Y.Doc();
  const heard: unknown[] = [];
  doc.on('update', (_update: Uint8Array, origin: unknown) => heard.push(origin));
  beforeLoad(doc);
  const persistence = new IndexeddbPersistence(name, doc);
  open.push(persistence);
  const stop = quietDeviceLoad(doc, persistence, () => connected);
  await persistence.whenSynced;
  return { doc, heard, persistence, stop };
}

describe('quietDeviceLoad', () => {
  it('loads the device’s copy without writing it out for the update listeners while the socket is not connected', async () => {
    const { doc, heard } = await load(await storeWithConcept(), false);
    expect(doc.getText('notes').toString()).toBe('Erste Fassung');
    expect(heard).toEqual([]);
    // Later edits reach the listeners as before.
    doc.getText('notes').insert(0, 'Zweite, ');
    expect(heard).toEqual([null]);
  });

  it('hands the load to the update listeners as usual while the socket is connected', async () => {
    const { doc, heard, persistence } = await load(await storeWithConcept(), true);
    expect(doc.getMap('meta').get('title')).toBe('Vielfalt leben');
    expect(heard).toEqual([persistence]);
  });

  it('puts the listeners back when an observer writes while the load is applied, so its edit is heard', async () => {
    let wrote = false;
    const { doc, heard, persistence } = await load(await storeWithConcept(), false, (doc) => {
      doc.getMap('meta').observe(() => {
        if (wrote) return;
        wrote = true;
        doc.getMap('meta').set('seen', true);
      });
    });
    expect(wrote).toBe(true);
    expect(doc.getMap('meta').get('seen')).toBe(true);
    expect(heard).toContain(null);
    expect(heard).toContain(persistence);
  });

  it('changes nothing once stopped', async () => {
    const name = await storeWithConcept();
    const doc = new Y.Doc();
    const heard: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => heard.push(origin));
    const persistence = new IndexeddbPersistence(name, doc);
    open.push(persistence);
    quietDeviceLoad(doc, persistence, () => false)();
    await persistence.whenSynced;
    expect(heard).toEqual([persistence]);
  });
});
