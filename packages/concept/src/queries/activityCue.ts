// A heuristic, not a verdict: goals describe a state to reach ("Betroffene kennen die Beratungsangebote"),
// measures an activity ("Durchführung einer Informationskampagne"). A title reads as an activity when it has
// no finite verb of its own and
//   1. opens with an action noun: a nominalisation on -ung/-ion (or Aufbau, Ausbau, Einsatz …) followed by
//      what it acts on ("Durchführung von …", "Sensibilisierung der …", "Aufbau einer …"), or an event
//      ("Workshop …", "Fortbildung …", "Aktionswoche …"), or an infinitive used as a noun ("Durchführen von …");
//   2. or ends in an action verb's infinitive, as on a to-do list ("Eine Beratungsstelle einrichten",
//      "Lehrkräfte zu Rassismus fortbilden", "… durchzuführen").
// A finite verb ("ist", "sind", "kennen", "können", "wird" …) marks a sentence about a state and clears it:
// "Bildung ist für alle zugänglich", "Kooperation zwischen Schule und Verein ist etabliert".

const FINITE_VERBS = new Set(
  (
    'ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte soll sollen ' +
    'muss müssen darf dürfen gibt gab kennt kennen weiß wissen erlebt erleben fühlt fühlen nutzt nutzen ' +
    'nutzt nimmt nehmen findet finden steht stehen gilt gelten handelt handeln verfügt verfügen arbeitet ' +
    'arbeiten bietet bieten erhält erhalten erreicht erreichen besteht bestehen liegt liegen bleibt bleiben ' +
    'trägt tragen setzt setzen zeigt zeigen sieht sehen lebt leben wirkt wirken engagiert engagieren ' +
    'beteiligt beteiligen wenden melden meldet vertrauen vertraut'
  ).split(' '),
);

const LINKING_WORDS = new Set(
  'der des den dem die eines einer einem eines von vom zur zum für mit im in an am bei über zu'.split(' '),
);

const EVENT_NOUN =
  /^(workshops?|fortbildung(en)?|schulung(en)?|seminare?|veranstaltung(en)?|aktionstag(e)?|aktionswoche(n)?|kampagnen?|informationskampagnen?|tagung(en)?|fachtag(e|ung)?|konferenz(en)?|projekt(e)?tag(e)?|infoabend|vortrag|vorträge|ausstellung(en)?|broschüre|flyer)$/;

const ACTION_INFINITIVES =
  /(durchführen|durchzuführen|organisieren|veranstalten|einrichten|erstellen|anbieten|aufbauen|entwickeln|fördern|stärken|schaffen|etablieren|bereitstellen|ausbauen|initiieren|umsetzen|sensibilisieren|vernetzen|planen|konzipieren|informieren|beraten|qualifizieren|fortbilden|einführen|erarbeiten|gründen|ausrichten|verankern|ausweiten|aufklären|starten|einladen|beauftragen|erheben|veröffentlichen)$/;

const NOMINALISATION = /^([a-zäöüß]{4,}(ung|ion)|aufbau|ausbau|einsatz|start|auftakt)$/;
const NOUN_INFINITIVE = /^[a-zäöüß]{3,}(ieren|führen|richten|stellen|bauen|bieten)$/;

function words(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[^a-zäöüß*-]+/)
    .filter(Boolean);
}

/**
 * The words that make a goal title read like an activity rather than a state to reach, or null.
 * @example activityCue('Durchführung einer Aktionswoche') // 'Durchführung einer'
 */
export function activityCue(title: string): string | null {
  const list = words(title);
  if (list.length === 0 || list.some((w) => FINITE_VERBS.has(w))) return null;
  const original = title
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:!?„“”"()]+/g, ''));
  const [first = '', second = ''] = list;
  if (EVENT_NOUN.test(first)) return original[0] ?? null;
  if ((NOMINALISATION.test(first) || NOUN_INFINITIVE.test(first)) && LINKING_WORDS.has(second))
    return original.slice(0, 2).join(' ');
  const last = list[list.length - 1] ?? '';
  if (list.length >= 2 && ACTION_INFINITIVES.test(last)) return original[original.length - 1] ?? null;
  return null;
}
