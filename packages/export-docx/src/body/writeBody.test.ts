import { rt } from '@werkbank/concept';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxXml } from '../../test/docxXml.ts';
import { conceptWithChapter } from '../../test/factories.ts';
import { conceptToDocx } from '../conceptToDocx.ts';
import { measureTable } from '../layout/measureBlocks.ts';
import { Paragraph, Table, TableCell, TableRow } from './model.ts';
import { type BodyReferences, writeBody } from './writeBody.ts';

const refs: BodyReferences = {
  numId: () => 1,
  linkId: () => 'rIdLink1',
  tocEntries: [],
  tocRightTab: 9355,
};

const cell = (text: string, more: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: [new Paragraph({ style: 'TableText', text })], ...more });

describe('writeBody', () => {
  it('escapes markup characters and drops characters XML cannot hold, so Word and LibreOffice can read the file', async () => {
    const text = 'A <b>fett</b> & "zitiert" \u0001\u000b\u001f\uffff Ende';
    const bytes = await conceptToDocx(conceptWithChapter([rt.p(text)]), { parts: { titlePage: false } });
    const { document } = docxXml(bytes);
    expect(document).toContain('A &lt;b&gt;fett&lt;/b&gt; &amp; &quot;zitiert&quot;  Ende');
    for (const c of ['\u0001', '\u000b', '\u001f', '\uffff']) expect(document).not.toContain(c);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('A <b>fett</b> & "zitiert"  Ende');
  });

  it('writes a cell spanning rows in a middle column as restart and continue cells in its columns', () => {
    const table = new Table({
      columnWidths: [1000, 2000, 3000],
      rows: [
        new TableRow({ children: [cell('a'), cell('b', { rowSpan: 3 }), cell('c')] }),
        new TableRow({ children: [cell('d'), cell('e')] }),
        new TableRow({ children: [cell('f'), cell('g')] }),
        new TableRow({ children: [cell('h'), cell('i', { columnSpan: 2 })] }),
      ],
    });
    const rows = writeBody([table], refs).match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    const cells = rows.map((row) =>
      (row.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map((c) => {
        const width = /w:w="(\d+)"/.exec(c)?.[1];
        const merge = /<w:vMerge w:val="(\w+)"\/>/.exec(c)?.[1] ?? '';
        const text = /<w:t(?: [^>]*)?>([^<]*)</.exec(c)?.[1] ?? '';
        return `${text}${merge ? `:${merge}` : ''}@${width}`;
      }),
    );
    expect(cells).toEqual([
      ['a@1000', 'b:restart@2000', 'c@3000'],
      ['d@1000', ':continue@2000', 'e@3000'],
      ['f@1000', ':continue@2000', 'g@3000'],
      ['h@1000', 'i@5000'],
    ]);
    expect(rows[3]).toContain('<w:gridSpan w:val="2"/>');
  });

  it('lays out the cells right of a cell spanning rows in their own columns', () => {
    const long =
      'Ein längerer Text, der in einer schmalen Spalte mehr Zeilen braucht als in einer breiten. '.repeat(3);
    const widths = [1000, 1500, 4000];
    const merged = new Table({
      columnWidths: widths,
      rows: [
        new TableRow({ children: [cell('a'), cell('b', { rowSpan: 2 }), cell('c')] }),
        new TableRow({ children: [cell('d'), cell(long)] }),
      ],
    });
    const plain = new Table({
      columnWidths: widths,
      rows: [new TableRow({ children: [cell('d'), cell(''), cell(long)] })],
    });
    const narrow = new Table({
      columnWidths: widths,
      rows: [new TableRow({ children: [cell('d'), cell(long), cell('')] })],
    });
    const height = (t: Table, row: number) => measureTable(t).rows[row]?.height;
    expect(height(merged, 1)).toBe(height(plain, 0));
    expect(height(narrow, 0)).toBeGreaterThan(height(plain, 0) ?? 0);
  });

  it('links each address once in the relationships, and marks the table of contents dirty without page numbers', async () => {
    const link = (text: string) => rt.link(text, 'https://www.example.org/a?x=1&y=2');
    const bytes = await conceptToDocx(conceptWithChapter([rt.p(link('eins'), ' und ', link('zwei'))]), {
      tocPageNumbers: 'none',
    });
    const xml = docxXml(bytes);
    const relationships = xml.rels.match(/<Relationship [^>]*hyperlink[^>]*>/g) ?? [];
    expect(relationships).toHaveLength(1);
    expect(relationships[0]).toContain('Target="https://www.example.org/a?x=1&amp;y=2"');
    const id = /Id="([^"]+)"/.exec(relationships[0] ?? '')?.[1];
    expect(xml.document.match(new RegExp(`r:id="${id}"`, 'g'))).toHaveLength(2);
    expect(xml.document).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/>');
    expect(xml.document).toMatch(
      /PAGEREF _Toc1 \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar/,
    );
  });

  it('keeps all bulleted lists in one list instance and starts each numbered list anew', async () => {
    const xml = docxXml(
      await conceptToDocx(
        conceptWithChapter([
          rt.ul('a', 'b'),
          rt.p('dazwischen'),
          rt.ul('c'),
          rt.ol(1, 'eins'),
          rt.p('x'),
          rt.ol(1, 'eins'),
        ]),
        { parts: { titlePage: false, toc: false } },
      ),
    );
    const numIds = xml.paragraphs
      .filter((p) => p.style === 'ListParagraph')
      .map((p) => `${p.text}:${/<w:numId w:val="(\d+)"\/>/.exec(p.xml)?.[1]}`);
    const [a, b, c, one, again] = numIds.map((n) => n.split(':')[1]);
    expect(numIds.map((n) => n.split(':')[0])).toEqual(['a', 'b', 'c', 'eins', 'eins']);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(one).not.toBe(again);
    expect(one).not.toBe(a);
    for (const id of [a, one, again]) expect(xml.numbering).toContain(`<w:num w:numId="${id}">`);
  });
});
