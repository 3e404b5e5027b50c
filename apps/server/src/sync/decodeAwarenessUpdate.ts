import * as decoding from 'lib0/decoding';

/** One client's entry in an awareness update; `state` null means the client left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
  /** Length of the state's JSON text. */
  bytes: number;
}

/** Decodes an awareness update completely (y-protocols would apply half of a broken one); throws if malformed. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    const state: unknown = JSON.parse(json);
    entries.push({ clientId, clock, state, bytes: json.length });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
  return entries;
}
