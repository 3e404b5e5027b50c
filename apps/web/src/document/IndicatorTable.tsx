import type { IndicatorJSON } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { TableScroll } from './TableScroll.tsx';

/** A goal's indicators as a table: name, unit, baseline, target, source. */
export function IndicatorTable({
  indicators,
  caption,
}: {
  indicators: readonly IndicatorJSON[];
  caption: string;
}) {
  const t = useT();
  const columns = ['name', 'unit', 'baseline', 'target', 'source'] as const;
  return (
    <TableScroll label={caption}>
      <table className="document-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {t(`web.document.indicator.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id}>
              {columns.map((c) =>
                c === 'name' ? (
                  <th key={c} scope="row">
                    {i.name || '–'}
                  </th>
                ) : (
                  <td key={c}>{i[c] || '–'}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
