import * as Y from 'yjs';
import { LazyEventHandler, LazyMap } from './lazyTypeParts.ts';

/** Strings longer than this are rarely repeated (texts, not keys, ids or choices): not worth a lookup. */
const MAX_SHARED_STRING = 64;

// The parts of Yjs's types the trim replaces; Yjs's typings keep them internal.
interface TypeInternals {
  _map: Map<string, Y.Item> | LazyMap<string, Y.Item>;
  _eH: { l: unknown[] };
  _dEH: { l: unknown[] };
}

/**
 * Gives back what a document Yjs has just decoded holds in excess, without changing the document. For the
 * 300-measure benchmark concept (25,919 items, 9,949 of them nested types) the Y.Doc's heap goes from about
 * 12.7 to 8.7 MiB; a server keeps one per loaded concept, the web app one per open concept.
 * - Every value of a Y.Map or Y.Array (a `ContentAny`) is decoded by pushing onto an empty array, which V8 grows
 *   to room for 17 values; most hold one. An exact copy of each array frees the rest; Yjs replaces these arrays
 *   itself when it splits or merges items, so nothing else refers to them.
 * - Every decoded string is a copy of its own: the field names under which each entity keeps its values, the
 *   ids its links name, its status. Equal short strings become one.
 * - Each nested type has a key map and two lists of observers, allocated even when empty, as most stay (a text
 *   has no keys; only an editor observes a type). Empty ones are replaced by stand-ins that allocate on first use.
 * The server trims each concept it loads, the web app its copy once it is loaded from the device or the server.
 * @example const doc = loadDoc(stored, log); trimLoadedDoc(doc);
 */
export function trimLoadedDoc(doc: Y.Doc): void {
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
  if (type._map instanceof Map) {
    if (type._map.size === 0) type._map = new LazyMap();
    else {
      // The same entries in the same order, under the shared key strings.
      const keyed = new Map<string, Y.Item>();
      for (const [key, item] of type._map) keyed.set(shared(key), item);
      type._map = keyed;
    }
  }
  if (!(type._eH instanceof LazyEventHandler) && type._eH.l.length === 0) type._eH = new LazyEventHandler();
  if (!(type._dEH instanceof LazyEventHandler) && type._dEH.l.length === 0)
    type._dEH = new LazyEventHandler();
}
