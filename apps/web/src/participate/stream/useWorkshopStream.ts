import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { WorkshopAddress } from '../api/WorkshopAddress.ts';
import type { StreamState } from './StreamState.ts';
import { WorkshopStream } from './WorkshopStream.ts';

const CONNECTING: StreamState = { projection: null, status: 'connecting', error: null };
const idle = () => () => {};

/** Follows the workshop live while mounted; `onLive` runs each time the event stream (re)opens. */
export function useWorkshopStream(
  address: WorkshopAddress,
  onLive?: () => void,
): { state: StreamState; stream: WorkshopStream | null } {
  const [stream, setStream] = useState<WorkshopStream | null>(null);
  const onLiveRef = useRef(onLive);
  onLiveRef.current = onLive;
  const { conceptId, workshopId, token, participantId } = address;
  useEffect(() => {
    const created = new WorkshopStream(
      { conceptId, workshopId, token, ...(participantId ? { participantId } : {}) },
      { onLive: () => onLiveRef.current?.() },
    );
    setStream(created);
    return () => created.destroy();
  }, [conceptId, workshopId, token, participantId]);
  const state = useSyncExternalStore(stream?.subscribe ?? idle, stream?.getState ?? (() => CONNECTING));
  return { state, stream };
}
