/** What a person may do in a concept, as the server says. */
export type Role = 'owner' | 'editor' | 'viewer';

/** A concept opened on this device, remembered with the token that opens it. */
export interface RecentConcept {
  id: string;
  title: string;
  territory: string;
  role: Role;
  token: string;
  /** False until the server confirmed role and title for this token. */
  confirmed?: boolean;
  /** ISO timestamp. */
  lastOpened: string;
}
