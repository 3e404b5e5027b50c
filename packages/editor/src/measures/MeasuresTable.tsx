import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { costTotals } from '@werkbank/concept';
import { type FocusEvent, Fragment, useCallback, useMemo, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { useStableCallback } from '../common/useStableCallback.ts';
import { BudgetTable } from '../costs/BudgetTable.tsx';
import { formatEuro } from '../costs/formatEuro.ts';
import { useFieldsOfAction } from '../hooks/useFieldsOfAction.ts';
import { useGoalTree } from '../hooks/useGoalTree.ts';
import { useMeasures } from '../hooks/useMeasures.ts';
import { useWorkshopTitles } from '../hooks/useWorkshopTitles.ts';
import { useLocale } from '../i18n/useLocale.ts';
import { useT } from '../i18n/useT.ts';
import type { PresenceUser } from '../presence/PresenceUser.ts';
import { usePresenceByEntity } from '../presence/usePresenceByEntity.ts';
import { AddMeasureButton } from './AddMeasureButton.tsx';
import { filterMeasures } from './filterMeasures.ts';
import { MeasureRow } from './MeasureRow.tsx';
import type { MeasuresFilter } from './MeasuresFilter.ts';
import { MeasuresFilterBar } from './MeasuresFilterBar.tsx';
import type { MeasuresColumn, MeasuresSort } from './MeasuresSort.ts';
import { SortableHeader } from './SortableHeader.tsx';
import { sortMeasures } from './sortMeasures.ts';

/** Props of `MeasuresTable` (controlled: the web app keeps filter and sort in its session state). */
export interface MeasuresTableProps {
  doc: Y.Doc;
  filter: MeasuresFilter;
  onFilterChange: (filter: MeasuresFilter) => void;
  /** null keeps concept order. */
  sort: MeasuresSort | null;
  onSortChange: (sort: MeasuresSort | null) => void;
  onOpen: (measureId: string) => void;
  /** For presence initials on rows others have open. */
  awareness?: Awareness | null;
  /** Shows "Maßnahme anlegen" (in the filtered field of action, if any) and hands over the new measure's id. */
  onAdded?: (measureId: string) => void;
}

const COLUMNS: MeasuresColumn[] = ['code', 'title', 'field', 'lead', 'status', 'priority', 'period', 'costs'];
const nobody: PresenceUser[] = [];
/** Up to this many rows the table renders them all; beyond, only those near the view of its scrolling box. */
export const LONG_LIST = 100;
// A row whose title wraps once; each row is measured once rendered.
const ROW_ESTIMATE = 64;
// Rows rendered beyond each edge of the view, so Tab and the arrow keys find the next row already there.
const OVERSCAN = 12;

/**
 * All measures as a filterable, sortable table, live. Rows are memoised on the measure's identity, which the
 * snapshot hooks keep for unchanged measures, so an edit re-renders one row even with hundreds of measures.
 * Beyond `LONG_LIST` rows the box scrolls by itself (header and sum row staying in view) and renders only the rows
 * near its view (@tanstack/react-virtual); spacer rows keep the scrollbar right, and `aria-rowcount`/`aria-rowindex`
 * tell screen readers the full size.
 * @example <MeasuresTable doc={doc} filter={f} onFilterChange={setF} sort={s} onSortChange={setS} onOpen={open} />
 */
export function MeasuresTable(props: MeasuresTableProps) {
  const { doc, filter, onFilterChange, sort, onSortChange, onOpen, awareness, onAdded } = props;
  const t = useT();
  const locale = useLocale();
  const measures = useMeasures(doc);
  const fields = useFieldsOfAction(doc);
  const workshopTitles = useWorkshopTitles(doc);
  const tree = useGoalTree(doc);
  const presence = usePresenceByEntity(awareness, 'measure');
  const open = useStableCallback(onOpen);
  const titles = useMemo(() => new Map(fields.map((f) => [f.id, f.title])), [fields]);
  const fieldTitle = useCallback((id: string | null) => (id ? (titles.get(id) ?? '') : ''), [titles]);
  const leads = useMemo(
    () =>
      [...new Set(measures.map((m) => m.lead.trim()).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b, 'de'),
      ),
    [measures],
  );
  const rows = useMemo(
    () => sortMeasures(filterMeasures(measures, filter, tree), sort, fieldTitle),
    [measures, filter, tree, sort, fieldTitle],
  );
  // The budget of the rows shown, so a filter by field of action or status gives its totals.
  const costs = useMemo(() => costTotals(rows, []), [rows]);
  const filteredField = fields.find((f) => f.id === filter.fieldId) ?? null;
  const scrollRef = useRef<HTMLDivElement>(null);
  const long = rows.length > LONG_LIST;
  // The measure whose row holds the focus stays rendered while the box scrolls away from it, so the focus is not lost.
  const focusedId = useRef<string | null>(null);
  const rangeExtractor = (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedId.current === null ? -1 : rows.findIndex((m) => m.id === focusedId.current);
    if (focused < 0 || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  };
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    focusedId.current = row ? (rows[Number(row.dataset.index)]?.id ?? null) : null;
  };
  const onBlur = (event: FocusEvent<HTMLTableSectionElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedId.current = null;
  };
  const virtualizer = useVirtualizer({
    count: long ? rows.length : 0,
    enabled: long,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (index) => rows[index]?.id ?? index,
    rangeExtractor,
  });
  const items = long ? virtualizer.getVirtualItems() : [];
  const after = long ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const hasSum = costs.measuresWithCosts > 0;
  const renderRow = (measure: (typeof rows)[number], index?: number) => (
    <MeasureRow
      key={measure.id}
      measure={measure}
      fieldTitle={fieldTitle(measure.primaryFieldId)}
      origin={measure.originWorkshopId ? (workshopTitles[measure.originWorkshopId] ?? null) : null}
      users={presence.get(measure.id) ?? nobody}
      onOpen={open}
      t={t}
      locale={locale}
      {...(index === undefined ? {} : { index, measureRef: virtualizer.measureElement })}
    />
  );
  return (
    <div className="wb-measures">
      {onAdded && <AddMeasureButton doc={doc} field={filteredField} onAdded={onAdded} />}
      <MeasuresFilterBar
        filter={filter}
        onFilterChange={onFilterChange}
        fields={fields}
        tree={tree}
        leads={leads}
      />
      <p className="wb-count" aria-live="polite">
        {t('table.count', { shown: rows.length, total: measures.length })}
      </p>
      <div ref={scrollRef} className={long ? 'wb-table-scroll wb-table-scroll--long' : 'wb-table-scroll'}>
        <table
          className="wb-table wb-measures-table"
          aria-rowcount={long ? rows.length + (hasSum ? 2 : 1) : undefined}
        >
          <caption className="wb-visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr aria-rowindex={long ? 1 : undefined}>
              {COLUMNS.map((column) => (
                <SortableHeader
                  key={column}
                  column={column}
                  label={t(`table.col.${column}`)}
                  sort={sort}
                  onSortChange={onSortChange}
                />
              ))}
              <th scope="col">{t('table.col.key')}</th>
            </tr>
          </thead>
          <tbody onFocus={long ? onFocus : undefined} onBlur={long ? onBlur : undefined}>
            {long
              ? items.map((item, i) => {
                  const measure = rows[item.index];
                  // A spacer before the first row, and between a kept focused row and the rows in view.
                  const gap = item.start - (items[i - 1]?.end ?? 0);
                  return (
                    measure && (
                      <Fragment key={measure.id}>
                        <SpacerRow height={gap} />
                        {renderRow(measure, item.index)}
                      </Fragment>
                    )
                  );
                })
              : rows.map((measure) => renderRow(measure))}
            {long && <SpacerRow height={after} />}
          </tbody>
          {hasSum && (
            <tfoot>
              <tr aria-rowindex={long ? rows.length + 2 : undefined}>
                <th scope="row" colSpan={COLUMNS.length - 1}>
                  {t('table.costSum')}
                </th>
                <td className="wb-number">{formatEuro(costs.total, locale)}</td>
                <td />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {rows.length === 0 && (
        <p className="wb-hint">{measures.length === 0 ? t('table.none') : t('table.empty')}</p>
      )}
      {hasSum && <BudgetTable caption={t('table.costsByYear')} totals={costs} />}
    </div>
  );
}

/** Stands in for the rows not rendered above or below the view, so the scrollbar keeps the full length. */
function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a table row takes no focus; the empty spacer is nothing to read
    <tr className="wb-spacer-row" aria-hidden="true">
      <td colSpan={COLUMNS.length + 1} style={{ height }} />
    </tr>
  );
}
