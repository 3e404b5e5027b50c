import { renderHook } from '@testing-library/react';
import { ConceptError } from '@werkbank/concept';
import { I18nProvider, type Locale, type Translate, useT } from '@werkbank/editor';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError.ts';
import { ExportWorkerError } from '../export/ExportWorkerError.ts';
import { errorMessage } from './errorMessage.ts';
import { webMessagesDe } from './webMessagesDe.ts';
import { webMessagesEn } from './webMessagesEn.ts';

const messages = { de: webMessagesDe, en: webMessagesEn };

function translate(locale: Locale): Translate {
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(I18nProvider, { locale, messages }, children);
  return renderHook(() => useT(), { wrapper }).result.current;
}

describe('errorMessage', () => {
  const de = translate('de');
  const en = translate('en');

  it('shows the server’s own text in the UI language', () => {
    const error = new ApiError(409, 'Der Code ist vergeben.', 'The code is taken.');
    expect(errorMessage(error, de, 'de')).toBe('Der Code ist vergeben.');
    expect(errorMessage(error, en, 'en')).toBe('The code is taken.');
  });

  it('says the server is unreachable instead of the browser’s “Failed to fetch”', () => {
    const error = new ApiError(0, 'Failed to fetch', 'Failed to fetch', false);
    expect(errorMessage(error, de, 'de')).toBe(
      'Der Server ist nicht erreichbar. Bitte prüfen Sie die Internetverbindung.',
    );
    expect(errorMessage(error, en, 'en')).not.toContain('Failed to fetch');
  });

  it('names only the status when the answer had no text for people (a proxy’s error page)', () => {
    const error = new ApiError(502, 'HTTP 502', 'HTTP 502', false);
    expect(errorMessage(error, de, 'de')).toBe('Der Server konnte die Anfrage nicht bearbeiten (HTTP 502).');
  });

  it('explains a refused change of the concept with the editor’s texts', () => {
    const error = new ConceptError('cycle', 'goal would be its own ancestor');
    expect(errorMessage(error, de, 'de')).toBe(
      'Ein Ziel kann nicht unter sich selbst oder eines seiner Unterziele eingeordnet werden.',
    );
  });

  it('says the export could not start, keeping the browser’s detail for support', () => {
    expect(errorMessage(new ExportWorkerError('SyntaxError: Unexpected token'), de, 'de')).toBe(
      'Der Browser konnte die Erstellung des Word-Dokuments nicht starten. Technische Angabe: SyntaxError: Unexpected token',
    );
    expect(errorMessage(new ExportWorkerError(''), en, 'en')).toBe(
      'The browser could not start building the Word document.',
    );
  });

  it('says the device is full when storage refuses a write', () => {
    const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(errorMessage(error, de, 'de')).toBe('Auf diesem Gerät ist kein Speicherplatz mehr frei.');
  });

  it('wraps any other message in a German sentence that keeps the detail', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(errorMessage(error, de, 'de')).toBe(
      "Ein unerwarteter Fehler ist aufgetreten (technische Angabe für den Support: Cannot read properties of undefined (reading 'id')).",
    );
    expect(errorMessage('kaputt', de, 'de')).toContain('technische Angabe für den Support: kaputt');
  });
});
