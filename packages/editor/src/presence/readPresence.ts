import type { Awareness } from 'y-protocols/awareness';
import type { PresenceLocation } from './PresenceLocation.ts';
import type { PresenceUser } from './PresenceUser.ts';

const KINDS = new Set(['chapter', 'vision', 'goal', 'measure', 'fieldOfAction', 'actors', 'table']);

function readLocation(value: unknown): PresenceLocation | null {
  if (!value || typeof value !== 'object') return null;
  const { kind, id } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return null;
  return typeof id === 'string'
    ? { kind: kind as PresenceLocation['kind'], id }
    : { kind: kind as PresenceLocation['kind'] };
}

function readField(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 200 ? value : null;
}

/** Users with a `user` field in awareness, ordered by client id; malformed remote states are skipped. */
export function readPresence(awareness: Awareness): PresenceUser[] {
  const out: PresenceUser[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as Record<string, unknown>).user as Record<string, unknown> | undefined;
    if (!user || typeof user.name !== 'string') continue;
    out.push({
      clientId,
      name: user.name,
      color: typeof user.color === 'string' ? user.color : '#666666',
      location: readLocation((state as Record<string, unknown>).location),
      field: readField((state as Record<string, unknown>).field),
      isSelf: clientId === awareness.clientID,
    });
  }
  return out.sort((a, b) => a.clientId - b.clientId);
}
