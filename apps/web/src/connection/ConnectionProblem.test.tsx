import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@werkbank/editor';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { nodeEvent } from '../test/nodeEvent.ts';
import { type ClosingServer, startClosingServer } from '../test/startClosingServer.ts';
import { ConceptConnection } from './ConceptConnection.ts';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { ConnectionProblem } from './ConnectionProblem.tsx';
import { useConnectionStatus } from './useConceptConnection.ts';

const SOON = { timeout: 10_000 };
let server: ClosingServer | undefined;
let connection: ConceptConnection | undefined;

beforeAll(async () => {
  vi.stubGlobal('Event', await nodeEvent());
  vi.stubGlobal('navigator', { ...navigator, onLine: true });
});
afterAll(() => vi.unstubAllGlobals());
afterEach(async () => {
  // Without globals, Testing Library does not unmount between tests: an alert left over would be found next.
  cleanup();
  connection?.destroy();
  await server?.stop();
});

function Status({ connection }: { connection: ConceptConnection }) {
  return (
    <>
      <ConnectionIndicator status={useConnectionStatus(connection)} />
      <ConnectionProblem connection={connection} />
    </>
  );
}

describe('ConnectionProblem', () => {
  it('explains an edit refused as too large (4414), keeps the status line honest and offers to try again', async () => {
    server = await startClosingServer(4414);
    connection = new ConceptConnection('zu-gross', 'token', server.url);
    render(
      <I18nProvider locale="de" messages={{ de: webMessagesDe }}>
        <Status connection={connection} />
      </I18nProvider>,
    );
    const alert = await screen.findByRole('alert', {}, SOON);
    expect(alert.textContent).toContain('Eine Änderung ist zu groß zum Speichern');
    expect(alert.textContent).toContain('nur auf diesem Gerät');
    expect(screen.getByRole('status').textContent).toBe('Nicht gespeichert – eine Änderung ist zu groß');
    expect(screen.queryByText('Verbindung wird wiederhergestellt …')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await vi.waitFor(() => expect(server?.upgrades).toBe(2), SOON);
  });

  it('explains 1013 address-full in German, stops retrying and reconnects on request', async () => {
    server = await startClosingServer(1013, 'address-full');
    connection = new ConceptConnection('voll', 'token', server.url);
    render(
      <I18nProvider locale="de" messages={{ de: webMessagesDe }}>
        <Status connection={connection} />
      </I18nProvider>,
    );
    const alert = await screen.findByRole('alert', {}, SOON);
    expect(alert.textContent).toContain('Gerade sind zu viele Verbindungen zu diesem Konzept offen');
    expect(alert.textContent).toContain('Aus Ihrem Netzwerk');
    expect(alert.textContent).toContain('auf diesem Gerät gespeichert');
    expect(screen.getByRole('status').textContent).toBe('Nicht verbunden – zu viele Verbindungen');
    expect(server.upgrades).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'Erneut verbinden' }));
    await vi.waitFor(() => expect(server?.upgrades).toBe(2), SOON);
  });

  it('shows nothing while the connection can still recover', async () => {
    server = await startClosingServer(1011);
    connection = new ConceptConnection('kurz-weg', 'token', server.url);
    render(
      <I18nProvider locale="de" messages={{ de: webMessagesDe }}>
        <ConnectionProblem connection={connection} />
      </I18nProvider>,
    );
    await vi.waitFor(() => expect(server?.upgrades).toBeGreaterThanOrEqual(2), SOON);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
