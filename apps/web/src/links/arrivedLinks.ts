/**
 * The token each concept was last opened with on this page (from the address or pasted), by concept id:
 * lets the workspace say that a weaker link was opened while a stronger one is kept.
 */
export const arrivedLinks = new Map<string, string>();
