import type { IndicatorJSON } from '@werkbank/concept';
import { useT } from '../i18n/useT.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { TextField } from './TextField.tsx';
import { useConceptAction } from './useConceptAction.ts';

const COLUMNS = ['name', 'unit', 'baseline', 'target', 'source'] as const;

/** Props of `IndicatorsTable`. */
export interface IndicatorsTableProps {
  caption: string;
  indicators: readonly IndicatorJSON[];
  editable: boolean;
  onAdd: () => void;
  onUpdate: (indicatorId: string, patch: Partial<Omit<IndicatorJSON, 'id'>>) => void;
  onRemove: (indicatorId: string) => void;
}

/** Indicators (name, unit, baseline, target, source) as an editable table. */
export function IndicatorsTable({
  caption,
  indicators,
  editable,
  onAdd,
  onUpdate,
  onRemove,
}: IndicatorsTableProps) {
  const t = useT();
  const action = useConceptAction();
  return (
    <div className="wb-indicators">
      <table className="wb-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`indicator.${column}`)}
              </th>
            ))}
            {editable && (
              <th scope="col">
                <span className="wb-visually-hidden">{t('indicator.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {indicators.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length + 1}>{t('indicator.empty')}</td>
            </tr>
          )}
          {indicators.map((indicator, index) => (
            <tr key={indicator.id}>
              {COLUMNS.map((column) => (
                <td key={column}>
                  <TextField
                    label={t('indicator.cell', { field: t(`indicator.${column}`), n: index + 1 })}
                    labelHidden
                    value={indicator[column]}
                    editable={editable}
                    onCommit={(value) => onUpdate(indicator.id, { [column]: value })}
                  />
                </td>
              ))}
              {editable && (
                <td>
                  <button type="button" onClick={() => action.run(() => onRemove(indicator.id))}>
                    {t('indicator.remove', { n: index + 1 })}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <button type="button" onClick={() => action.run(onAdd)}>
          {t('indicator.add')}
        </button>
      )}
      <ErrorNote message={action.error} />
    </div>
  );
}
