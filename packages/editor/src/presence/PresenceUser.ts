import type { PresenceLocation } from './PresenceLocation.ts';

/** One connected user as awareness reports them. */
export interface PresenceUser {
  clientId: number;
  name: string;
  color: string;
  location: PresenceLocation | null;
  isSelf: boolean;
}
