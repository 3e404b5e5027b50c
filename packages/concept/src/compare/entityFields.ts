import type {
  ActorJSON,
  ChapterJSON,
  ConceptJSON,
  FieldOfActionJSON,
  GoalJSON,
  IndicatorJSON,
  MeasureJSON,
} from '../json/conceptJsonSchema.ts';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import type { FieldValue } from './FieldValue.ts';
import { richTextRuns } from './richTextRuns.ts';

function text(field: string, value: string): FieldValue {
  return { field, type: 'text', value };
}

/** A rich-text body as lines, with each character's format. */
export function richText(field: string, doc: RichTextDoc): FieldValue {
  const { text: value, formats } = richTextRuns(doc);
  return { field, type: 'richText', value, formats };
}

function list(field: string, values: readonly string[]): FieldValue {
  return { field, type: 'list', value: values.join('\n') };
}

function references(field: string, ids: readonly string[], names: ReadonlyMap<string, string>): FieldValue {
  return {
    field,
    type: 'list',
    value: ids.map((id) => names.get(id) ?? id).join('\n'),
    key: [...ids].sort().join('\n'),
  };
}

function indicators(values: readonly IndicatorJSON[]): FieldValue {
  return list(
    'indicators',
    values.map((i) => {
      const target = [i.baseline, i.target].filter(Boolean).join(' → ');
      const detail = [target && `${target}${i.unit ? ` ${i.unit}` : ''}`, i.source].filter(Boolean);
      return detail.length ? `${i.name}: ${detail.join(' · ')}` : i.name;
    }),
  );
}

/** Names by id of what fields refer to, in one concept. */
export interface NameIndex {
  fields: ReadonlyMap<string, string>;
  goals: ReadonlyMap<string, string>;
  phenomena: ReadonlyMap<string, string>;
}

/** The names an entity's references show, read from its own concept. */
export function nameIndex(concept: ConceptJSON): NameIndex {
  return {
    fields: new Map(concept.fieldsOfAction.map((f) => [f.id, f.title])),
    goals: new Map(concept.goals.map((g) => [g.id, g.title])),
    phenomena: new Map(concept.phenomena.map((p) => [p.id, p.title])),
  };
}

/** The compared fields of each kind, in the order a reader expects them. */
export const entityFields = {
  chapter: (c: ChapterJSON): FieldValue[] => [text('title', c.title), richText('body', c.body)],
  fieldOfAction: (f: FieldOfActionJSON): FieldValue[] => [
    text('title', f.title),
    text('description', f.description),
  ],
  goal: (g: GoalJSON, names: NameIndex): FieldValue[] => [
    text('title', g.title),
    references('parentId', g.parentId ? [g.parentId] : [], names.goals),
    richText('description', g.description),
    references('fieldIds', g.fieldIds, names.fields),
    indicators(g.indicators),
    { field: 'targetDate', type: 'date', value: g.targetDate },
    { field: 'isFocus', type: 'boolean', value: String(g.isFocus) },
    text('focusPeriod', g.focusPeriod),
  ],
  measure: (m: MeasureJSON, names: NameIndex): FieldValue[] => [
    text('code', m.code),
    text('title', m.title),
    { field: 'status', type: 'enum', value: m.status },
    { field: 'priority', type: 'enum', value: m.priority ?? '' },
    { field: 'isKeyMeasure', type: 'boolean', value: String(m.isKeyMeasure) },
    references('primaryFieldId', m.primaryFieldId ? [m.primaryFieldId] : [], names.fields),
    references('secondaryFieldIds', m.secondaryFieldIds, names.fields),
    references('goalIds', m.goalIds, names.goals),
    references('phenomenonIds', m.phenomenonIds, names.phenomena),
    list('targetGroups', m.targetGroups),
    richText('description', m.description),
    text('lead', m.lead),
    list('partners', m.partners),
    { field: 'periodStart', type: 'date', value: m.periodStart },
    { field: 'periodEnd', type: 'date', value: m.periodEnd },
    text('recurrence', m.recurrence),
    list(
      'costLines',
      m.costLines.map((l) => `${l.year ?? 'ohne Jahr'}: ${l.amount} € (${l.source ?? 'nicht zugeordnet'})`),
    ),
    text('funding', m.funding),
    indicators(m.indicators),
  ],
  actor: (a: ActorJSON): FieldValue[] => [
    text('name', a.name),
    { field: 'type', type: 'enum', value: a.type },
    text('notes', a.notes),
  ],
};
