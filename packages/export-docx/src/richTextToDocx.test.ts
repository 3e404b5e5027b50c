import { rt } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { docxXml, xmlText } from '../test/docxXml.ts';
import { conceptWithChapter } from '../test/factories.ts';
import { conceptToDocx } from './conceptToDocx.ts';

async function chapterXml(...content: Parameters<typeof conceptWithChapter>[0]) {
  return docxXml(
    await conceptToDocx(conceptWithChapter(content), { parts: { titlePage: false, toc: false } }),
  );
}

describe('richTextToDocx (through a chapter)', () => {
  it('shifts text headings below the chapter heading, in Word heading styles', async () => {
    const xml = await chapterXml(
      rt.h(1, 'Abschnitt'),
      rt.h(2, 'Unterabschnitt'),
      rt.h(3, 'Tiefer'),
      rt.h(4, 'Am tiefsten'),
    );
    const styles = xml.paragraphs.map((p) => `${p.style}:${p.text}`);
    expect(styles).toEqual([
      'Heading1:Testkapitel',
      'Heading2:Abschnitt',
      'Heading3:Unterabschnitt',
      'Heading4:Tiefer',
      'Heading5:Am tiefsten',
    ]);
  });

  it('writes bold, italic, underline, strike and hard breaks', async () => {
    const xml = await chapterXml(
      rt.p(
        rt.bold('fett'),
        ' ',
        rt.italic('kursiv'),
        ' ',
        rt.underline('unterstrichen'),
        ' ',
        rt.strike('gestrichen'),
        rt.br(),
        'Straße',
      ),
    );
    const run = (text: string) =>
      xml.document.match(new RegExp(`<w:r>(?:(?!</w:r>).)*${text}</w:t></w:r>`))?.[0] ?? '';
    expect(run('fett')).toContain('<w:b/>');
    expect(run('kursiv')).toContain('<w:i/>');
    expect(run('unterstrichen')).toMatch(/<w:u w:val="single"\/>/);
    expect(run('gestrichen')).toContain('<w:strike/>');
    expect(xml.document).toContain('<w:br/>');
    expect(xml.document).toContain('Straße');
  });

  it('links http, https and mailto targets as hyperlinks, and keeps other schemes as plain text', async () => {
    const xml = await chapterXml(
      rt.p(rt.link('Programm', 'https://www.example.org/p'), ' ', rt.link('böse', 'javascript:alert(1)')),
    );
    expect(xml.document).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>.*Programm/);
    expect(xml.rels).toContain('Target="https://www.example.org/p"');
    expect(xml.rels).not.toContain('javascript');
    expect(xml.document).toContain('böse');
  });

  it('numbers nested bullet and ordered lists by level, each list counting from its own start', async () => {
    const xml = await chapterXml(
      rt.ul(rt.li(rt.p('eins'), rt.ul('eins.a', rt.li(rt.p('eins.b'), rt.ul('tief')))), 'zwei'),
      rt.ol(3, 'drei', 'vier'),
      rt.ol(1, 'neu eins'),
    );
    const level = (text: string) =>
      /<w:ilvl w:val="(\d)"\/>/.exec(xml.paragraphs.find((p) => p.text === text)?.xml ?? '')?.[1];
    expect(['eins', 'eins.a', 'tief', 'zwei'].map(level)).toEqual(['0', '1', '2', '0']);
    const numId = (text: string) =>
      /<w:numId w:val="(\d+)"\/>/.exec(xml.paragraphs.find((p) => p.text === text)?.xml ?? '')?.[1];
    expect(numId('drei')).toBe(numId('vier'));
    expect(numId('drei')).not.toBe(numId('neu eins'));
    expect(xml.numbering).toMatch(/<w:start w:val="3"\/>/);
    expect(xml.numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    expect(xml.numbering).toMatch(/<w:numFmt w:val="decimal"\/>/);
  });

  it('marks leading header rows as repeating header rows and keeps merged cells', async () => {
    const xml = await chapterXml(
      rt.table(
        rt.tr(rt.th('Bereich', 1, 2), rt.th('Anfragen', 2)),
        rt.tr(rt.th('2023'), rt.th('2024')),
        rt.tr(rt.td('Wohnen'), rt.td('9'), rt.td('20')),
      ),
    );
    expect(xml.tables).toHaveLength(1);
    const rows = xml.tables[0]?.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, false]);
    expect(rows[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(rows[0]).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(rows[1]).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    expect(xmlText(rows[2] ?? '')).toBe('Wohnen920');
  });

  it('ends a cell holding a table with a paragraph, as Word requires of every cell', async () => {
    const nested = {
      type: 'tableCell',
      attrs: { colspan: 1, rowspan: 1 },
      content: [rt.table(rt.tr(rt.td('innen')))],
    };
    const xml = await chapterXml(rt.table(rt.tr(nested, rt.td('daneben'))));
    expect(xml.document).toContain('innen');
    expect(xml.document).toMatch(/<\/w:tbl><w:p>.*?<\/w:p><\/w:tc>/);
    expect(xml.document).not.toContain('</w:tbl></w:tc>');
  });

  it('sets block quotes in the Quote style and rules as a bottom border', async () => {
    const xml = await chapterXml(rt.quote(rt.p('Zitat')), rt.hr(), rt.p('danach'));
    expect(xml.paragraphs.find((p) => p.text === 'Zitat')?.style).toBe('Quote');
    expect(xml.document).toMatch(/<w:pBdr><w:bottom [^>]*w:val="single"/);
  });
});
