import { richTextNode } from '../model/richText.ts';
import type { ConceptJSON } from './conceptJsonSchema.ts';

/** Refuses Concept JSON with a rich-text body the concept schema cannot hold, naming its path. */
export function checkRichTexts(json: ConceptJSON): void {
  richTextNode(json.vision, 'vision');
  json.chapters.forEach((c, i) => {
    richTextNode(c.body, `chapters.${i}.body`);
  });
  json.goals.forEach((g, i) => {
    richTextNode(g.description, `goals.${i}.description`);
  });
  json.measures.forEach((m, i) => {
    richTextNode(m.description, `measures.${i}.description`);
  });
}
