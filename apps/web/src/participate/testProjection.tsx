import { render } from '@testing-library/react';
import type { PublicProposal, WorkshopProjection } from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';

const messages = { de: webMessagesDe };

/** A proposal as the projection carries it, for tests. */
export function testProposal(id: string, text: string, more: Partial<PublicProposal> = {}): PublicProposal {
  return {
    id,
    text,
    mergedTexts: [],
    fieldId: null,
    targetGroup: '',
    createdAt: '2026-03-14T10:00:00.000Z',
    dots: 0,
    outcome: null,
    outcomeReason: '',
    measureCode: null,
    own: false,
    pending: false,
    ...more,
  };
}

/** A workshop projection for tests: two fields of action, collecting, 3 dots with stacking. */
export function testProjection(
  proposals: PublicProposal[] = [],
  workshop: Partial<WorkshopProjection['workshop']> = {},
): WorkshopProjection {
  return {
    workshop: {
      id: 'ws1',
      title: 'Demokratiekonferenz 2026',
      date: '2026-03-14',
      place: 'Rathaus Musterstadt',
      online: false,
      format: 'World Café',
      phase: 'collect',
      dotsPerParticipant: 3,
      stackDots: true,
      release: 'immediate',
      guidingQuestions: ['Was brauchen Betroffene?'],
      fields: [
        { id: 'f1', title: 'Sport' },
        { id: 'f2', title: 'Schule' },
      ],
      ...workshop,
    },
    proposals,
    myVotes: {},
    dotsLeft: 3,
  };
}

function German({ children }: { children: ReactNode }) {
  return (
    <I18nProvider locale="de" messages={messages}>
      {children}
    </I18nProvider>
  );
}

/** Renders `ui` with the German catalogue (kept on `rerender`). */
export function renderGerman(ui: ReactNode) {
  return render(ui, { wrapper: German });
}
