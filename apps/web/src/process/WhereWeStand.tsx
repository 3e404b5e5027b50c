import type { PathTemplate } from '@werkbank/concept';
import { useChecklistProgress, useT } from '@werkbank/editor';
import { Link } from '../routing/Link.tsx';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { nextStep } from './nextStep.ts';

/**
 * "Wo stehen wir": the current phase with what is still open in it, and the next useful step, for the page a
 * concept opens on.
 */
export function WhereWeStand({ template }: { template: PathTemplate }) {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const progress = useChecklistProgress(doc, template);
  const index = progress?.phases.findIndex((p) => p.current) ?? -1;
  const phase = progress?.phases[index];
  if (!progress || !phase) return null;
  const step = nextStep(progress, template);
  const open = phase.items.filter((i) => !i.done);
  return (
    <section className="where-we-stand card" aria-labelledby="where-we-stand">
      <h2 id="where-we-stand">{t('web.where.heading')}</h2>
      <p>
        {t('web.where.phase', { n: index + 1, total: progress.phases.length, title: phase.title })}{' '}
        <span className="muted">{t('path.progress', { done: phase.done, total: phase.total })}</span>
      </p>
      <p className="where-next">
        <strong>{t('web.where.next')}</strong>{' '}
        {step.kind === 'item' ? (
          <Link href={routePath(conceptId, step.place)}>{step.text}</Link>
        ) : step.kind === 'next-phase' ? (
          <Link href={routePath(conceptId, { kind: 'process' })}>
            {t('web.where.nextPhase', { title: step.title })}
          </Link>
        ) : (
          t('web.where.allDone')
        )}
      </p>
      {open.length > 0 && (
        <>
          <h3>{t('web.where.open', { count: open.length })}</h3>
          <ul>
            {open.map((item) => (
              <li key={item.id}>
                {item.text}
                {item.auto && <span className="muted"> – {t('checklist.auto')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href={routePath(conceptId, { kind: 'process' })}>{t('web.where.toPath')}</Link>
      </p>
    </section>
  );
}
