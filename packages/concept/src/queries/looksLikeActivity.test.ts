import { describe, expect, it } from 'vitest';
import { activityCue } from './activityCue.ts';
import { looksLikeActivity } from './looksLikeActivity.ts';

describe('looksLikeActivity', () => {
  it.each([
    ['Durchführung von Workshops an Schulen', 'Durchführung von'],
    ['Organisation einer Aktionswoche', 'Organisation einer'],
    ['Konzeption eines bedarfsgerechten Schulungsangebotes', 'Konzeption eines'],
    ['Bereitstellung von Informationen', 'Bereitstellung von'],
    ['  Schulung der Übungsleitungen', 'Schulung'],
    ['Entwicklung eines Meldesystems', 'Entwicklung eines'],
    ['Aufbau einer Beratungsstelle', 'Aufbau einer'],
    ['Sensibilisierung der Verwaltung für Rassismus', 'Sensibilisierung der'],
    ['Workshops an Schulen', 'Workshops'],
    ['Aktionswoche gegen Rassismus im März', 'Aktionswoche'],
    ['Durchführen von Fachtagen', 'Durchführen von'],
    ['Eine Beratungsstelle für Betroffene einrichten', 'einrichten'],
    ['Lehrkräfte zu Rassismus fortbilden.', 'fortbilden'],
    ['Jährlich einen Fachtag durchzuführen', 'durchzuführen'],
  ])('flags „%s“ (cue %s)', (title, cue) => {
    expect(looksLikeActivity(title)).toBe(true);
    expect(activityCue(title)).toBe(cue);
  });

  it.each([
    'Betroffene kennen die Beratungsangebote im Kreis',
    'Vereine handeln rassismuskritisch',
    'Die Verwaltung ist für Rassismus sensibilisiert',
    'Entwicklungschancen junger Menschen sind gleich verteilt',
    'Kooperation zwischen Schulen und Vereinen ist etabliert',
    'Bildung ist für alle zugänglich',
    'Übungsleitungen können Diskriminierung erkennen',
    'Gute Erreichbarkeit der Beratung an allen Schulen',
    'Workshopteilnehmende fühlen sich sicher',
    'Gleichberechtigte Teilhabe in allen Stadtteilen',
    '',
  ])('does not flag „%s“', (title) => {
    expect(looksLikeActivity(title)).toBe(false);
  });
});
