import type { RequestLog } from './ParticipantMessage.ts';
import { participantId } from './participantId.ts';
import type { WorkshopAddress } from './WorkshopAddress.ts';

/**
 * One participant request to the workshop interface (`route` after `/api/workshops/:conceptId/:workshopId`),
 * timed up to the answer's body and logged by status; resolves with the parsed body of a 2xx answer.
 */
export async function sendAs(
  address: WorkshopAddress,
  index: number,
  method: 'POST' | 'PUT',
  route: string,
  body: unknown,
  log: RequestLog,
): Promise<unknown> {
  const url = `${address.baseUrl}/api/workshops/${address.conceptId}/${address.workshopId}${route}`;
  const started = performance.now();
  let status = 'network';
  try {
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${address.token}`,
        'x-participant': participantId(index),
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    status = String(response.status);
    const answer = await response.text();
    log.latencies.push(performance.now() - started);
    return response.ok ? JSON.parse(answer) : undefined;
  } catch {
    return undefined;
  } finally {
    log.statuses[status] = (log.statuses[status] ?? 0) + 1;
  }
}
