import {
  addCostLine,
  COST_SOURCES,
  type CostLineJSON,
  costTotals,
  type FundingSource,
  removeCostLine,
  updateCostLine,
} from '@werkbank/concept';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { TextField } from '../common/TextField.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useLocale } from '../i18n/useLocale.ts';
import { useT } from '../i18n/useT.ts';
import { BudgetTable } from './BudgetTable.tsx';
import { formatAmountInput } from './formatAmountInput.ts';
import { parseAmount } from './parseAmount.ts';
import { parseYear } from './parseYear.ts';

/** Props of `CostLinesEditor`. */
export interface CostLinesEditorProps {
  doc: Y.Doc;
  measureId: string;
  lines: readonly CostLineJSON[];
  editable: boolean;
}

const UNASSIGNED = '';

/**
 * A measure's cost lines as an editable table (year, amount in euros, funding source), with its sums per year
 * and source beneath. Each line is written on its own, so two people editing different lines both keep theirs;
 * a bad amount or year is refused with a message under its field, and the typed text stays for correcting.
 */
export function CostLinesEditor({ doc, measureId, lines, editable }: CostLinesEditorProps) {
  const t = useT();
  const locale = useLocale();
  const action = useConceptAction();
  const table = useRef<HTMLTableElement>(null);
  const [focusLine, setFocusLine] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusLine) return;
    table.current?.querySelector<HTMLInputElement>(`[data-line="${focusLine}"] input`)?.focus();
    setFocusLine(null);
  }, [focusLine]);
  const sourceOptions = COST_SOURCES.map((source) => ({
    value: source === 'unassigned' ? UNASSIGNED : source,
    label: t(`costs.source.${source}`),
  }));
  const add = () =>
    action.run(() => setFocusLine(addCostLine(doc, measureId, { year: lines.at(-1)?.year ?? null })));
  const remove = (index: number, id: string) =>
    action.run(() => {
      removeCostLine(doc, measureId, id);
      const neighbour = lines[index + 1] ?? lines[index - 1];
      if (neighbour) setFocusLine(neighbour.id);
      else addButton.current?.focus();
    });
  // While it scrolls sideways, each line's delete button stays in view with its year.
  const scrollClass = editable ? 'wb-table-scroll wb-sticky-actions' : 'wb-table-scroll';
  return (
    <div className="wb-cost-lines">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1) */}
      <section className={scrollClass} aria-label={t('costs.caption')} tabIndex={0}>
        <table ref={table} className="wb-table">
          <caption>{t('costs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('costs.year')}</th>
              <th scope="col">{t('costs.amount')}</th>
              <th scope="col">{t('costs.source')}</th>
              {editable && (
                <th scope="col">
                  <span className="wb-visually-hidden">{t('indicator.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {lines.length === 0 && (
              <tr>
                <td colSpan={editable ? 4 : 3}>{t('costs.empty')}</td>
              </tr>
            )}
            {lines.map((line, index) => (
              <tr key={line.id} data-line={line.id}>
                <td>
                  <TextField
                    label={t('costs.cell', { field: t('costs.year'), n: index + 1 })}
                    labelHidden
                    value={line.year === null ? '' : String(line.year)}
                    editable={editable}
                    onCommit={(value) =>
                      updateCostLine(doc, measureId, line.id, { year: parseYear(value, t) })
                    }
                  />
                </td>
                <td>
                  <TextField
                    label={t('costs.cell', { field: t('costs.amount'), n: index + 1 })}
                    labelHidden
                    className="wb-number"
                    value={formatAmountInput(line.amount, locale)}
                    editable={editable}
                    onCommit={(value) =>
                      updateCostLine(doc, measureId, line.id, { amount: parseAmount(value, locale, t) })
                    }
                  />
                </td>
                <td>
                  <SelectField
                    label={t('costs.cell', { field: t('costs.source'), n: index + 1 })}
                    labelHidden
                    value={line.source ?? UNASSIGNED}
                    options={sourceOptions}
                    editable={editable}
                    onChange={(value) =>
                      updateCostLine(doc, measureId, line.id, {
                        source: value === UNASSIGNED ? null : (value as FundingSource),
                      })
                    }
                  />
                </td>
                {editable && (
                  <td>
                    <button type="button" onClick={() => remove(index, line.id)}>
                      {t('costs.remove', { n: index + 1 })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {editable && (
        <button ref={addButton} type="button" onClick={add}>
          {t('costs.add')}
        </button>
      )}
      <ErrorNote message={action.error} />
      {lines.length > 0 && (
        <BudgetTable
          caption={t('costs.sheetTotals')}
          totals={costTotals([{ primaryFieldId: null, costLines: [...lines] }], [])}
        />
      )}
    </div>
  );
}
