import { richTextToPlain } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { formatIsoDate } from '../versions/formatIsoDate.ts';
import type { DocumentData, DocumentGoal } from './DocumentData.ts';
import { documentAnchor } from './documentAnchor.ts';
import { goalHeadingText } from './goalHeadingText.ts';
import { goalOverviewText } from './goalOverviewText.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { Labelled } from './Labelled.tsx';
import { RichText } from './RichText.tsx';

/** The goal system: an overview of the levels, then every goal with its description, fields, date, measures and indicators. */
export function GoalSystemPart({ data }: { data: DocumentData }) {
  const t = useT();
  if (data.goals.length === 0) return null;
  return (
    <>
      <Labelled label={t('web.document.goals.overview')}>
        {goalOverviewText(t, data.goals, data.levels)}.
      </Labelled>
      {data.goals.map((node) => (
        <GoalBlock key={node.goal.id} node={node} data={data} />
      ))}
    </>
  );
}

function GoalBlock({ node, data }: { node: DocumentGoal; data: DocumentData }) {
  const t = useT();
  const locale = useLocale();
  const { goal } = node;
  const Heading = `h${Math.min(6, node.depth + 3)}` as 'h3';
  const fields = goal.fieldIds.map(data.fieldTitle).filter(Boolean);
  const measures = data.measuresOfGoal.get(goal.id) ?? [];
  const title = goalHeadingText(t, node);
  return (
    <div className={`document-goal depth-${Math.min(5, node.depth)}`}>
      <Heading id={documentAnchor({ kind: 'goal', id: goal.id })} tabIndex={-1}>
        {title}
      </Heading>
      {richTextToPlain(goal.description) !== '' && <RichText doc={goal.description} headingOffset={null} />}
      {fields.length > 0 && <Labelled label={t('web.document.goals.fields')}>{fields.join(', ')}</Labelled>}
      {goal.targetDate && (
        <Labelled label={t('web.document.goals.targetDate')}>
          {formatIsoDate(goal.targetDate, locale)}
        </Labelled>
      )}
      {goal.isFocus && (
        <Labelled label={t('web.document.goals.focus')}>
          {goal.focusPeriod
            ? t('web.document.goals.focusPeriod', { period: goal.focusPeriod })
            : t('web.document.yes')}
        </Labelled>
      )}
      {measures.length > 0 && (
        <Labelled label={t('web.document.goals.measures')}>
          {measures.map((m, i) => (
            <span key={m.id}>
              {i > 0 && '; '}
              <a href={`#${documentAnchor({ kind: 'measure', id: m.id })}`}>
                {`${m.code} ${m.title}`.trim()}
              </a>
            </span>
          ))}
        </Labelled>
      )}
      {goal.indicators.length > 0 && (
        <IndicatorTable
          indicators={goal.indicators}
          caption={t('web.document.goals.indicators', { title })}
        />
      )}
    </div>
  );
}
