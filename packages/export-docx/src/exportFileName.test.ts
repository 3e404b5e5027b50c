import { describe, expect, it } from 'vitest';
import { emptyConcept } from '../test/factories.ts';
import { exportFileName } from './exportFileName.ts';
import { formatEuro } from './formatEuro.ts';
import { formatGermanDate } from './formatGermanDate.ts';
import { formatPeriod } from './formatPeriod.ts';

describe('exportFileName', () => {
  it('joins territory, title and ISO date with umlauts transliterated and only safe characters', () => {
    const concept = emptyConcept({
      territory: 'Städteregion Größenau',
      title: 'Maßnahmen für Bürger*innen: 2025/26 – „Entwurf“',
    });
    expect(exportFileName(concept, new Date(2025, 2, 7))).toBe(
      'Staedteregion-Groessenau_Massnahmen-fuer-Buergerinnen-2025-26-Entwurf_2025-03-07.docx',
    );
  });

  it('names the working draft, a saved version and the adopted version apart', () => {
    const concept = emptyConcept({ territory: 'Kreis Musterland', title: 'Handlungskonzept' });
    const day = new Date(2025, 2, 27);
    const names = [
      exportFileName(concept, day, null),
      exportFileName(concept, day, { name: 'Entwurf für den Ausschuss', adopted: false }),
      exportFileName(concept, day, { name: 'Fassung 2025', adopted: true }),
    ];
    expect(names).toEqual([
      'Kreis-Musterland_Handlungskonzept_Arbeitsstand_2025-03-27.docx',
      'Kreis-Musterland_Handlungskonzept_Fassung-Entwurf-fuer-den-Ausschuss_2025-03-27.docx',
      'Kreis-Musterland_Handlungskonzept_beschlossen-Fassung-2025_2025-03-27.docx',
    ]);
  });

  it('strips other accents, falls back to a title and keeps names short', () => {
    expect(exportFileName(emptyConcept({ territory: 'Ville d’Été', title: '' }), new Date(2025, 0, 1))).toBe(
      'Ville-d-Ete_Handlungskonzept_2025-01-01.docx',
    );
    const long = exportFileName(
      emptyConcept({ territory: '', title: 'Wort '.repeat(60) }),
      new Date(2025, 0, 1),
    );
    expect(long.length).toBeLessThan(100);
    expect(long).toMatch(/^[A-Za-z0-9_-]+\.docx$/);
  });
});

describe('German formats', () => {
  it('formats dates, amounts and periods', () => {
    expect(formatGermanDate('2025-03-27')).toBe('27.03.2025');
    expect(formatGermanDate('2025-03-03T10:30:00.000Z')).toBe('03.03.2025');
    expect(formatGermanDate('')).toBe('');
    expect(formatEuro(12500)).toBe('12.500 €');
    expect(formatEuro(1234.5)).toBe('1.234,50 €');
    expect(formatEuro(null)).toBe('');
    expect(formatPeriod({ periodStart: '2025-03-01', periodEnd: '2026-12-31', recurrence: '' })).toBe(
      '03/2025 – 12/2026',
    );
    expect(formatPeriod({ periodStart: '2025-03-01', periodEnd: '', recurrence: 'jährlich' })).toBe(
      'ab 03/2025, jährlich',
    );
    expect(formatPeriod({ periodStart: '', periodEnd: '', recurrence: '' })).toBe('');
  });
});
