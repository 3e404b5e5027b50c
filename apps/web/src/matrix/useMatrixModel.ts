import { goalMeasureMatrix } from '@werkbank/concept';
import { useFieldsOfAction, useGoals, useMeasures, useT } from '@werkbank/editor';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { ColumnGroup } from './MatrixHead.tsx';
import { STATE_CODE } from './MatrixRow.tsx';
import { ALL_FIELDS, NO_FIELD } from './MatrixTools.tsx';

/**
 * The live matrix with the columns the field filter shows (and the filter in effect): the groups, their measures in one row of columns, a
 * key that changes only when a column's code or title does, and each row's marks as a string.
 */
export function useMatrixModel(doc: Y.Doc, wanted: string) {
  const t = useT();
  const goals = useGoals(doc);
  const measures = useMeasures(doc);
  const fields = useFieldsOfAction(doc);
  // A kept filter whose field has since been deleted shows every field rather than an empty matrix.
  const filter = wanted === NO_FIELD || fields.some((f) => f.id === wanted) ? wanted : ALL_FIELDS;
  const matrix = useMemo(() => goalMeasureMatrix(goals, measures, fields), [goals, measures, fields]);
  const groups = useMemo<ColumnGroup[]>(() => {
    const title = new Map(fields.map((f) => [f.id, f.title.trim() || t('web.matrix.noField')]));
    return matrix.groups
      .filter((g) => g.measures.length > 0)
      .filter((g) => filter === ALL_FIELDS || (g.fieldId ?? NO_FIELD) === filter)
      .map((g) => ({
        key: g.fieldId ?? NO_FIELD,
        title: g.fieldId === null ? t('web.matrix.noField') : (title.get(g.fieldId) ?? ''),
        measures: g.measures,
      }));
  }, [matrix, fields, filter, t]);
  const columns = useMemo(() => groups.flatMap((g) => g.measures), [groups]);
  // The first column of each group, where a line separates the fields of action.
  const groupStarts = useMemo(() => {
    const starts = new Set<number>();
    let col = 0;
    for (const g of groups) {
      starts.add(col);
      col += g.measures.length;
    }
    return starts;
  }, [groups]);
  const columnsKey = columns.map((m) => `${m.id}\u0001${m.code}\u0001${m.title}`).join('\u0002');
  const { rows, coverage } = matrix;
  const states = useMemo(
    () => rows.map((node) => columns.map((m) => STATE_CODE[coverage.state(node.goal.id, m)]).join('')),
    [rows, columns, coverage],
  );
  const withoutGoal = useMemo(() => new Set(coverage.withoutGoal.map((m) => m.id)), [coverage]);
  return {
    filter,
    fields,
    measures,
    rows,
    coverage,
    groups,
    columns,
    columnsKey,
    groupStarts,
    states,
    withoutGoal,
  };
}
