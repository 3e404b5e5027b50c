import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deleteWorkshop } from '@werkbank/concept';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const SECRET = 'Ein Vorschlag mit persoenlichen Angaben 4711';

let server: TestServer;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.dispose();
});

function backupBytes(dataDir: string, target: string): Promise<Buffer> {
  const db = new Database(join(dataDir, 'werkbank.sqlite'), { readonly: true });
  return db
    .backup(target)
    .then(() => readFileSync(target))
    .finally(() => db.close());
}

describe('deleting a workshop', () => {
  it('leaves its proposals in no backup of the database made afterwards', async () => {
    // Compaction on its usual schedule would come only after the test: the deletion itself must trigger it.
    server = await startServer({ sync: { compactDelayMs: 60_000, compactMaxWaitMs: 120_000 } });
    const concept = await createConcept(server.url);
    const { workshopId, token } = await createWorkshop(server, concept);
    const sent = await api(server.url, 'POST', `/api/workshops/${concept.id}/${workshopId}/proposals`, {
      token,
      headers: { 'x-participant': 'participant-secret-1' },
      body: { submissionId: 'submission-0001', text: SECRET, displayName: 'Vorname Nachname' },
    });
    expect(sent.status).toBe(201);
    const before = await backupBytes(server.dataDir, join(server.dataDir, 'before.sqlite'));
    expect(before.includes(SECRET)).toBe(true);

    const moderator = connectClient(server.wsUrl, concept.id, concept.ownerToken);
    clients.push(moderator);
    await moderator.firstSync;
    deleteWorkshop(moderator.doc, workshopId);
    await waitFor(() => !JSON.stringify(moderator.doc.toJSON()).includes(SECRET), 'deleted on the client');
    let after = before;
    for (let attempt = 0; attempt < 50 && after.includes(SECRET); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await backupBytes(server.dataDir, join(server.dataDir, `after-${attempt}.sqlite`));
    }
    for (const trace of [SECRET, 'Vorname Nachname', 'participant-secret-1'])
      expect(after.includes(trace)).toBe(false);
    const backup = await api(server.url, 'GET', `/api/concepts/${concept.id}/backup`, {
      token: concept.ownerToken,
    });
    expect(JSON.stringify(backup.body)).not.toContain(SECRET);
  });
});
