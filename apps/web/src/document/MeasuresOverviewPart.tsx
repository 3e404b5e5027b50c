import { countMessage, useT } from '@werkbank/editor';
import type { DocumentData } from './DocumentData.ts';
import { documentAnchor } from './documentAnchor.ts';
import { formatMonthPeriod } from './formatMonthPeriod.ts';
import { Labelled } from './Labelled.tsx';
import { TableScroll } from './TableScroll.tsx';

const COLUMNS = ['code', 'title', 'field', 'lead', 'period', 'priority', 'status'] as const;

/** All measures in one table: number, title, field of action, lead, period, priority, status. */
export function MeasuresOverviewPart({ data }: { data: DocumentData }) {
  const t = useT();
  const { measures } = data.concept;
  if (measures.length === 0) return null;
  const keyMeasures = measures.filter((m) => m.isKeyMeasure).length;
  const total = countMessage(t, 'web.document.measureCount', measures.length);
  return (
    <>
      <Labelled label={t('web.document.overview.scope')}>
        {keyMeasures > 0
          ? t('web.document.overview.withKey', {
              total,
              key: countMessage(t, 'web.document.keyMeasureCount', keyMeasures),
            })
          : `${total}.`}
      </Labelled>
      <TableScroll label={t('web.document.part.measuresOverview')}>
        <table className="document-table document-overview">
          <caption className="visually-hidden">{t('web.document.part.measuresOverview')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`web.document.overview.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <a href={`#${documentAnchor({ kind: 'measure', id: m.id })}`}>{m.code}</a>
                </th>
                <td>
                  {m.title}
                  {m.isKeyMeasure && ` – ${t('web.document.sheet.keyMeasure')}`}
                </td>
                <td>{data.fieldTitle(m.primaryFieldId) || '–'}</td>
                <td>{m.lead || '–'}</td>
                <td>{[formatMonthPeriod(t, m), m.recurrence.trim()].filter(Boolean).join(', ') || '–'}</td>
                <td>{m.priority ? t(`measure.priority.${m.priority}`) : '–'}</td>
                <td>{t(`measure.status.${m.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
