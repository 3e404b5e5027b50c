import { PhaseChecklist, PhasePath, useChecklistProgress, useLocale, useT } from '@werkbank/editor';
import { useState } from 'react';
import { setPhase } from '../api/setPhase.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';
import { ViewTitle } from '../views/ViewTitle.tsx';
import { useConceptTemplate } from '../workspace/useConceptTemplate.ts';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';

/**
 * The template's phases as a path with the current one marked, and the chosen phase's checklist: hand ticks
 * record who and when, the items Werkbank checks tick themselves. Only the owner moves the current phase.
 */
export function ProcessPage() {
  const t = useT();
  const locale = useLocale();
  const { doc, conceptId, token, role, editable } = useWorkspace();
  const user = useEditorUser();
  const { template, loading } = useConceptTemplate();
  const progress = useChecklistProgress(doc, template);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState('');
  const selected = chosen ?? progress?.currentPhase ?? '';
  const phase = progress?.phases.find((p) => p.key === selected);
  const owner = role === 'owner';
  return (
    <>
      <ViewTitle>{t('web.nav.process')}</ViewTitle>
      {!progress || !phase ? (
        <p className="muted">{loading ? t('web.loading') : t('web.process.noTemplate')}</p>
      ) : (
        <div className="process-page stack">
          <p className="muted">{owner ? t('web.process.intro') : t('path.ownerSetsPhase')}</p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="wb-process-layout">
            <PhasePath progress={progress} selected={selected} onSelect={setChosen} />
            <PhaseChecklist
              doc={doc}
              phase={phase}
              userName={user.name}
              editable={editable}
              onShowFindings={() => navigate(routePath(conceptId, { kind: 'findings' }))}
              {...(owner && {
                onSetCurrent: () => {
                  setError('');
                  setPhase(conceptId, token, phase.key).catch((e: unknown) =>
                    setError(t('path.setCurrentFailed', { detail: errorMessage(e, t, locale) })),
                  );
                },
              })}
            />
          </div>
        </div>
      )}
    </>
  );
}
