import type { FieldChange } from './ConceptComparison.ts';
import { diffText } from './diffText.ts';
import type { FieldValue } from './FieldValue.ts';
import { formattingChanges } from './formattingChanges.ts';

const EMPTY: Record<string, string> = { boolean: 'false' };

function isEmpty(value: FieldValue): boolean {
  return value.value === '' || value.value === EMPTY[value.type];
}

function change(field: FieldValue, before: string, after: string): FieldChange {
  const textual = field.type === 'text' || field.type === 'richText' || field.type === 'list';
  return {
    field: field.field,
    type: field.type,
    before,
    after,
    diff: textual ? diffText(before, after, field.type === 'list' ? 'lines' : 'words') : [],
  };
}

/**
 * The fields that differ between two states of one entity, rich text also when only its formatting changed; with
 * only one state (new or gone), every field that has a value, against nothing.
 */
export function compareFields(
  before: readonly FieldValue[] | undefined,
  after: readonly FieldValue[] | undefined,
): FieldChange[] {
  if (!before) return (after ?? []).filter((f) => !isEmpty(f)).map((f) => change(f, '', f.value));
  if (!after) return before.filter((f) => !isEmpty(f)).map((f) => change(f, f.value, ''));
  const changes: FieldChange[] = [];
  for (const [index, next] of after.entries()) {
    const previous = before[index];
    if (!previous) continue;
    const same = (previous.key ?? previous.value) === (next.key ?? next.value);
    const formatting =
      previous.formats && next.formats
        ? formattingChanges(
            { value: previous.value, formats: previous.formats },
            { value: next.value, formats: next.formats },
          )
        : [];
    if (same && formatting.length === 0) continue;
    const changed = change(next, previous.value, next.value);
    changes.push(formatting.length > 0 ? { ...changed, formatting } : changed);
  }
  return changes;
}
