import * as Y from 'yjs';
import { fragmentText } from './fragmentText.ts';

// The rich-text body a changed type belongs to (a body is a plain XmlFragment; its blocks are XmlElements).
function bodyOf(type: Y.AbstractType<unknown> | null): Y.XmlFragment | null {
  let current = type;
  while (current) {
    if (current.constructor === Y.XmlFragment) return current as Y.XmlFragment;
    current = current.parent as Y.AbstractType<unknown> | null;
  }
  return null;
}

function allBodies(doc: Y.Doc): Y.XmlFragment[] {
  const bodies: Y.XmlFragment[] = [];
  for (const type of doc.share.values()) {
    if (type.constructor === Y.XmlFragment) bodies.push(type as Y.XmlFragment);
    if (!(type instanceof Y.Map)) continue;
    for (const entity of type.values())
      if (entity instanceof Y.Map)
        for (const value of entity.values()) if (value instanceof Y.XmlFragment) bodies.push(value);
  }
  return bodies;
}

// The words of a body: an editor may add or drop an empty block (a trailing paragraph after a list, as Tiptap
// does on opening a body that ends in one) without anyone writing; only a change of the words is an edit.
function wordsOf(body: Y.XmlFragment): string {
  return fragmentText(body).replace(/\s+/g, ' ').trim();
}

/** A type a transaction changed, with the map keys it changed (as `transaction.changed` gives them). */
export type ChangedType = [Y.AbstractType<unknown>, Set<string | null>];

/**
 * The text of every rich-text body, to tell an edit from a rewrite: an editor binding a body may rewrite its
 * structure without changing its text (opening a chapter does), and that is no edit.
 */
export class BodyTexts {
  private readonly texts: Map<Y.XmlFragment, string>;
  // What `edited` found for each transaction: every watcher of the doc asks about the same transactions.
  private readonly found = new WeakMap<Y.Transaction, ChangedType[]>();

  constructor(doc: Y.Doc) {
    this.texts = new Map(allBodies(doc).map((body) => [body, wordsOf(body)]));
  }

  /**
   * Takes the bodies a change from elsewhere (another replica, the browser's storage) touched as they are now,
   * and the bodies of entities it brought, so that the first keystroke in them is told from a rewrite too.
   */
  noteRemote(transaction: Y.Transaction): void {
    for (const [type, keys] of transaction.changed) {
      const body = bodyOf(type as Y.AbstractType<unknown>);
      if (body) this.texts.set(body, wordsOf(body));
      else if (type instanceof Y.Map) for (const key of keys) if (key !== null) this.noteNew(type.get(key));
    }
  }

  // A body, or an entity's bodies, that came into the document.
  private noteNew(value: unknown): void {
    if (value instanceof Y.XmlFragment && value.constructor === Y.XmlFragment)
      this.texts.set(value, wordsOf(value));
    else if (value instanceof Y.Map)
      for (const field of value.values())
        if (field instanceof Y.XmlFragment && field.constructor === Y.XmlFragment)
          this.texts.set(field, wordsOf(field));
  }

  /** The types a local transaction changed that are edits: any outside a body, a body's only when its text changed. */
  edited(transaction: Y.Transaction): ChangedType[] {
    const known = this.found.get(transaction);
    if (known) return known;
    const edited: ChangedType[] = [];
    this.found.set(transaction, edited);
    const changedBodies = new Map<Y.XmlFragment, boolean>();
    for (const [type, keys] of transaction.changed) {
      const body = bodyOf(type as Y.AbstractType<unknown>);
      if (!body) {
        edited.push([type as Y.AbstractType<unknown>, keys]);
        // An entity made here: its bodies as they start.
        if (type instanceof Y.Map) for (const key of keys) if (key !== null) this.noteNew(type.get(key));
        continue;
      }
      let changed = changedBodies.get(body);
      if (changed === undefined) {
        const text = wordsOf(body);
        // A body not seen before (it came with someone else's new entity) is taken as it is now.
        changed = this.texts.has(body) && this.texts.get(body) !== text;
        this.texts.set(body, text);
        changedBodies.set(body, changed);
      }
      if (changed) edited.push([type as Y.AbstractType<unknown>, keys]);
    }
    return edited;
  }
}

const shared = new WeakMap<Y.Doc, { texts: BodyTexts; users: number; stop(): void }>();

/**
 * The doc's `BodyTexts`, one for all who watch it at the same time (reading every body's words takes 45–90 ms for
 * 300 measures on a slow machine). It keeps itself current: it takes in every transaction (the words of what a local
 * one changed, those of what came from elsewhere) before its users' own `afterTransaction` handlers run, so each
 * asks `edited` and gets the same answer whatever order they run in. `release` when done; with nobody using it, it
 * stops, and the next user starts from the texts as they are then.
 */
export function shareBodyTexts(doc: Y.Doc): { texts: BodyTexts; release(): void } {
  let entry = shared.get(doc);
  if (!entry) {
    const texts = new BodyTexts(doc);
    const note = (transaction: Y.Transaction) => {
      if (transaction.local) texts.edited(transaction);
      else texts.noteRemote(transaction);
    };
    doc.on('afterTransaction', note);
    entry = { texts, users: 0, stop: () => doc.off('afterTransaction', note) };
    shared.set(doc, entry);
  }
  const current = entry;
  current.users++;
  let released = false;
  return {
    texts: current.texts,
    release() {
      if (released) return;
      released = true;
      current.users--;
      if (current.users > 0) return;
      current.stop();
      if (shared.get(doc) === current) shared.delete(doc);
    },
  };
}
