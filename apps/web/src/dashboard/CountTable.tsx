import type { BarDatum } from './BarChart.tsx';
import { ScrollRegion } from './ScrollRegion.tsx';

/** Props of `CountTable`. */
export interface CountTableProps {
  caption: string;
  keyHeader: string;
  valueHeader: string;
  rows: readonly BarDatum[];
  /** A last row with a sum, when given. */
  total?: { label: string; text: string };
}

/** A two-column table of labelled values: the table that goes with a bar chart. */
export function CountTable({ caption, keyHeader, valueHeader, rows, total }: CountTableProps) {
  return (
    <ScrollRegion label={caption}>
      <table className="wb-table dashboard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col" className="wb-number">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="wb-number">{row.text}</td>
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row">{total.label}</th>
              <td className="wb-number">{total.text}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}
