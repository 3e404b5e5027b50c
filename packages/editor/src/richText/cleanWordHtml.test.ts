import { describe, expect, it } from 'vitest';
import { wordClipboard as wordHtml } from '../test/fixtures/wordClipboard.ts';
import { cleanWordHtml } from './cleanWordHtml.ts';

describe('cleanWordHtml', () => {
  const clean = cleanWordHtml(wordHtml);

  it('drops Word junk: comments, o:p, styles, classes, mso attributes, smart tags', () => {
    expect(clean).not.toMatch(/<!--|mso-|class=|style=|lang=|<o:p|<st1|supportLists|Mso|<span|<font/i);
    expect(clean).not.toContain('Font Definitions');
  });

  it('keeps headings, bold, italic, underline and links', () => {
    expect(clean).toContain('<h2>2.1 Ausgangslage im Kreis Musterland</h2>');
    expect(clean).toContain('<b>über 120 Nationen</b>');
    expect(clean).toContain('<i>Mobile Beratung</i>');
    expect(clean).toContain('<strong>47 Vorfälle</strong>');
    expect(clean).toContain('<u>Betroffenen</u>');
    expect(clean).toContain('<a href="https://www.nrweltoffen.de/">NRWeltoffen</a>');
  });

  it('turns Word list paragraphs into nested lists without typed markers', () => {
    expect(clean).toContain(
      '<ul><li><p>Beratungsstellen</p><ul><li><p>Opferberatung</p></li></ul></li><li><p>Schulen und Jugendzentren</p></li></ul>',
    );
    expect(clean).toContain(
      '<ol><li><p>Bestandsaufnahme</p></li><li><p>Beteiligung der <u>Betroffenen</u></p></li></ol>',
    );
    expect(clean).not.toMatch(/·|>o<|1\.\s/);
  });

  it('keeps tables and drops empty Word paragraphs', () => {
    expect(clean).toMatch(/<table><tbody><tr><td><p><b>Handlungsfeld<\/b><\/p><\/td>/);
    expect(clean).not.toMatch(/<p>(\s|&nbsp;)*<\/p>/);
  });

  it('refuses unsafe link targets', () => {
    expect(cleanWordHtml('<p><a href="javascript:alert(1)">x</a></p>')).toBe('<p>x</p>');
  });
});
