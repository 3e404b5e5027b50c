import { measuresOfField } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import type { DocumentData } from './DocumentData.ts';
import { documentAnchor } from './documentAnchor.ts';
import type { OutlineEntry } from './documentOutline.ts';
import { goalHeadingText } from './goalHeadingText.ts';
import { HeadingText } from './HeadingText.tsx';

/** Each field of action with its description, its goals and its measures, where it has any. */
export function FieldsPart({ data, entries }: { data: DocumentData; entries: readonly OutlineEntry[] }) {
  const t = useT();
  const { fieldsOfAction, measures } = data.concept;
  if (fieldsOfAction.length === 0) return null;
  return (
    <>
      {fieldsOfAction.map((field, i) => {
        const entry = entries[i] as OutlineEntry;
        const goals = data.goals.filter((node) => node.goal.fieldIds.includes(field.id));
        const primary = measuresOfField(measures, field.id);
        const secondary = measuresOfField(measures, field.id, true).filter((m) => !primary.includes(m));
        const line = (m: (typeof measures)[number]) => (
          <li key={m.id}>
            <a href={`#${documentAnchor({ kind: 'measure', id: m.id })}`}>{`${m.code} ${m.title}`.trim()}</a>{' '}
            ({t(`measure.status.${m.status}`)})
          </li>
        );
        return (
          <div key={field.id} className="document-field">
            <h3 id={entry.anchor} tabIndex={-1}>
              <HeadingText entry={entry} />
            </h3>
            {field.description
              .split(/\n\s*\n/)
              .filter((p) => p.trim() !== '')
              .map((p) => (
                <p key={p}>{p}</p>
              ))}
            {goals.length > 0 && (
              <>
                <p className="document-list-label">{t('web.document.fields.goals')}</p>
                <ul>
                  {goals.map((node) => (
                    <li key={node.goal.id}>
                      <a href={`#${documentAnchor({ kind: 'goal', id: node.goal.id })}`}>
                        {goalHeadingText(t, node)}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {primary.length > 0 && (
              <>
                <p className="document-list-label">{t('web.document.fields.measures')}</p>
                <ul>{primary.map(line)}</ul>
              </>
            )}
            {secondary.length > 0 && (
              <>
                <p className="document-list-label">{t('web.document.fields.secondary')}</p>
                <ul>{secondary.map(line)}</ul>
              </>
            )}
          </div>
        );
      })}
    </>
  );
}
