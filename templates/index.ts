import { type ConceptTemplate, templateSchema } from '@werkbank/concept';
import antisemitism from './antisemitismuskritische-strukturentwicklung.json' with { type: 'json' };
import nrweltoffen from './nrweltoffen.json' with { type: 'json' };

/** Every bundled template, validated once at load so a broken file fails loudly. */
export const templates: readonly ConceptTemplate[] = [nrweltoffen, antisemitism].map((t) =>
  templateSchema.parse(t),
);

/** The template with `id`, or undefined. */
export function getTemplate(id: string): ConceptTemplate | undefined {
  return templates.find((t) => t.id === id);
}
