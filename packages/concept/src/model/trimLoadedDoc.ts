import * as Y from 'yjs';
import { CompactMap, NO_LISTENERS, shareEmptyEventHandlers } from './lazyTypeParts.ts';

/** Strings longer than this are rarely repeated (texts, not keys, ids or choices): not worth a lookup. */
const MAX_SHARED_STRING = 64;

// The parts of Yjs's types the trim replaces; Yjs's typings keep them internal.
interface TypeInternals {
  _map: Map<string, Y.Item> | CompactMap<string, Y.Item>;
  _eH: { l: unknown[] };
  _dEH: { l: unknown[] };
}

/**
 * Gives back what a document Yjs has just decoded holds in excess, without changing the document. For the
 * 300-measure benchmark concept (25,919 items, 9,949 of them nested types) a loaded concept takes about 8 MiB of
 * a server's heap instead of 12.7; a server keeps one per loaded concept, the web app one per open concept.
 * - Every value of a Y.Map or Y.Array (a `ContentAny`) is decoded by pushing onto an empty array, which V8 grows
 *   to room for 17 values; most hold one. An exact copy of each array frees the rest; Yjs replaces these arrays
 *   itself when it splits or merges items, so nothing else refers to them.
 * - Every decoded string is a copy of its own: the field names under which each entity keeps its values, the
 *   ids its links name, its status. Equal short strings become one.
 * - Each nested type has a key map with a hash table, though most hold a few keys or none (a text has no keys):
 *   maps of at most 32 keys become one array of keys and values (`CompactMap`).
 * - Each nested type has two lists of observers, though only an editor or a view observes a type: empty ones
 *   become one shared empty list (`NO_LISTENERS`), and `observe` gives a type a list of its own first.
 * The server trims each concept it loads, the web app its copy once it is loaded from the device or the server.
 * @example const doc = loadDoc(stored, log); trimLoadedDoc(doc);
 */
export function trimLoadedDoc(doc: Y.Doc): void {
  shareEmptyEventHandlers();
  const strings = new Map<string, string>();
  const shared = (value: string): string => {
    if (value.length > MAX_SHARED_STRING) return value;
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      if (struct.parentSub !== null) struct.parentSub = shared(struct.parentSub);
      const content = struct.content;
      if (content instanceof Y.ContentAny)
        content.arr = content.arr.map((value) => (typeof value === 'string' ? shared(value) : value));
      else if (content instanceof Y.ContentType) trimType(content.type as unknown as TypeInternals, shared);
    }
  }
  for (const type of doc.share.values()) trimType(type as unknown as TypeInternals, shared);
}

function trimType(type: TypeInternals, shared: (value: string) => string): void {
  if (type instanceof Y.XmlElement) type.nodeName = shared(type.nodeName);
  // The same entries in the same order, under the shared key strings; in one array where there are few.
  if (type._map instanceof Map) type._map = CompactMap.of(type._map, shared);
  if (type._eH.l.length === 0) type._eH = NO_LISTENERS;
  if (type._dEH.l.length === 0) type._dEH = NO_LISTENERS;
}
