import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConceptConnection } from './ConceptConnection.ts';

const SOON = { timeout: 10_000 };
let connection: ConceptConnection;
let concepts = 0;

/** Dispatches `beforeunload` as the browser does when the page is about to go; true if it asked to stay. */
function leavingIsQuestioned(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

// The network cannot be unplugged in jsdom; navigator.onLine is what the connection reads.
beforeEach(async () => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  connection = new ConceptConnection(`c${++concepts}`, 'token');
  await connection.persistence.whenSynced;
});

afterEach(() => {
  connection.destroy();
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('ConceptConnection offline', () => {
  it('says an edit is being saved on this device until IndexedDB has committed it', async () => {
    expect(connection.getStatus()).toBe('offline');
    connection.doc.getText('body').insert(0, 'Im Zug ohne Netz.');
    expect(connection.getStatus()).toBe('storing');
    await vi.waitFor(() => expect(connection.getStatus()).toBe('offline'), SOON);
  });

  it('asks before the page goes while an edit is neither on the server nor on this device', async () => {
    expect(leavingIsQuestioned()).toBe(false);
    connection.doc.getText('body').insert(0, 'Im Zug ohne Netz.');
    expect(connection.unsafe).toBe(true);
    expect(leavingIsQuestioned()).toBe(true);
    await vi.waitFor(() => expect(connection.unsafe).toBe(false), SOON);
    expect(leavingIsQuestioned()).toBe(false);
  });

  it('stops asking once destroyed', () => {
    connection.doc.getText('body').insert(0, 'Im Zug ohne Netz.');
    expect(connection.unsafe).toBe(true);
    connection.destroy();
    expect(leavingIsQuestioned()).toBe(false);
  });
});
