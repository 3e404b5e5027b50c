import { describe, expect, it } from 'vitest';
import { looksLikeActivity } from './looksLikeActivity.ts';

describe('looksLikeActivity', () => {
  it.each([
    'Durchführung von Workshops an Schulen',
    'Organisation einer Aktionswoche',
    'Konzeption eines bedarfsgerechten Schulungsangebotes',
    'Bereitstellung von Informationen',
    '  Schulung der Übungsleitungen',
    'Entwicklung eines Meldesystems',
    'Aufbau einer Beratungsstelle',
  ])('flags „%s“', (title) => {
    expect(looksLikeActivity(title)).toBe(true);
  });

  it.each([
    'Betroffene kennen die Beratungsangebote im Kreis',
    'Vereine handeln rassismuskritisch',
    'Die Verwaltung ist für Rassismus sensibilisiert',
    'Entwicklungschancen junger Menschen sind gleich verteilt',
    '',
  ])('does not flag „%s“', (title) => {
    expect(looksLikeActivity(title)).toBe(false);
  });
});
