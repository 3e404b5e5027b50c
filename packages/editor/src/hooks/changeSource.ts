import * as Y from 'yjs';

/** A subscribable change counter over part of a concept Y.Doc. */
export interface ChangeSource {
  subscribe(listener: () => void): () => void;
  /**
   * Increases on every relevant change. While nobody listens (a view's first render, before React subscribes) it
   * cannot tell which changes are relevant, so it increases on every transaction of the document then.
   */
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

/**
 * Transactions begun and ended on each document: counted from the start and the end of each, so a read in the
 * middle of one does not count as current once it ends. One pair of listeners per document, for every source.
 */
const transactions = new WeakMap<Y.Doc, { count: number }>();

function transactionCount(doc: Y.Doc): { count: number } {
  let counter = transactions.get(doc);
  if (!counter) {
    const created = { count: 0 };
    const tick = () => {
      created.count++;
    };
    doc.on('beforeTransaction', tick);
    doc.on('afterTransaction', tick);
    transactions.set(doc, created);
    counter = created;
  }
  return counter;
}

function isRichTextEvent(event: Y.YEvent<Y.AbstractType<unknown>>): boolean {
  const target = event.target;
  return target instanceof Y.XmlFragment || target instanceof Y.XmlElement || target instanceof Y.XmlText;
}

function createSource(doc: Y.Doc, scope: ChangeScope): ChangeSource {
  const listeners = new Set<() => void>();
  const docTransactions = transactionCount(doc);
  let version = 0;
  // While nobody listens: the document's transaction count when `version` last caught up with it.
  let seen = docTransactions.count;
  const catchUp = () => {
    if (docTransactions.count === seen) return;
    seen = docTransactions.count;
    version++;
  };
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
    version: () => {
      if (!detach) catchUp();
      return version;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!detach) {
        // What changed since the last read without listeners; from now on the observers count.
        catchUp();
        detach = attach();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && detach) {
          detach();
          detach = undefined;
          seen = docTransactions.count;
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
