import type { StoredLink } from './StoredLink.ts';

/** What a person may do in a concept, as the server says. */
export type Role = 'owner' | 'editor' | 'viewer';

/** A concept opened on this device, with every link it was given and the one in use. */
export interface RecentConcept {
  id: string;
  title: string;
  territory: string;
  /** The role of the link in use: the strongest one kept, unless the person chose another for now. */
  role: Role;
  /** The token of the link in use. */
  token: string;
  /** False until the server confirmed role and title for the token in use. */
  confirmed?: boolean;
  /** True when the server refused the token in use and no other link is left. */
  refused?: boolean;
  /** ISO timestamp. */
  lastOpened: string;
  /** Every link kept on this device for the concept; the strongest is never replaced by a weaker one. */
  links?: StoredLink[];
  /** True from creating the concept until the owner confirmed they kept the owner link safe. */
  keepLinkSafe?: boolean;
}
