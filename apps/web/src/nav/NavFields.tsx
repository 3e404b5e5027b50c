import type { FieldOfActionJSON, MeasureHead } from '@werkbank/concept';
import { type PresenceUser, useFieldsOfAction, useMeasureHeads, useT } from '@werkbank/editor';
import { memo, useMemo } from 'react';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { NavGroup } from './NavGroup.tsx';
import type { NavIntro } from './NavIntro.ts';
import { NavItem } from './NavItem.tsx';
import { PresenceDots } from './PresenceDots.tsx';

interface NavFieldsProps {
  view: WorkspaceView;
  presence: Map<string, PresenceUser[]>;
  /** The chapter the fields of action are placed in (its number and title name the entry). */
  intro?: NavIntro | undefined;
}

const NO_FIELD = '';

/** The fields of action, each foldable with its measures (code, title, status). */
export function NavFields({ view, presence, intro }: NavFieldsProps) {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const fields = useFieldsOfAction(doc);
  const measures = useMeasureHeads(doc);
  const byField = useMemo(() => {
    const known = new Set(fields.map((f) => f.id));
    const map = new Map<string, MeasureHead[]>();
    for (const m of measures) {
      const key = m.primaryFieldId && known.has(m.primaryFieldId) ? m.primaryFieldId : NO_FIELD;
      const list = map.get(key);
      if (list) list.push(m);
      else map.set(key, [m]);
    }
    return map;
  }, [fields, measures]);
  const activeMeasure = view.kind === 'measure' ? view.id : null;
  const orphans = byField.get(NO_FIELD);
  return (
    <NavGroup
      id="fields"
      title={intro?.title ?? t('field.heading')}
      prefix={intro?.prefix}
      defaultExpanded
      href={routePath(conceptId, { kind: 'fields' })}
      active={view.kind === 'fields' || (view.kind === 'chapter' && view.id === intro?.chapterId)}
      badge={fields.length}
      presence={
        <PresenceDots
          users={[
            ...(presence.get('fieldOfAction:') ?? []),
            ...(intro ? (presence.get(`chapter:${intro.chapterId}`) ?? []) : []),
          ]}
        />
      }
    >
      {fields.map((f) => (
        <NavField
          key={f.id}
          field={f}
          measures={byField.get(f.id)}
          activeMeasure={activeMeasure}
          conceptId={conceptId}
          presence={presence}
        />
      ))}
      {orphans && (
        <NavField
          field={{ id: NO_FIELD, title: t('web.nav.measureWithoutField'), description: '' }}
          measures={orphans}
          activeMeasure={activeMeasure}
          conceptId={conceptId}
          presence={presence}
        />
      )}
    </NavGroup>
  );
}

interface NavFieldProps {
  field: FieldOfActionJSON;
  measures: MeasureHead[] | undefined;
  activeMeasure: string | null;
  conceptId: string;
  presence: Map<string, PresenceUser[]>;
}

const NavField = memo(function NavField({
  field,
  measures = [],
  activeMeasure,
  conceptId,
  presence,
}: NavFieldProps) {
  const t = useT();
  const containsActive = activeMeasure !== null && measures.some((m) => m.id === activeMeasure);
  const here = measures.flatMap((m) => presence.get(`measure:${m.id}`) ?? []);
  return (
    <NavGroup
      id={`field:${field.id}`}
      title={field.title || t('common.untitled')}
      defaultExpanded={containsActive}
      badge={measures.length}
      presence={<PresenceDots users={here} />}
    >
      {measures.map((m) => (
        <NavItem
          key={m.id}
          href={routePath(conceptId, { kind: 'measure', id: m.id })}
          prefix={m.code}
          label={m.title || t('common.untitled')}
          active={m.id === activeMeasure}
          badge={t(`measure.status.${m.status}`)}
          badgeTone={`status-${m.status}`}
          presence={<PresenceDots users={presence.get(`measure:${m.id}`)} />}
        />
      ))}
    </NavGroup>
  );
});
