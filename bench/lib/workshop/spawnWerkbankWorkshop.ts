import { spawnWerkbank } from '../syncLatency/spawnWerkbank.ts';
import { stopServer } from '../syncLatency/stopServer.ts';
import type { StoredProposal } from './StoredProposal.ts';
import type { WorkshopTarget } from './WorkshopTarget.ts';
import { YjsModerator } from './YjsModerator.ts';

interface ConceptJson {
  workshops: { id: string; dotsPerParticipant: number; proposals: StoredProposal[] }[];
}

/**
 * Werkbank's server (a fresh one from `spawnWerkbank`, with its workshop limits as shipped) with a workshop the
 * moderator created through the sync, and a workshop link for it.
 */
export async function spawnWerkbankWorkshop(
  onModeratorSees: (text: string, at: number) => void,
): Promise<WorkshopTarget> {
  const server = await spawnWerkbank();
  const baseUrl = server.serverUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
  const owner = { authorization: `Bearer ${server.params.token}` };
  let moderator: YjsModerator | undefined;
  try {
    moderator = await YjsModerator.open(server, onModeratorSees);
    const workshopId = moderator.createWorkshop();
    const token = await workshopLinkToken(baseUrl, server.room, owner, workshopId);
    return {
      name: server.name,
      server,
      address: { baseUrl, conceptId: server.room, workshopId, token },
      dotsPerParticipant: 5,
      moderator,
      async readBack() {
        const response = await fetch(`${baseUrl}/api/concepts/${server.room}`, { headers: owner });
        if (!response.ok) throw new Error(`reading the concept back answered ${response.status}`);
        const concept = (await response.json()) as ConceptJson;
        return concept.workshops.find((w) => w.id === workshopId)?.proposals ?? [];
      },
    };
  } catch (error) {
    moderator?.close();
    await stopServer(server);
    throw error;
  }
}

/** Issues the workshop link; the workshop reaches the server through the moderator's socket, so 404 means "not yet". */
async function workshopLinkToken(
  baseUrl: string,
  conceptId: string,
  owner: Record<string, string>,
  workshopId: string,
): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await fetch(`${baseUrl}/api/concepts/${conceptId}/links`, {
      method: 'POST',
      headers: { ...owner, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'workshop', workshopId, label: 'Benchmark' }),
    });
    if (response.status === 201) return ((await response.json()) as { token: string }).token;
    if (response.status !== 404) throw new Error(`creating the workshop link answered ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the workshop never reached the server');
}
