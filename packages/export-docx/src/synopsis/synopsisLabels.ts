import type { ActorType, ComparedKind } from '@werkbank/concept';

/** German names of the compared fields, as the Synopse prints them. */
export const fieldLabels: Record<string, string> = {
  vision: 'Leitbild',
  title: 'Titel',
  body: 'Text',
  description: 'Beschreibung',
  parentId: 'Übergeordnetes Ziel',
  fieldIds: 'Handlungsfelder',
  indicators: 'Indikatoren',
  targetDate: 'Zieldatum',
  isFocus: 'Schwerpunktziel',
  focusPeriod: 'Schwerpunkt im Förderzeitraum',
  code: 'Nummer',
  status: 'Status',
  priority: 'Priorität',
  isKeyMeasure: 'Schlüsselmaßnahme',
  primaryFieldId: 'Handlungsfeld',
  secondaryFieldIds: 'Weitere Handlungsfelder',
  goalIds: 'Ziele',
  phenomenonIds: 'Themenfelder',
  targetGroups: 'Zielgruppen',
  lead: 'Federführung',
  partners: 'Partner*innen',
  periodStart: 'Beginn',
  periodEnd: 'Ende',
  recurrence: 'Turnus',
  costs: 'Kosten',
  costLines: 'Kosten',
  funding: 'Finanzierung',
  name: 'Name',
  type: 'Art',
  notes: 'Notizen',
  territory: 'Gebiet',
  territoryType: 'Art des Gebiets',
  programme: 'Programm',
  fundingPeriod: 'Förderzeitraum',
  phase: 'Phase',
  titlePageText: 'Text des Titelblatts',
  goalLevels: 'Namen der Zielebenen',
};

/** German section headings of the Synopse, one per kind. */
export const sectionTitles: Record<ComparedKind, string> = {
  chapter: 'Kapitel',
  fieldOfAction: 'Handlungsfelder',
  goal: 'Ziele',
  measure: 'Maßnahmen',
  actor: 'Akteure',
};

/** German names of the actor types. */
export const actorTypeLabels: Record<ActorType, string> = {
  administration: 'Verwaltung',
  politics: 'Politik',
  'civil-society': 'Zivilgesellschaft',
  'migrant-organisation': 'Migrant*innenorganisation',
  'jewish-community': 'Jüdische Gemeinde',
  counselling: 'Beratungsstelle',
  police: 'Polizei',
  school: 'Schule',
  'youth-work': 'Jugendarbeit',
  sport: 'Sport',
  culture: 'Kultur',
  business: 'Wirtschaft',
  'religious-community': 'Religionsgemeinschaft',
  other: 'Sonstige',
};
