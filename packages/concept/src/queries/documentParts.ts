/** A structured part of the concept document, built from the concept's entities rather than from a chapter's text. */
export type StructuredPart =
  | 'vision'
  | 'goals'
  | 'fieldsOfAction'
  | 'measuresOverview'
  | 'measureSheets'
  | 'matrix';

/** The structured parts in the order the document places them when no chapter asks for them. */
export const STRUCTURED_PARTS: readonly StructuredPart[] = [
  'vision',
  'goals',
  'fieldsOfAction',
  'measuresOverview',
  'measureSheets',
  'matrix',
];

/** Template chapter keys whose chapter the structured parts take the place of; the first part opens with its text. */
export const PART_ANCHORS: Readonly<Record<string, readonly StructuredPart[]>> = {
  leitbild: ['vision'],
  ziele: ['goals'],
  handlungsfelder: ['fieldsOfAction'],
  massnahmen: ['measuresOverview', 'measureSheets', 'matrix'],
};

/** One part of the document in reading order: a chapter of its own, or a structured part (opened by `intro`). */
export type DocumentPart<C> = { part: 'chapter'; chapter: C } | { part: StructuredPart; intro?: C };

/**
 * The body of the concept document in order: the chapters, with the structured parts in the place of the
 * template chapters meant for them (Leitbild, Ziele, Handlungsfelder, Maßnahmen); a structured part no chapter
 * asks for comes just before the first later part a chapter places, else after the chapters. `include` leaves
 * parts out. The Word export and the document view in the browser both follow it.
 * @example documentParts(concept.chapters).map((p) => p.part) // ['chapter', 'vision', 'goals', …]
 */
export function documentParts<C extends { key: string }>(
  chapters: readonly C[],
  include: (part: StructuredPart) => boolean = () => true,
): DocumentPart<C>[] {
  const result: DocumentPart<C>[] = [];
  const placed = new Set<StructuredPart>();
  const anchoredSomewhere = new Set(chapters.flatMap((c) => PART_ANCHORS[c.key] ?? []));
  for (const chapter of chapters) {
    const anchored = (PART_ANCHORS[chapter.key] ?? []).filter((part) => include(part) && !placed.has(part));
    if (anchored.length === 0) {
      result.push({ part: 'chapter', chapter });
      continue;
    }
    // A part no chapter asks for comes before the parts that follow it ("Leitbild" before "Ziele"), not at the end.
    const first = STRUCTURED_PARTS.indexOf(anchored[0] as StructuredPart);
    for (const part of STRUCTURED_PARTS.slice(0, first)) {
      if (!include(part) || placed.has(part) || anchoredSomewhere.has(part)) continue;
      placed.add(part);
      result.push({ part });
    }
    anchored.forEach((part, index) => {
      placed.add(part);
      result.push(index === 0 ? { part, intro: chapter } : { part });
    });
  }
  for (const part of STRUCTURED_PARTS) {
    if (include(part) && !placed.has(part)) result.push({ part });
  }
  return result;
}
