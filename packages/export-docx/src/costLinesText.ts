import { type MeasureJSON, measureCostTotal } from '@werkbank/concept';
import { formatEuro } from './formatEuro.ts';
import { germanLabels } from './germanLabels.ts';

/**
 * A measure's cost lines as lines of a sheet cell ("2026: 4.800 € Landesmittel"), with the sum when there are
 * several; none when the measure has no lines.
 */
export function costLinesText(measure: Pick<MeasureJSON, 'costLines'>): string[] {
  const lines = measure.costLines.map((line) => {
    const year = line.year === null ? 'ohne Jahr' : String(line.year);
    const source =
      line.source === null ? 'Finanzierungsquelle nicht zugeordnet' : germanLabels.costSource[line.source];
    return `${year}: ${formatEuro(line.amount)} ${source}`;
  });
  return lines.length > 1 ? [...lines, `Summe: ${formatEuro(measureCostTotal(measure))}`] : lines;
}
