/**
 * The token each concept was last opened with on this page (from the address or pasted), by concept id:
 * lets the workspace say that a weaker link was opened while a stronger one is kept.
 */
export const arrivedLinks = new Map<string, string>();

/** Concepts whose link arrived in the address on this page load while this device had never had them. */
export const newOnDevice = new Set<string>();
