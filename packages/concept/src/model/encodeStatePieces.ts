import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Structs per piece: a slow machine applies about this many in 0.06–0.1 s, garbage collection included (a
 * 300-measure concept holds some 26,000). With 3,000 a piece's task took up to 0.19 s on this machine.
 */
export const STRUCTS_PER_PIECE = 2000;

type Struct = Y.Item | Y.GC;

/**
 * The document's whole state as a few Yjs updates (format 1) that, applied one after another, give the same
 * document as `Y.encodeStateAsUpdate(doc)` applied at once, so a browser can apply a large concept in several
 * shorter tasks. Each piece holds a run of `perPiece` structs: the clients with the most structs first (the one
 * that created or imported the concept, whose items everyone else's refer to), each client's structs in the order
 * of their clocks (an item refers only to items that existed when it was made). The last piece carries the delete
 * set. An item whose origin lies in a later piece waits in Yjs's pending structs until that piece comes.
 */
export function encodeStatePieces(doc: Y.Doc, perPiece = STRUCTS_PER_PIECE): Uint8Array[] {
  const clients = [...doc.store.clients.entries()]
    .filter(([, structs]) => structs.length > 0)
    .sort(([a, sa], [b, sb]) => sb.length - sa.length || b - a) as [number, Struct[]][];
  const total = clients.reduce((sum, [, structs]) => sum + structs.length, 0);
  if (total <= perPiece) return [Y.encodeStateAsUpdate(doc)];

  const pieces: Uint8Array[] = [];
  // What the pieces so far hold, per client: the clock up to which they hold it.
  const held = new Map<number, number>();
  let runs: Run[] = [];
  let inPiece = 0;
  let placed = 0;
  placing: for (const [client, structs] of clients) {
    let from = 0;
    while (from < structs.length) {
      // What is left fits into one piece: the last one, with the delete set.
      if (total - placed <= perPiece) break placing;
      const to = Math.min(structs.length, from + perPiece - inPiece);
      runs.push({ client, structs, from, to });
      const last = structs[to - 1] as Struct;
      held.set(client, last.id.clock + last.length);
      placed += to - from;
      inPiece += to - from;
      from = to;
      if (inPiece === perPiece) {
        pieces.push(encodeRuns(runs));
        runs = [];
        inPiece = 0;
      }
    }
  }
  if (runs.length > 0) pieces.push(encodeRuns(runs));
  pieces.push(Y.encodeStateAsUpdate(doc, encodeStateVector(held)));
  return pieces;
}

type Run = { client: number; structs: Struct[]; from: number; to: number };

// One update of the given runs of structs, with an empty delete set, as Yjs writes an update itself.
function encodeRuns(runs: Run[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, runs.length);
  for (const { client, structs, from, to } of runs) {
    encoding.writeVarUint(encoder.restEncoder, to - from);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, (structs[from] as Struct).id.clock);
    for (let i = from; i < to; i++) (structs[i] as Struct).write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0); // delete set: none in this piece
  return encoder.toUint8Array();
}

function encodeStateVector(clocks: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
