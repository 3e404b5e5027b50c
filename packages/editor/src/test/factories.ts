import type { Editor } from '@tiptap/core';
import { addFieldOfAction, addGoal, addMeasure, type RichTextDoc } from '@werkbank/concept';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

const REMOTE = Symbol('remote');

/** Two docs that sync every update to each other at once, like two browsers on one server. */
export function syncedDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE);
  });
  return [a, b];
}

/** A small concept: two fields of action, Leitziel → Mittlerziel → two Handlungsziele, two measures. */
export function smallConcept(doc: Y.Doc = new Y.Doc()) {
  const sport = addFieldOfAction(doc, { title: 'Sport' });
  const bildung = addFieldOfAction(doc, { title: 'Politische Bildung' });
  const leit = addGoal(doc, { title: 'Vielfalt wird gelebt' });
  const mittler = addGoal(doc, { title: 'Vereine sind offen', parentId: leit });
  const h1 = addGoal(doc, { title: 'Trainer*innen erkennen Diskriminierung', parentId: mittler });
  const h2 = addGoal(doc, { title: 'Betroffene kennen Beratung', parentId: mittler });
  const m1 = addMeasure(doc, {
    title: 'Fortbildung für Vereine',
    primaryFieldId: sport,
    goalIds: [h1],
    lead: 'Sportbund',
    status: 'proposed',
  });
  const m2 = addMeasure(doc, {
    title: 'Workshop an Schulen',
    primaryFieldId: bildung,
    lead: 'Jugendamt',
    status: 'idea',
  });
  return { doc, sport, bildung, leit, mittler, h1, h2, m1, m2 };
}

/** A rich-text body of one paragraph. */
export function paragraph(text: string): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** The Tiptap editor behind a rendered `RichTextEditor` (Tiptap hangs it on its DOM node). */
export function editorIn(container: HTMLElement, index = 0): Editor {
  const dom = container.querySelectorAll('.ProseMirror')[index] as
    | (HTMLElement & { editor?: Editor })
    | undefined;
  if (!dom?.editor) throw new Error('no editor rendered');
  return dom.editor;
}

/** An awareness with a named local user. */
export function userAwareness(doc: Y.Doc, name: string, color = '#1f6feb'): Awareness {
  const awareness = new Awareness(doc);
  awareness.setLocalStateField('user', { name, color });
  return awareness;
}
