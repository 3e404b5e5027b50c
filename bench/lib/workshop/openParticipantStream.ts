import { type ClientRequest, get } from 'node:http';
import { participantId } from './participantId.ts';
import type { WorkshopAddress } from './WorkshopAddress.ts';

/** Holds a participant's own event stream open as the phone's page does, reading and dropping what comes. */
export function openParticipantStream(address: WorkshopAddress, index: number): ClientRequest {
  const { baseUrl, conceptId, workshopId, token } = address;
  const url = `${baseUrl}/api/workshops/${conceptId}/${workshopId}/events?token=${token}&participant=${participantId(index)}`;
  const request = get(url, (response) => response.resume());
  request.on('error', () => {});
  return request;
}
