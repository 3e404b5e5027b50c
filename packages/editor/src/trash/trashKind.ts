import { keys } from '@werkbank/concept';
import type { EditorMessageKey } from '../i18n/editorMessagesDe.ts';

type Kind = 'measure' | 'goal' | 'field' | 'actor' | 'chapter';

function kindOf(collection: keys.CollectionKey): Kind {
  switch (collection) {
    case keys.MEASURES:
      return 'measure';
    case keys.GOALS:
      return 'goal';
    case keys.FIELDS_OF_ACTION:
      return 'field';
    case keys.ACTORS:
      return 'actor';
    default:
      return 'chapter';
  }
}

/** The message key naming what kind of element an entry of `collection` is ("Maßnahme", "Ziel", …). */
export function trashKind(collection: keys.CollectionKey): EditorMessageKey {
  return `trash.kind.${kindOf(collection)}`;
}

/** The same with its article, as the object of a sentence ("die Maßnahme", "das Ziel", …). */
export function trashObject(collection: keys.CollectionKey): EditorMessageKey {
  return `trash.the.${kindOf(collection)}`;
}
