import { baseUrl } from '../fixtures/api.ts';
import { importSampleWithUmlauts } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

const SENTENCE = 'Unter der strengen Sicherheitsrichtlinie geschrieben.';

test('the built app has no inline script and works under its Content-Security-Policy', async ({ person }) => {
  const html = await (await fetch(`${baseUrl()}/`)).text();
  expect(html).toContain('<script');
  expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);

  const concept = await importSampleWithUmlauts();
  const { page, context, workspace } = await person('Aylin Demir');
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const answer = page.waitForResponse((response) => response.request().resourceType() === 'document');
  await workspace.open(concept.id, concept.ownerToken);
  const csp = (await answer).headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");

  // Sync over the WebSocket, typing into the editor, a table view, the Word export in its Web Worker.
  await workspace.goTo('Evaluation');
  await workspace.typeInto('Kapiteltext', SENTENCE);
  await workspace.expectSaved();
  await workspace.goTo('Maßnahmenübersicht');
  await expect(workspace.main.getByRole('table', { name: 'Maßnahmen', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konzept exportieren' });
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Word-Dokument erstellen' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
  expect(refused).toEqual([]);
});
