import type {
  ChapterStatus,
  ConceptMeta,
  CostSource,
  MeasureStatus,
  Priority,
  TerritoryType,
} from '@werkbank/concept';

/** German labels of the Concept JSON enums, as the council document prints them. */
export const germanLabels = {
  measureStatus: {
    idea: 'Idee',
    proposed: 'vorgeschlagen',
    prioritised: 'priorisiert',
    adopted: 'beschlossen',
    'in-progress': 'in Umsetzung',
    done: 'abgeschlossen',
    postponed: 'zurückgestellt',
    discontinued: 'eingestellt',
  } satisfies Record<MeasureStatus, string>,
  priority: { high: 'hoch', medium: 'mittel', low: 'niedrig' } satisfies Record<Priority, string>,
  conceptStatus: {
    draft: 'Entwurf',
    consultation: 'in Beteiligung',
    adopted: 'beschlossen',
    revision: 'in Fortschreibung',
  } satisfies Record<ConceptMeta['status'], string>,
  chapterStatus: {
    empty: 'leer',
    draft: 'Entwurf',
    review: 'in Abstimmung',
    final: 'abgestimmt',
  } satisfies Record<ChapterStatus, string>,
  territoryType: {
    kreis: 'Kreis',
    'kreisfreie-stadt': 'Kreisfreie Stadt',
    gemeinde: 'Gemeinde',
    institution: 'Institution',
  } satisfies Record<TerritoryType, string>,
  costSource: {
    landesmittel: 'Landesmittel',
    eigenanteil: 'Eigenanteil',
    drittmittel: 'Drittmittel',
    sonstige: 'Sonstige',
    unassigned: 'nicht zugeordnet',
  } satisfies Record<CostSource, string>,
};
