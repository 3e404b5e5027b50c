import { wordListClipboard } from '../../packages/editor/src/test/fixtures/wordListClipboard.ts';
import { docxXml } from '../../packages/export-docx/test/docxXml.ts';
import { baseUrl, conceptJson } from '../fixtures/api.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

const WORD_TEXT = 'Wir setzen auf:\r\n·\tBeratung für Betroffene\r\no\tOpferberatung\r\n';
const GLYPHS = /[·§\uf0b7\uf0a7]/;

test('a list pasted from Word becomes a real list in the editor, the stored concept and the Word export, with one bullet an item', async ({
  person,
}) => {
  const concept = await importSample();
  const chapter = (await conceptJson(concept)).chapters[1];
  const { page, workspace } = await person('Mira Schulz');
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.goTo(new RegExp(chapter.title));
  await workspace.expectSaved();

  const area = workspace.textArea('Kapiteltext');
  await area.click();
  await page.keyboard.press('ControlOrMeta+End');
  // The chapter ends in a list: as in a word processor, Enter on an empty item leaves it (one level at a time).
  const inList = () =>
    page.evaluate(() => {
      const node = window.getSelection()?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      return Boolean(element?.closest('li'));
    });
  for (let presses = 0; presses < 6 && (await inList()); presses++) await page.keyboard.press('Enter');
  expect(await inList()).toBe(false);
  await page.evaluate(
    ({ html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(event);
    },
    { html: wordListClipboard, text: WORD_TEXT },
  );
  // The sample chapter has lists of its own: the pasted ones are the last at the top level.
  const bullets = area.locator(':scope > ul').last();
  await expect(bullets.locator(':scope > li > p')).toHaveText([
    'Beratung für Betroffene',
    'Fortbildungen',
    'Vernetzung der Träger',
  ]);
  await expect(bullets.locator(':scope > li > ul > li > p')).toHaveText(['Opferberatung']);
  await expect(bullets.locator(':scope > li > ul > li > ul > li > p')).toHaveText([
    'Hotline rund um die Uhr',
  ]);
  const numbered = area.locator(':scope > ol').last();
  await expect(numbered.locator(':scope > li > p')).toHaveText(['Bestandsaufnahme', 'Beteiligung']);
  await expect(numbered.locator(':scope > li > ol[type="a"] > li > p')).toHaveText(['Befragung der Vereine']);
  expect(await area.textContent()).not.toMatch(GLYPHS);
  await workspace.expectSaved();

  const body = JSON.stringify((await conceptJson(concept)).chapters[1].body);
  expect(body).toContain('"bulletList"');
  expect(body).toContain('Opferberatung');
  expect(body).not.toMatch(GLYPHS);

  const response = await fetch(`${baseUrl()}/api/concepts/${concept.id}/export.docx`, {
    headers: { authorization: `Bearer ${concept.ownerToken}` },
  });
  expect(response.status).toBe(200);
  const xml = docxXml(new Uint8Array(await response.arrayBuffer()));
  for (const item of [
    'Beratung für Betroffene',
    'Opferberatung',
    'Hotline rund um die Uhr',
    'Bestandsaufnahme',
  ]) {
    const paragraph = xml.paragraphs.find((p) => p.text === item);
    expect(paragraph?.xml, item).toContain('<w:numPr>');
  }
  // The title page has a "·" of its own; a typed bullet would open a paragraph.
  expect(xml.paragraphs.filter((p) => /^\s*[·§•\uf0b7\uf0a7]/.test(p.text))).toEqual([]);
});
