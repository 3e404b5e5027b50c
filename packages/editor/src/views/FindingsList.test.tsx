import { act, fireEvent, render, screen } from '@testing-library/react';
import { updateMeasure } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { smallConcept } from '../test/factories.ts';
import { FindingsList } from './FindingsList.tsx';

describe('FindingsList', () => {
  it('lists findings as links, in the UI language, and updates after edits (throttled)', () => {
    vi.useFakeTimers();
    try {
      const { doc, h2, m2 } = smallConcept();
      const onOpen = vi.fn();
      const { rerender } = render(<FindingsList doc={doc} onOpen={onOpen} />);
      fireEvent.click(
        screen.getByRole('button', {
          name: 'Handlungsziel „Betroffene kennen Beratung“ hat noch keine Maßnahme',
        }),
      );
      expect(onOpen).toHaveBeenCalledWith('goal', h2);
      expect(
        screen.getByRole('button', { name: 'M-02 Workshop an Schulen: dient noch keinem Ziel' }),
      ).toBeTruthy();
      act(() => updateMeasure(doc, m2, { goalIds: [h2] }));
      expect(screen.queryByRole('button', { name: /M-02 Workshop an Schulen: dient/ })).toBeTruthy();
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(screen.queryByRole('button', { name: /M-02 Workshop an Schulen: dient/ })).toBeNull();
      rerender(
        <I18nProvider locale="en">
          <FindingsList doc={doc} onOpen={onOpen} />
        </I18nProvider>,
      );
      expect(
        screen.getByRole('button', { name: 'M-02 Workshop an Schulen: period is missing' }).tagName,
      ).toBe('BUTTON');
    } finally {
      vi.useRealTimers();
    }
  });
});
