import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProposalInput } from './api/ProposalInput.ts';
import { ProposalForm } from './ProposalForm.tsx';
import type { QueuedProposal } from './queue/QueuedProposal.ts';
import { renderGerman, testProjection } from './testProjection.tsx';

function setup(answer: (input: ProposalInput) => QueuedProposal | undefined) {
  const sent: ProposalInput[] = [];
  const names: string[] = [];
  renderGerman(
    <ProposalForm
      workshop={testProjection().workshop}
      displayName="Alex"
      onDisplayName={(name) => names.push(name)}
      onSubmit={async (input) => {
        sent.push(input);
        return answer(input);
      }}
    />,
  );
  return { sent, names };
}

describe('ProposalForm', () => {
  afterEach(cleanup);

  it('sends text, field, target group and the remembered name, counts characters and confirms', async () => {
    const user = userEvent.setup();
    const { sent, names } = setup(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Vorschlag senden' }));
    expect(screen.getByRole('status').textContent).toContain('Bitte schreiben Sie zuerst Ihren Vorschlag.');
    expect(sent).toEqual([]);

    await user.type(screen.getByLabelText('Vorschlag'), '  Mehr Beratung  ');
    expect(screen.getByText('17 von 1000 Zeichen')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Handlungsfeld (optional)'), 'Schule');
    await user.type(screen.getByLabelText('Zielgruppe (optional)'), 'Jugendliche');
    expect(screen.getByLabelText('Ihr Name (optional)')).toHaveProperty('value', 'Alex');
    await user.click(screen.getByRole('button', { name: 'Vorschlag senden' }));

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      text: 'Mehr Beratung',
      fieldId: 'f2',
      targetGroup: 'Jugendliche',
      displayName: 'Alex',
    });
    expect(sent[0]?.submissionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(names).toEqual(['Alex']);
    expect(screen.getByRole('status').textContent).toContain('Danke! Ihr Vorschlag ist angekommen.');
    expect(screen.getByLabelText('Vorschlag')).toHaveProperty('value', '');
  });

  it('says a proposal waits on the device without connection, and keeps the text when it is refused', async () => {
    const user = userEvent.setup();
    let refuse = false;
    setup((input) =>
      refuse
        ? { ...input, failed: { status: 409, code: 'workshop-not-collecting', message: '' } }
        : { ...input, waiting: { status: 0, code: 'offline', message: '' } },
    );
    await user.type(screen.getByLabelText('Vorschlag'), 'Offline geschrieben');
    await user.click(screen.getByRole('button', { name: 'Vorschlag senden' }));
    expect(screen.getByRole('status').textContent).toContain(
      'wird gesendet, sobald die Verbindung wieder da ist',
    );

    refuse = true;
    await user.type(screen.getByLabelText('Vorschlag'), 'Zu spät');
    await user.click(screen.getByRole('button', { name: 'Vorschlag senden' }));
    expect(screen.getByRole('status').textContent).toContain('Die Sammelphase ist vorbei');
    expect(screen.getByLabelText('Vorschlag')).toHaveProperty('value', 'Zu spät');
  });
});
