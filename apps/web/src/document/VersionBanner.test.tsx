import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInWorkspace } from '../test/factories.tsx';
import { VersionBanner } from './VersionBanner.tsx';

afterEach(cleanup);

const saved = {
  id: 'v1',
  name: 'Entwurf für den Ausschuss',
  createdAt: '2026-03-02T09:30:00.000Z',
  adopted: false,
  resolution: null,
};

describe('VersionBanner', () => {
  it('names a saved version and its date, says it is frozen and leads back to the draft', () => {
    renderInWorkspace(<VersionBanner version={saved} />);
    const banner = screen.getByRole('region', {
      name: /^Fassung „Entwurf für den Ausschuss“ vom 02\.03\.2026/,
    });
    expect(banner.textContent).toContain('sie lässt sich nicht mehr ändern');
    expect(
      within(banner).getByRole('link', { name: 'Zum aktuellen Arbeitsstand' }).getAttribute('href'),
    ).toBe('/c/c1/document');
  });

  it('names the adopted version as such, with its resolution', () => {
    const adopted = {
      ...saved,
      name: 'Ratsfassung',
      adopted: true,
      resolution: { body: 'Kreistag', date: '2026-03-12', drucksache: 'DS 17/0815' },
    };
    renderInWorkspace(<VersionBanner version={adopted} />);
    const banner = screen.getByRole('region', { name: /^Beschlossene Fassung „Ratsfassung“ vom/ });
    expect(banner.textContent).toContain('Beschluss: Kreistag · 12.03.2026 · Drucksache DS 17/0815');
  });
});
