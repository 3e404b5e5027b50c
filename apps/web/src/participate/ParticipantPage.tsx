import './participate.css';
import { useT } from '@werkbank/editor';
import { useState } from 'react';
import { ParticipantWorkshop } from './ParticipantWorkshop.tsx';
import { participantId } from './participantId.ts';
import { useErrorText } from './useErrorText.ts';
import { useParticipation } from './useParticipation.ts';
import { WorkshopMessage } from './WorkshopMessage.tsx';
import { workshopToken } from './workshopToken.ts';

interface ParticipantPageProps {
  conceptId: string;
  workshopId: string;
}

function Participation({ conceptId, workshopId, token }: ParticipantPageProps & { token: string }) {
  const t = useT();
  const errorText = useErrorText();
  const [participant] = useState(() => participantId(conceptId, workshopId));
  const participation = useParticipation(conceptId, workshopId, token, participant);
  const { stream, projection } = participation;
  if (stream.status === 'refused') {
    return (
      <WorkshopMessage title={t('web.participate.refused.title')}>
        <p>{stream.error ? errorText(stream.error) : t('web.participate.error.linkInvalid')}</p>
      </WorkshopMessage>
    );
  }
  if (!projection) {
    return (
      <WorkshopMessage title={t('web.participate.loading')}>
        {stream.error && <p role="alert">{errorText(stream.error)}</p>}
      </WorkshopMessage>
    );
  }
  return <ParticipantWorkshop participation={participation} />;
}

/** The page a workshop link opens on a participant's phone (`/w/:conceptId/:workshopId#t=…`). */
export function ParticipantPage({ conceptId, workshopId }: ParticipantPageProps) {
  const t = useT();
  const [token] = useState(() => workshopToken(conceptId, workshopId));
  if (!token) {
    return (
      <WorkshopMessage title={t('web.participate.noToken.title')}>
        <p>{t('web.participate.noToken.body')}</p>
      </WorkshopMessage>
    );
  }
  return <Participation conceptId={conceptId} workshopId={workshopId} token={token} />;
}
