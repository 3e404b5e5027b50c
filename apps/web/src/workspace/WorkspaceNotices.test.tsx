import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@werkbank/editor';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { arrivedLinks } from '../links/arrivedLinks.ts';
import { forgetConcept, getRecentConcept, rememberConcept } from '../storage/recentConcepts.ts';
import { useRecentConcept } from '../storage/useRecentConcept.ts';
import { WorkspaceNotices } from './WorkspaceNotices.tsx';

const owner = {
  id: 'c1',
  token: 'eigen',
  title: 'Vielfalt: Kreis/Stadt',
  territory: 'Kreis',
  role: 'owner' as const,
  confirmed: true,
};

function Harness() {
  const entry = useRecentConcept('c1');
  return entry ? <WorkspaceNotices entry={entry} /> : null;
}

function renderNotices() {
  render(
    <I18nProvider locale="de" messages={{ de: webMessagesDe }}>
      <Harness />
    </I18nProvider>,
  );
}

describe('WorkspaceNotices', () => {
  beforeEach(() => {
    forgetConcept('c1');
    arrivedLinks.clear();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('says that a weaker link was opened, opens with it on purpose and goes back to the owner link', async () => {
    const user = userEvent.setup();
    rememberConcept(owner);
    rememberConcept({ ...owner, token: 'bearbeiten', role: 'editor' });
    arrivedLinks.set('c1', 'bearbeiten');
    renderNotices();
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Sie haben einen Link mit dem Recht „Bearbeiten“ geöffnet');
    expect(status.textContent).toContain('„Eigentümer*in“ gespeichert');

    await user.click(screen.getByRole('button', { name: 'Mit diesem Link öffnen' }));
    expect(getRecentConcept('c1')).toMatchObject({ token: 'bearbeiten', role: 'editor' });
    expect(screen.getByRole('status').textContent).toContain(
      'Sie sehen das Konzept mit dem Recht „Bearbeiten“',
    );
    expect(document.activeElement).toBe(screen.getByRole('status'));

    await user.click(screen.getByRole('button', { name: 'Wieder als „Eigentümer*in“ öffnen' }));
    expect(getRecentConcept('c1')).toMatchObject({ token: 'eigen', role: 'owner' });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says nothing when the opened link is the strongest', () => {
    rememberConcept({ ...owner, token: 'lesen', role: 'viewer' });
    rememberConcept(owner);
    arrivedLinks.set('c1', 'eigen');
    renderNotices();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the owner link to keep safe after creation, downloads it and is done when told', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:werkbank';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    rememberConcept({ ...owner, keepLinkSafe: true });
    renderNotices();
    const heading = screen.getByRole('heading', { name: 'Diesen Link sicher aufbewahren' });
    expect(document.activeElement).toBe(heading);
    const link = `${window.location.origin}/c/c1#t=eigen`;
    expect(screen.getByLabelText('Ihr Eigentümer*in-Link')).toHaveProperty('value', link);

    await user.click(screen.getByRole('button', { name: 'Als Textdatei herunterladen' }));
    expect(click).toHaveBeenCalledOnce();
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('Werkbank-Link Vielfalt Kreis Stadt.txt');
    const text = await blobs[0]?.text();
    expect(text).toContain(link);
    expect(text).toContain('Konzept: Vielfalt: Kreis/Stadt');
    expect(text).toContain('Bewahren Sie ihn sicher auf');
    expect(
      screen.getByText('Die Datei „Werkbank-Link Vielfalt Kreis Stadt.txt“ wurde heruntergeladen.'),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Link ist aufbewahrt' }));
    expect(screen.queryByRole('heading', { name: 'Diesen Link sicher aufbewahren' })).toBeNull();
    expect(getRecentConcept('c1')?.keepLinkSafe).toBeUndefined();
  });

  it('does not ask to keep a link safe that is not the owner link', () => {
    rememberConcept({ ...owner, role: 'editor', keepLinkSafe: true });
    renderNotices();
    expect(screen.queryByRole('heading', { name: 'Diesen Link sicher aufbewahren' })).toBeNull();
  });
});
