import type { EntityChange } from '@werkbank/concept';
import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { diffParagraphs } from './diffParagraphs.ts';
import { fieldLabels } from './synopsisLabels.ts';
import { formattingNote, moveNote } from './synopsisNotes.ts';
import { synopsisPage } from './synopsisPage.ts';
import { synopsisValue } from './synopsisValue.ts';

const HALF = Math.floor(synopsisPage.textWidth / 2);
const CHANGE_WORDS = {
  added: 'neu',
  removed: 'entfallen',
  changed: 'geändert',
  moved: 'verschoben',
} as const;

function cell(children: Paragraph[], columnSpan = 1): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({ style: 'TableText', children: [] })],
    columnSpan,
    width: { size: HALF * columnSpan, type: WidthType.DXA },
  });
}

function note(text: string): Paragraph {
  return new Paragraph({ style: 'TableText', children: [new TextRun({ text, italics: true })] });
}

// A sentence across both columns: where an entity moved, or that a text's formatting changed.
function noteRow(text: string, label?: string): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      cell(
        [
          new Paragraph({
            style: 'TableText',
            children: [
              ...(label ? [new TextRun({ text: `${label}: `, bold: true })] : []),
              new TextRun({ text, italics: true }),
            ],
          }),
        ],
        2,
      ),
    ],
  });
}

function fieldRows(change: EntityChange, field: EntityChange['fields'][number]): TableRow[] {
  const label = fieldLabels[field.field] ?? field.field;
  const formatting = formattingNote(field);
  // The same words in another format: the note says it all, the text would only be repeated.
  if (formatting && field.before === field.after) return [noteRow(formatting, label)];
  const row = fieldRow(change, field, label);
  return formatting ? [row, noteRow(formatting, label)] : [row];
}

function fieldRow(change: EntityChange, field: EntityChange['fields'][number], label: string): TableRow {
  if (field.diff.length > 0)
    return new TableRow({
      cantSplit: false,
      children: [
        cell(diffParagraphs(field.diff, 'old', label)),
        cell(diffParagraphs(field.diff, 'new', label)),
      ],
    });
  const before = synopsisValue(change.kind, field, field.before);
  const after = synopsisValue(change.kind, field, field.after);
  const side = (text: string, old: boolean) =>
    new Paragraph({
      style: 'TableText',
      children: [
        new TextRun({ text: `${label}: `, bold: true }),
        new TextRun({ text, ...(old ? { strike: true } : { underline: {}, bold: true }) }),
      ],
    });
  return new TableRow({
    children: [cell(before ? [side(before, true)] : []), cell(after ? [side(after, false)] : [])],
  });
}

function entityRows(change: EntityChange): TableRow[] {
  const badge = change.move && change.fields.length === 0 ? 'moved' : change.change;
  const title = new TableRow({
    cantSplit: true,
    children: [
      cell(
        [
          new Paragraph({
            style: 'TableLabel',
            keepNext: true,
            children: [new TextRun({ text: `${change.title || '–'} (${CHANGE_WORDS[badge]})`, bold: true })],
          }),
        ],
        2,
      ),
    ],
  });
  if (change.change === 'added')
    return [
      title,
      new TableRow({
        children: [
          cell([note('– (neu aufgenommen)')]),
          cell(change.fields.flatMap((f) => plain(change, f, f.after))),
        ],
      }),
    ];
  if (change.change === 'removed')
    return [
      title,
      new TableRow({
        children: [
          cell(change.fields.flatMap((f) => plain(change, f, f.before))),
          cell([note('– (entfallen)')]),
        ],
      }),
    ];
  const move = moveNote(change);
  return [
    title,
    ...(move ? [noteRow(move)] : []),
    ...change.fields.flatMap((field) => fieldRows(change, field)),
  ];
}

// A new or removed entity's fields, without marks: the whole entity is new or gone.
function plain(change: EntityChange, field: EntityChange['fields'][number], value: string): Paragraph[] {
  const label = fieldLabels[field.field] ?? field.field;
  const text = field.diff.length > 0 ? value : synopsisValue(change.kind, field, value);
  return text.split('\n').map(
    (line, index) =>
      new Paragraph({
        style: 'TableText',
        children: [
          ...(index === 0 ? [new TextRun({ text: `${label}: `, bold: true })] : []),
          new TextRun(line),
        ],
      }),
  );
}

/**
 * The two-column change list of one section: a header row naming the old and the new state (repeated on every
 * page), then per entity a row with its name and what happened to it, where it moved, and a row per field, old
 * left, new right, with a note where a text's formatting changed.
 */
export function synopsisTable(changes: readonly EntityChange[], fromName: string, toName: string): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([
        new Paragraph({
          style: 'TableLabel',
          children: [new TextRun({ text: `Bisher: ${fromName}`, bold: true })],
        }),
      ]),
      cell([
        new Paragraph({
          style: 'TableLabel',
          children: [new TextRun({ text: `Neu: ${toName}`, bold: true })],
        }),
      ]),
    ],
  });
  return new Table({
    width: { size: HALF * 2, type: WidthType.DXA },
    columnWidths: [HALF, HALF],
    rows: [header, ...changes.flatMap(entityRows)],
  });
}
