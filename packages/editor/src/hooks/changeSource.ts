import * as Y from 'yjs';

/** A subscribable change counter over part of a concept Y.Doc. */
export interface ChangeSource {
  subscribe(listener: () => void): () => void;
  /** Increases on every relevant change; while nobody listens it cannot know, so it changes on every call. */
  version(): number;
  /** Memo shared by everyone reading through this source: one read per change, however many readers. */
  memo: WeakMap<object, { version: number; value: unknown }>;
}

/** What a source listens to. */
export interface ChangeScope {
  /** Root keys of Y.Maps to observe deeply (e.g. `keys.MEASURES`); none means the whole document. */
  keys?: readonly string[];
  /** Whether edits inside rich-text bodies count as changes (false keeps typing from re-reading lists). */
  richText?: boolean;
}

const sources = new WeakMap<Y.Doc, Map<string, ChangeSource>>();

function isRichTextEvent(event: Y.YEvent<Y.AbstractType<unknown>>): boolean {
  const target = event.target;
  return target instanceof Y.XmlFragment || target instanceof Y.XmlElement || target instanceof Y.XmlText;
}

function createSource(doc: Y.Doc, scope: ChangeScope): ChangeSource {
  const listeners = new Set<() => void>();
  let version = 0;
  const bump = () => {
    version++;
    for (const listener of [...listeners]) listener();
  };
  const onDeep = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    if (scope.richText || !events.every(isRichTextEvent)) bump();
  };
  const attach = () => {
    if (!scope.keys) {
      doc.on('update', bump);
      return () => doc.off('update', bump);
    }
    const types = scope.keys.map((key) => doc.getMap<unknown>(key));
    for (const type of types) type.observeDeep(onDeep);
    return () => {
      for (const type of types) type.unobserveDeep(onDeep);
    };
  };
  let detach: (() => void) | undefined;
  return {
    memo: new WeakMap(),
    version: () => (detach ? version : ++version),
    subscribe(listener) {
      listeners.add(listener);
      if (!detach) {
        detach = attach();
        version++;
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && detach) {
          detach();
          detach = undefined;
        }
      };
    },
  };
}

/** The shared change source of `doc` for `scope` (one per document and scope). */
export function changeSource(doc: Y.Doc, scope: ChangeScope = {}): ChangeSource {
  const id = `${scope.keys?.join(',') ?? '*'}|${scope.richText ? 'rt' : ''}`;
  let byScope = sources.get(doc);
  if (!byScope) {
    byScope = new Map();
    sources.set(doc, byScope);
  }
  let source = byScope.get(id);
  if (!source) {
    source = createSource(doc, scope);
    byScope.set(id, source);
  }
  return source;
}
