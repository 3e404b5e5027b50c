import './participate.css';
import { useT } from '@werkbank/editor';
import { useMemo, useState } from 'react';
import { readJson } from '../storage/readJson.ts';
import { writeJson } from '../storage/writeJson.ts';
import { ConnectionState } from './ConnectionState.tsx';
import { useWorkshopStream } from './stream/useWorkshopStream.ts';
import { useErrorText } from './useErrorText.ts';
import { WorkshopMessage } from './WorkshopMessage.tsx';
import { useArrivals } from './wall/useArrivals.ts';
import { useFullscreen } from './wall/useFullscreen.ts';
import { WallColumns } from './wall/WallColumns.tsx';
import { WallHeader } from './wall/WallHeader.tsx';
import { WallRanking } from './wall/WallRanking.tsx';
import { workshopToken } from './workshopToken.ts';

const THEME_KEY = 'werkbank.wall.theme';

interface WallPageProps {
  conceptId: string;
  workshopId: string;
}

function Wall({ conceptId, workshopId, token }: WallPageProps & { token: string }) {
  const t = useT();
  const errorText = useErrorText();
  const address = useMemo(() => ({ conceptId, workshopId, token }), [conceptId, workshopId, token]);
  const { state } = useWorkshopStream(address);
  const fullscreen = useFullscreen();
  const [theme, setTheme] = useState(() => readJson<'dark' | 'light'>(THEME_KEY, 'dark'));
  const { projection } = state;
  const { fresh, announcement } = useArrivals(projection?.proposals ?? null, (arrived) =>
    arrived.length === 1 && arrived[0]
      ? t('web.wall.newOne', { text: arrived[0].text })
      : t('web.wall.newMany', { count: arrived.length }),
  );
  if (state.status === 'refused' || !projection) {
    const title =
      state.status === 'refused' ? t('web.participate.refused.title') : t('web.participate.loading');
    return (
      <WorkshopMessage title={title}>
        {state.error && <p role="alert">{errorText(state.error)}</p>}
      </WorkshopMessage>
    );
  }
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  return (
    <div className={`wall wall-${theme}`}>
      <WallHeader projection={projection}>
        <ConnectionState status={state.status} />
        <button
          type="button"
          onClick={() => {
            setTheme(nextTheme);
            writeJson(THEME_KEY, nextTheme);
          }}
        >
          {t(nextTheme === 'light' ? 'web.wall.themeLight' : 'web.wall.themeDark')}
        </button>
        {fullscreen.supported && (
          <button type="button" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
            {t(fullscreen.active ? 'web.wall.exitFullscreen' : 'web.wall.fullscreen')}
          </button>
        )}
      </WallHeader>
      <main id="main" tabIndex={-1} className="wall-main">
        {projection.workshop.phase === 'closed' ? (
          <WallRanking projection={projection} />
        ) : (
          <WallColumns projection={projection} fresh={fresh} />
        )}
      </main>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The projector wall of a workshop (`/w/:conceptId/:workshopId/wand#t=…`): read-only, no participant id. */
export function WallPage({ conceptId, workshopId }: WallPageProps) {
  const t = useT();
  const [token] = useState(() => workshopToken(conceptId, workshopId));
  if (!token) {
    return (
      <WorkshopMessage title={t('web.participate.noToken.title')}>
        <p>{t('web.participate.noToken.body')}</p>
      </WorkshopMessage>
    );
  }
  return <Wall conceptId={conceptId} workshopId={workshopId} token={token} />;
}
