import type { WorkshopProjection } from '@werkbank/concept';
import type { WorkshopRequestError } from '../api/WorkshopRequestError.ts';

/** `live`: the event stream is open; `refused`: the link no longer opens the workshop (final). */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

/** What a page shows of the workshop: the last projection received and how the connection is. */
export interface StreamState {
  projection: WorkshopProjection | null;
  status: StreamStatus;
  /** The last refusal or failure of a request, for the message to show. */
  error: WorkshopRequestError | null;
}
