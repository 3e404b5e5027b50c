import { Paragraph } from './body/model.ts';

/** The note under the heading of a part without content, when empty parts are kept. */
export function emptyMarker(text = '(noch ohne Inhalt)'): Paragraph {
  return new Paragraph({ style: 'EmptyMarker', text });
}
