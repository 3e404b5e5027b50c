import { useT } from '@werkbank/editor';
import { Link } from '../routing/Link.tsx';
import { navigate } from '../routing/navigate.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useVersions } from '../versions/useVersions.ts';
import { ViewTitle } from '../views/ViewTitle.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ComparePicker } from './ComparePicker.tsx';
import { ComparisonResult } from './ComparisonResult.tsx';
import { DRAFT } from './useComparison.ts';
import './compare.css';

/**
 * Compares a saved version with the draft or two versions with each other. Without states in the address it
 * proposes the adopted (else the newest) version against the draft.
 */
export function CompareView({ view }: { view: WorkspaceView }) {
  const t = useT();
  const { conceptId, doc } = useWorkspace();
  const versions = useVersions(doc);
  const chosen = view.kind === 'compare' && view.from && view.to ? view : null;
  const proposed = versions.find((v) => v.adopted) ?? versions.at(-1);
  const from = chosen?.from ?? proposed?.id ?? '';
  const to = chosen?.to ?? DRAFT;

  return (
    <>
      <ViewTitle>{t('web.compare.title')}</ViewTitle>
      <p className="muted">{t('web.compare.intro')}</p>
      <p>
        <Link href={routePath(conceptId, { kind: 'versions' })}>{t('web.compare.back')}</Link>
      </p>
      {versions.length === 0 ? (
        <p>{t('web.compare.noVersions')}</p>
      ) : (
        <div className="compare-page stack">
          <ComparePicker
            key={`${from}|${to}`}
            versions={versions}
            from={from}
            to={to}
            onCompare={(older, newer) =>
              navigate(routePath(conceptId, { kind: 'compare', from: older, to: newer }))
            }
          />
          {chosen && <ComparisonResult key={`${from}|${to}`} from={from} to={to} versions={versions} />}
        </div>
      )}
    </>
  );
}
