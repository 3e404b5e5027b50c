import type { CostTotals } from '@werkbank/concept';
import { useT } from '../i18n/useT.ts';
import { useEuro } from './useEuro.ts';

/** Props of `BudgetTable`. */
export interface BudgetTableProps {
  caption: string;
  totals: CostTotals;
}

/**
 * Costs per year (rows, "ohne Jahr" last) and funding source (columns, only those in use), with the sums of
 * each row and column: the budget of one measure or of the whole concept.
 * @example <BudgetTable caption="Kosten nach Jahr und Quelle" totals={costTotals(measures, fieldIds)} />
 */
export function BudgetTable({ caption, totals }: BudgetTableProps) {
  const t = useT();
  const euro = useEuro();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1)
    <section className="wb-table-scroll" aria-label={caption} tabIndex={0}>
      <table className="wb-table wb-budget-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('costs.year')}</th>
            {totals.sources.map((source) => (
              <th key={source} scope="col" className="wb-number">
                {t(`costs.source.${source}`)}
              </th>
            ))}
            <th scope="col" className="wb-number">
              {t('costs.sum')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.years.map((row) => (
            <tr key={row.year ?? 'none'}>
              <th scope="row">{row.year ?? t('costs.noYear')}</th>
              {totals.sources.map((source) => (
                <td key={source} className="wb-number">
                  {euro(row.bySource[source])}
                </td>
              ))}
              <td className="wb-number">{euro(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('costs.sum')}</th>
            {totals.sources.map((source) => (
              <td key={source} className="wb-number">
                {euro(totals.bySource[source])}
              </td>
            ))}
            <td className="wb-number">
              <strong>{euro(totals.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
