import { sampleConcept } from '@werkbank/concept';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { conceptToDocx } from './conceptToDocx.ts';

function all(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
}

describe('read back with mammoth', () => {
  let html: string;
  beforeAll(async () => {
    const bytes = await conceptToDocx(sampleConcept(), { parts: { measureSheets: false } });
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  });

  it('sees the chapters and parts as h1 and their sections as h2, from the heading styles', () => {
    expect(all(html, /<h1>(.*?)<\/h1>/g)).toEqual([
      '1\tEinleitung',
      '2\tEntstehung des Konzepts',
      '3\tAusgangslage im Kreisgebiet',
      '4\tBestandsaufnahme: Akteur*innen und Angebote',
      '5\tLeitbild',
      '6\tZiele',
      '7\tUmsetzung, Monitoring und Fortschreibung',
      // Parts no chapter introduces carry no number, as in the app's navigation.
      'Handlungsfelder',
      'Maßnahmenübersicht',
      'Ziel-Maßnahmen-Matrix',
      'Akteur*innen',
      'Anhang: Dokumentation der Beteiligung',
    ]);
    const h2 = all(html, /<h2>(.*?)<\/h2>/g);
    expect(h2).toContain('1.1\tAnlass und Auftrag');
    expect(h2).toContain('Leitziel 1: Vielfalt als Stärke des Kreises anerkennen und gestalten');
    expect(all(html, /<h3>(.*?)<\/h3>/g)).toContain('1.1.1\tGrundsätze der Zusammenarbeit');
    expect(all(html, /<h4>(.*?)<\/h4>/g)).toContain('Bereits bestehende Angebote');
  });

  it('sees nested bullet and numbered lists', () => {
    expect(html).toContain(
      '<li>Zusammenarbeit von Verwaltung und Zivilgesellschaft<ul><li>Steuerungsgremium mit festen Sitzungsterminen</li>',
    );
    expect(html).toContain('<li>Bestandsaufnahme<ol><li>Datenabfrage bei Städten und Gemeinden</li>');
    expect(html).toContain('<ul><li>Schulsozialarbeit an 14 Schulen</li></ul>');
  });

  it('sees tables with header rows as thead, with merged cells', () => {
    expect(html).toMatch(/<table><thead><tr><th rowspan="2">.*?Lebensbereich.*?<th colspan="2">/);
    expect(html).toMatch(/<thead><tr><th><p>Nr\.<\/p><\/th><th><p>Maßnahme<\/p><\/th>/);
  });

  it('keeps links, emphasis, strike-through and line breaks', () => {
    expect(html).toContain('<a href="https://www.example.org/nrweltoffen">NRWeltoffen</a>');
    expect(html).toContain('<em>lernendes Konzept</em>');
    expect(html).toContain('<s>vollständig</s>');
    expect(html).toContain('Zusammenstellung.<br />Stand: 31.12.2024.');
  });
});
