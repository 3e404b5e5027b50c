import type { ActorJSON } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { TableScroll } from './TableScroll.tsx';

/**
 * The actors in concept order, as the Word export lists them: name and kind, and a notes column only when some
 * actor has notes; a missing name reads "–".
 */
export function ActorsPart({ actors }: { actors: readonly ActorJSON[] }) {
  const t = useT();
  const withNotes = actors.some((a) => a.notes.trim() !== '');
  const label = t('web.document.part.actors');
  return (
    <TableScroll label={label}>
      <table className="document-table document-actors">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('web.document.actors.name')}</th>
            <th scope="col">{t('web.document.actors.type')}</th>
            {withNotes && <th scope="col">{t('web.document.actors.notes')}</th>}
          </tr>
        </thead>
        <tbody>
          {actors.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name.trim() || '–'}</th>
              <td>{t(`actor.type.${a.type}`)}</td>
              {withNotes && <td className="document-actors-notes">{a.notes.trim()}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
