import type { Connection } from './Connection.ts';
import type { SyncOptions } from './SyncOptions.ts';

/** Why a concept turns a socket away (closed with 1013), or null when it may join. */
export type AdmissionRefusal = 'concept-full' | 'readers-full' | 'link-full' | 'address-full';

/**
 * Checks a new socket against the concept's caps: in total, per link, per client address, and for viewers
 * below a share kept for editors and owners, so one shared viewer link cannot lock the writers out.
 */
export function admissionRefusal(
  connections: Iterable<Connection>,
  conn: Connection,
  options: SyncOptions,
): AdmissionRefusal | null {
  let total = 0;
  let sameLink = 0;
  let sameAddress = 0;
  for (const other of connections) {
    total++;
    if (other.link.id === conn.link.id) sameLink++;
    if (other.address === conn.address) sameAddress++;
  }
  if (total >= options.maxConnectionsPerConcept) return 'concept-full';
  if (!conn.canWrite && total >= options.maxConnectionsPerConcept - options.connectionsKeptForWriters)
    return 'readers-full';
  if (sameLink >= options.maxConnectionsPerLink) return 'link-full';
  if (sameAddress >= options.maxConnectionsPerAddress) return 'address-full';
  return null;
}
