import type { EntityChange, FieldChange } from '@werkbank/concept';

const ASPECTS: Record<string, string> = {
  bold: 'fett',
  italic: 'kursiv',
  underline: 'unterstrichen',
  strike: 'durchgestrichen',
  link: 'Link',
  heading: 'Überschrift',
  list: 'Liste',
  quote: 'Zitat',
  table: 'Tabelle',
  paragraph: 'Absatzformat',
};

/** Where an entity moved, in German: "verschoben von Handlungsfeld „Sport“ nach „Kultur“"; null when it stayed. */
export function moveNote(change: EntityChange): string | null {
  const { move } = change;
  if (!move) return null;
  if (move.kind === 'order')
    return `In der Reihenfolge verschoben: von Platz ${move.from} auf Platz ${move.to}`;
  const { from, to } = move;
  if (change.kind === 'measure') {
    if (!from) return `Verschoben nach Handlungsfeld „${to}“, bisher ohne Handlungsfeld`;
    if (!to) return `Verschoben aus Handlungsfeld „${from}“, jetzt ohne Handlungsfeld`;
    return `Verschoben von Handlungsfeld „${from}“ nach „${to}“`;
  }
  if (!from) return `Verschoben: bisher auf der obersten Ebene, jetzt unter „${to}“`;
  if (!to) return `Verschoben: bisher unter „${from}“, jetzt auf der obersten Ebene`;
  return `Verschoben: bisher unter „${from}“, jetzt unter „${to}“`;
}

/** "Formatierung geändert: fett, Überschrift" for rich text whose words took another format; null otherwise. */
export function formattingNote(field: FieldChange): string | null {
  if (!field.formatting?.length) return null;
  return `Formatierung geändert: ${field.formatting.map((a) => ASPECTS[a] ?? a).join(', ')}`;
}
