import type { Role } from './Role.ts';

/** The roles that may read the concept document; workshop participants may not. */
export const readerRoles: readonly Role[] = ['owner', 'editor', 'viewer'];
