import type { PresenceLocation } from './PresenceLocation.ts';

/** One connected user as awareness reports them. */
export interface PresenceUser {
  clientId: number;
  name: string;
  color: string;
  location: PresenceLocation | null;
  /** The text field they are typing in (`collection/id/field`), if any. */
  field: string | null;
  isSelf: boolean;
}
