import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { MeasuresTable } from '../measures/MeasuresTable.tsx';
import { smallConcept } from '../test/factories.ts';
import { editorMessages } from './editorMessages.ts';
import { I18nProvider } from './I18nProvider.tsx';
import type { Locale } from './Locale.ts';
import type { Messages } from './Messages.ts';
import { useT } from './useT.ts';

const webMessages: Messages = {
  de: { 'web.title': 'Handlungskonzept', 'web.only.de': 'Nur deutsch', 'table.caption': 'Alle Maßnahmen' },
  en: { 'web.title': 'Action concept' },
};

function wrapper(locale: Locale, messages?: Messages) {
  return ({ children }: { children: ReactNode }) => (
    <I18nProvider locale={locale} messages={messages}>
      {children}
    </I18nProvider>
  );
}

describe('i18n', () => {
  it('switches every string of a view between German and English', () => {
    const { doc } = smallConcept();
    const table = (locale: Locale) => (
      <I18nProvider locale={locale}>
        <MeasuresTable
          doc={doc}
          filter={{}}
          onFilterChange={() => {}}
          sort={null}
          onSortChange={() => {}}
          onOpen={() => {}}
        />
      </I18nProvider>
    );
    const { rerender } = render(table('de'));
    expect(screen.getByText('2 von 2 Maßnahmen')).toBeTruthy();
    expect(screen.getByLabelText('Federführung')).toBeTruthy();
    expect(screen.getAllByText('Vorgeschlagen').length).toBeGreaterThan(0);
    rerender(table('en'));
    expect(screen.getByText('2 of 2 measures')).toBeTruthy();
    expect(screen.getByLabelText('Lead')).toBeTruthy();
    expect(screen.getAllByText('Proposed').length).toBeGreaterThan(0);
    expect(screen.queryByText('Vorgeschlagen')).toBeNull();
  });

  it('merges extra catalogues over the editor’s, falling back to German, then to the key', () => {
    const de = renderHook(() => useT(), { wrapper: wrapper('de', webMessages) }).result.current;
    const en = renderHook(() => useT(), { wrapper: wrapper('en', webMessages) }).result.current;
    expect(de('web.title')).toBe('Handlungskonzept');
    expect(en('web.title')).toBe('Action concept');
    expect(en('web.only.de')).toBe('Nur deutsch');
    expect(de('table.caption')).toBe('Alle Maßnahmen');
    expect(en('table.caption')).toBe('Measures');
    expect(en('no.such.key')).toBe('no.such.key');
    expect(de('constructor')).toBe('constructor');
    expect(en('table.count', { shown: 3, total: 7 })).toBe('3 of 7 measures');
  });

  it('speaks German without a provider', () => {
    const t = renderHook(() => useT()).result.current;
    expect(t('goal.tree')).toBe('Zielsystem');
  });

  it('has an English message for every German one, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, german] of Object.entries(editorMessages.de)) {
      const english = editorMessages.en[key as keyof typeof editorMessages.en];
      expect(english, key).toBeTruthy();
      expect(placeholders(english ?? ''), key).toEqual(placeholders(german));
    }
  });
});
