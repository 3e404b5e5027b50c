import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { freePort } from '../syncLatency/freePort.ts';
import { stopServer } from '../syncLatency/stopServer.ts';
import { waitUntilUp } from '../syncLatency/waitUntilUp.ts';
import type { StoredProposal } from './StoredProposal.ts';
import { WorkshopStream } from './WorkshopStream.ts';
import type { WorkshopTarget } from './WorkshopTarget.ts';

const main = fileURLToPath(new URL('./referenceServerMain.ts', import.meta.url));

/**
 * The in-memory reference server as a child process (under tsx, like Werkbank's). It has no Y.Doc to sync,
 * so its moderator watches an event stream of its own, which is the fastest way this server can show anything.
 */
export async function spawnWorkshopReference(
  onModeratorSees: (text: string, at: number) => void,
): Promise<WorkshopTarget> {
  const port = await freePort();
  const token = randomUUID();
  const moderatorToken = randomUUID();
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      WORKSHOP_TOKEN: token,
      MODERATOR_TOKEN: moderatorToken,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = {
    name: 'reference (in memory, no Yjs)',
    child,
    serverUrl: baseUrl,
    room: 'ref',
    params: {},
  };
  const moderator = { authorization: `Bearer ${moderatorToken}`, 'content-type': 'application/json' };
  try {
    await waitUntilUp(`${baseUrl}/api/health`, child);
    const address = { baseUrl, conceptId: 'ref', workshopId: 'werkstatt', token };
    const stream = await WorkshopStream.open(
      `${baseUrl}/api/workshops/ref/werkstatt/events?token=${moderatorToken}`,
      onModeratorSees,
    );
    return {
      name: server.name,
      server,
      address,
      dotsPerParticipant: 5,
      moderator: {
        async startVoting() {
          await fetch(`${baseUrl}/bench/phase`, {
            method: 'POST',
            headers: moderator,
            body: '{"phase":"vote"}',
          });
        },
        close: () => stream.close(),
      },
      async readBack() {
        const response = await fetch(`${baseUrl}/bench/proposals`, { headers: moderator });
        return (await response.json()) as StoredProposal[];
      },
    };
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}
