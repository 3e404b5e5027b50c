import type { IndicatorJSON } from '@werkbank/concept';
import type { Table } from './body/model.ts';
import { dataTable } from './dataTable.ts';

/** The indicators of a goal as a table: name, unit, baseline, target, source. */
export function indicatorTable(indicators: readonly IndicatorJSON[]): Table {
  return dataTable(
    [
      { title: 'Indikator', weight: 4 },
      { title: 'Einheit', weight: 2 },
      { title: 'Ausgangswert', weight: 2.6 },
      { title: 'Zielwert', weight: 2 },
      { title: 'Quelle', weight: 3 },
    ],
    indicators.map((i) => [
      i.name || '–',
      i.unit || '–',
      i.baseline || '–',
      i.target || '–',
      i.source || '–',
    ]),
  );
}
