import { changesSince, keys, type PartChange, textValue } from '@werkbank/concept';
import { countMessage, useConceptSnapshot, useLocale, useT } from '@werkbank/editor';
import { useCallback, useState } from 'react';
import * as Y from 'yjs';
import { Link } from '../routing/Link.tsx';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { deviceId } from './deviceId.ts';
import { startVisit } from './lastVisit.ts';

// The list shows the newest changes; the rest are counted.
const SHOWN = 12;

/** One changed part as the overview names it: what it is, where it is, who changed it. */
interface ChangedPart extends PartChange {
  kind: 'vision' | 'chapter' | 'goal' | 'measure' | 'field' | 'actor';
  title: string;
  place: WorkspaceView;
}

function title(doc: Y.Doc, collection: string, id: string, fields: readonly string[]): string {
  const entity = doc.getMap<unknown>(collection).get(id);
  if (!(entity instanceof Y.Map)) return '';
  return fields
    .map((field) => textValue(entity.get(field)))
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .join(' ');
}

function describe(doc: Y.Doc, change: PartChange): ChangedPart | null {
  if (change.part === keys.VISION) return { ...change, kind: 'vision', title: '', place: { kind: 'vision' } };
  const [collection = '', id = ''] = change.part.split(':');
  switch (collection) {
    case keys.CHAPTERS:
      return {
        ...change,
        kind: 'chapter',
        title: title(doc, collection, id, ['title']),
        place: { kind: 'chapter', id },
      };
    case keys.GOALS:
      return {
        ...change,
        kind: 'goal',
        title: title(doc, collection, id, ['title']),
        place: { kind: 'goals', id },
      };
    case keys.MEASURES:
      return {
        ...change,
        kind: 'measure',
        title: title(doc, collection, id, ['code', 'title']),
        place: { kind: 'measure', id },
      };
    case keys.FIELDS_OF_ACTION:
      return {
        ...change,
        kind: 'field',
        title: title(doc, collection, id, ['title']),
        place: { kind: 'fields' },
      };
    case keys.ACTORS:
      return {
        ...change,
        kind: 'actor',
        title: title(doc, collection, id, ['name']),
        place: { kind: 'actors' },
      };
    default:
      return null;
  }
}

const scope = {
  keys: [keys.EDIT_LOG, keys.CHAPTERS, keys.GOALS, keys.MEASURES, keys.FIELDS_OF_ACTION, keys.ACTORS],
};

/**
 * "Seit Ihrem letzten Besuch": which parts others changed since this browser last had the concept open, and
 * who, each with a link to the part. Edits made on this device are left out.
 */
export function ChangesSinceLastVisit() {
  const t = useT();
  const locale = useLocale();
  const { doc, conceptId } = useWorkspace();
  const [since] = useState(() => startVisit(conceptId));
  const [device] = useState(deviceId);
  const read = useCallback(
    (current: Y.Doc) =>
      since
        ? changesSince(current, since, device)
            .map((change) => describe(current, change))
            .filter((part): part is ChangedPart => part !== null)
        : [],
    [since, device],
  );
  const changes = useConceptSnapshot(doc, read, scope);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const names = new Intl.ListFormat(locale, { type: 'conjunction' });
  const shown = changes.slice(0, SHOWN);
  return (
    <section className="changes-since card" aria-labelledby="changes-since">
      <h2 id="changes-since">{t('web.changes.heading')}</h2>
      {!since ? (
        <p className="muted">{t('web.changes.firstVisit')}</p>
      ) : changes.length === 0 ? (
        <p>{t('web.changes.none', { date: when.format(new Date(since)) })}</p>
      ) : (
        <>
          <p>
            {t('web.changes.since', { date: when.format(new Date(since)) })}{' '}
            {countMessage(t, 'web.changes.count', changes.length)}
          </p>
          <ul className="changes-list">
            {shown.map((change) => (
              <li key={change.part}>
                <Link href={routePath(conceptId, change.place)}>
                  {t(`web.changes.kind.${change.kind}`)}
                  {change.title && ` „${change.title}“`}
                </Link>{' '}
                <span className="muted">
                  {t('web.changes.by', {
                    people: names.format(change.people),
                    date: when.format(new Date(change.at)),
                  })}
                </span>
              </li>
            ))}
          </ul>
          {changes.length > SHOWN && (
            <p className="muted">{countMessage(t, 'web.changes.more', changes.length - SHOWN)}</p>
          )}
        </>
      )}
    </section>
  );
}
