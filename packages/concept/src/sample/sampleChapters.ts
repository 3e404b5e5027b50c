import type { ChapterJSON } from '../json/conceptJsonSchema.ts';
import { rt } from './rt.ts';

const {
  doc,
  p,
  h,
  bold,
  italic,
  underline,
  strike,
  boldItalic,
  link,
  br,
  hr,
  ul,
  ol,
  li,
  quote,
  table,
  tr,
  th,
  td,
} = rt;

/** The chapters of the sample concept: every rich-text feature once, and one chapter still without content. */
export function sampleChapters(territory: string): ChapterJSON[] {
  return [
    chapter('einleitung', 'Einleitung', 'final', [
      p(
        'Der ',
        bold(territory),
        ' legt mit diesem Handlungskonzept eine gemeinsame Grundlage für die Arbeit gegen Rassismus, Rechtsextremismus und Antisemitismus vor. Es ist ein ',
        italic('lernendes Konzept'),
        ': Ziele und Maßnahmen werden regelmäßig überprüft und fortgeschrieben.',
      ),
      h(1, 'Anlass und Auftrag'),
      p(
        'Grundlage ist der Beschluss des Kreistags, sich am Landesprogramm ',
        link('NRWeltoffen', 'https://www.example.org/nrweltoffen'),
        ' zu beteiligen. Die Koordinierende Fachstelle im Kreisintegrationszentrum steuert den Prozess gemeinsam mit dem Steuerungsgremium.',
      ),
      h(2, 'Grundsätze der Zusammenarbeit'),
      ul(
        'Beteiligung der Menschen, die von Rassismus und Antisemitismus betroffen sind',
        li(
          p('Zusammenarbeit von Verwaltung und Zivilgesellschaft'),
          ul('Steuerungsgremium mit festen Sitzungsterminen', 'offene Arbeitsgruppen je Handlungsfeld'),
        ),
        'Transparenz gegenüber Politik und Öffentlichkeit',
      ),
    ]),
    chapter('entstehung', 'Entstehung des Konzepts', 'final', [
      p('Das Konzept ist in fünf Schritten entstanden:'),
      ol(
        1,
        'Mandat und Struktur: Einrichtung des Steuerungsgremiums',
        li(
          p('Bestandsaufnahme'),
          ol(
            1,
            'Datenabfrage bei Städten und Gemeinden',
            'Gespräche mit Migrant*innenorganisationen',
            'Sichtung bestehender Angebote',
          ),
        ),
        'Leitbild und Ziele',
        'Maßnahmenentwicklung in Beteiligungsworkshops',
        'Priorisierung und Beschluss',
      ),
      p('Die Schritte ', underline('vier und fünf'), ' werden bei jeder Fortschreibung wiederholt.'),
      ol(6, 'Umsetzung und Monitoring', 'Evaluation und Fortschreibung'),
    ]),
    chapter('ausgangslage', 'Ausgangslage im Kreisgebiet', 'review', [
      p('Die Beratungsstelle gegen Alltagsrassismus dokumentiert die Anfragen nach Lebensbereichen:'),
      table(
        tr(th('Lebensbereich', 1, 2), th('Anfragen', 2)),
        tr(th('2023'), th('2024')),
        tr(td('Öffentliche Institutionen'), td('18'), td('23')),
        tr(td('Bildung'), td('12'), td('20')),
        tr(td('Wohnen'), td('9'), td('20')),
        tr(td('Arbeit und Ausbildung'), td('11'), td('16')),
        tr(td('Straße, Nachbarschaft und öffentlicher Raum'), td('7'), td('14')),
      ),
      p('Quelle: Jahresberichte der Beratungsstelle; eigene Zusammenstellung.', br(), 'Stand: 31.12.2024.'),
      h(1, 'Perspektive der Betroffenen'),
      quote(
        p(
          '„Wir möchten nicht nur über Rassismus sprechen, sondern mitentscheiden, was dagegen getan wird. Die Straße, in der wir wohnen, gehört uns allen.“',
        ),
        p(italic('Rückmeldung aus dem Beteiligungsworkshop „Stadtteile“')),
      ),
    ]),
    chapter('bestandsaufnahme', 'Bestandsaufnahme: Akteur*innen und Angebote', 'draft', [
      p('Im Kreisgebiet sind zahlreiche Akteur*innen aktiv. Eine Auswahl:'),
      ul(
        li(
          p(bold('Verwaltung:'), ' Kreisintegrationszentrum, Jugendamt, Schulamt'),
          ul(
            'Koordinierende Fachstelle',
            li(p('Regionale Schulberatung'), ul('Schulsozialarbeit an 14 Schulen')),
          ),
        ),
        li(p(bold('Zivilgesellschaft:'), ' Vereine, Initiativen, Religionsgemeinschaften')),
        li(p(bold('Beratung:'), ' Beratungsstelle gegen Alltagsrassismus, Opferberatung, Mobile Beratung')),
      ),
      h(3, 'Bereits bestehende Angebote'),
      p(
        'Die Übersicht aus dem Jahr 2022 ist ',
        strike('vollständig'),
        ' teilweise überholt und wird im Rahmen der Fortschreibung aktualisiert.',
      ),
      hr(),
      h(4, 'Hinweis zur Datengrundlage'),
      p(boldItalic('Alle Angaben beruhen auf Selbstauskünften der Träger.')),
    ]),
    // The vision itself lives in `concept.vision`; the exporter puts it in this chapter's place.
    chapter('leitbild', 'Leitbild', 'final', [{ type: 'paragraph' }]),
    chapter('ziele', 'Ziele', 'final', [
      p(
        'Das Zielsystem folgt der Logik ',
        bold('Leitziel → Mittlerziel → Handlungsziel'),
        '. Handlungsziele sind so formuliert, dass ihre Erreichung mit Indikatoren überprüft werden kann.',
      ),
    ]),
    chapter('umsetzung', 'Umsetzung, Monitoring und Fortschreibung', 'draft', [
      p(
        'Die Koordinierende Fachstelle berichtet dem Steuerungsgremium halbjährlich über den Umsetzungsstand. Weitere Informationen: ',
        link('Kreis Musterland – Vielfalt', 'https://www.example.org/vielfalt'),
        '.',
      ),
      ul(
        'Halbjährlicher Sachstandsbericht',
        'Jährliche Demokratiekonferenz',
        'Externe Evaluation nach drei Jahren',
      ),
    ]),
    chapter('evaluation', 'Evaluation', 'empty', [{ type: 'paragraph' }]),
  ];
}

function chapter(
  key: string,
  title: string,
  status: ChapterJSON['status'],
  content: ChapterJSON['body']['content'],
) {
  return {
    id: `chapter-${key}`,
    key,
    title,
    status,
    guidingQuestions: [`Was soll das Kapitel „${title}“ für den Rat klären?`],
    body: doc(...(content ?? [])),
  };
}
