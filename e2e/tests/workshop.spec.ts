import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { baseUrl, conceptJson, createConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { docxToText } from '../fixtures/docxToText.ts';
import { Participant } from '../fixtures/Participant.ts';
import { expect, test } from '../fixtures/test.ts';

const TITLE = 'Demokratiekonferenz 2027';
const CAFE = 'Sprachcafé im Stadtteilzentrum';
const TRAINING = 'Antirassismus-Training für Sportvereine';
const DUPLICATE = 'Ein Café zum Deutschlernen';
const XSS = '<img src=x onerror=alert(1)>';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

test('a workshop from setup to export: phones propose, the moderation releases, merges and hides, dots are counted, a proposal becomes a measure', async ({
  person,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const concept = await createConcept();
  const [sport, kultur] = (await conceptJson(concept)).fieldsOfAction as { id: string; title: string }[];
  if (!sport || !kultur) throw new Error('the template has fields of action');

  const moderator = await person('Jana Moderation');
  const mod = moderator.page;
  await moderator.workspace.open(concept.id, concept.ownerToken);
  await moderator.workspace.goTo(/^Beteiligung \d+$/);
  await mod.getByRole('button', { name: 'Beteiligungsformat anlegen' }).click();
  const form = mod.getByRole('form', { name: 'Neues Beteiligungsformat' });
  await form.getByLabel('Titel', { exact: true }).fill(TITLE);
  await form.getByLabel('Datum', { exact: true }).fill('2027-03-14');
  await form.getByLabel('Ort', { exact: true }).fill('Bürgerhaus Mitte');
  await form.getByLabel(sport.title, { exact: true }).check();
  await form.getByLabel(kultur.title, { exact: true }).check();
  await form.getByLabel('Punkte je teilnehmender Person', { exact: true }).fill('3');
  await expect(form.getByLabel(/erst nach Freigabe/)).toBeChecked();
  await form.getByRole('button', { name: 'Anlegen' }).click();
  await expect(mod.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  await mod.getByRole('button', { name: 'Link für Teilnehmende erstellen' }).click();
  const link = await mod.getByLabel('Link für Teilnehmende').inputValue();
  expect(link).toMatch(new RegExp(`/w/${concept.id}/[^/#]+#t=`));
  await expect(mod.getByRole('img', { name: /QR-Code mit dem Link/ })).toBeVisible();
  await expectNoSeriousViolations(mod);

  const wallContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE' });
  const wall = await wallContext.newPage();
  wall.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog on the wall: ${dialog.message()}`);
  });
  await wall.goto(link.replace('#t=', '/wand#t='));
  await expect(wall.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  const [anna, ben, cem] = await Promise.all([1, 2, 3].map(() => Participant.open(browser, link)));
  if (!anna || !ben || !cem) throw new Error('three participants');
  await expectNoSeriousViolations(anna.page);

  await test.step('proposals arrive live in the inbox; the wall shows only released ones', async () => {
    await anna.propose(CAFE, kultur.title);
    await expect(anna.page.getByText(/Danke/)).toBeVisible();
    await ben.propose(TRAINING, sport.title);
    await cem.propose(XSS);
    for (const text of [CAFE, TRAINING, XSS])
      await expect(mod.getByText(text, { exact: true })).toBeVisible();
    await expect(mod.getByText('3 Beiträge warten auf Freigabe')).toBeVisible();
    await expect(wall.getByText(CAFE, { exact: true })).toHaveCount(0);
    await mod.getByRole('button', { name: `Freigeben: „${CAFE}“` }).click();
    await mod.getByRole('button', { name: `Freigeben: „${TRAINING}“` }).click();
    await mod.getByRole('button', { name: `Ausblenden: „${XSS}“` }).click();
    await expect(wall.getByText(CAFE, { exact: true })).toBeVisible();
    await expect(wall.getByText(TRAINING, { exact: true })).toBeVisible();
    await expect(wall.getByText(XSS)).toHaveCount(0);
    await expect(wall.locator('img')).toHaveCount(0);
    await expectNoSeriousViolations(wall);
  });

  await test.step('a proposal sent offline goes out once when the connection returns', async () => {
    await ben.context.setOffline(true);
    await ben.propose(DUPLICATE);
    await expect(ben.ownProposals().getByText('wird gesendet …')).toBeVisible();
    await ben.context.setOffline(false);
    await expect(ben.ownProposals().getByText('wartet auf Freigabe').first()).toBeVisible();
    await expect(mod.getByText(DUPLICATE, { exact: true })).toBeVisible();
    await ben.page.reload();
    await expect(ben.ownProposals().getByText(DUPLICATE)).toHaveCount(1);
    const workshop = (await conceptJson(concept)).workshops[0];
    expect(workshop.proposals.filter((p: { text: string }) => p.text === DUPLICATE)).toHaveLength(1);
  });

  await test.step('the duplicate is merged: its text stays under the first', async () => {
    await mod.getByRole('button', { name: `Zusammenführen: „${DUPLICATE}“` }).click();
    await mod.getByLabel(`„${DUPLICATE}“ zusammenführen mit`).selectOption({ label: CAFE });
    await mod.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
    await expect(wall.getByText(`Zusammengefasst mit: ${DUPLICATE}`)).toBeVisible();
  });

  await test.step('voting: every screen follows, dots are limited and counted', async () => {
    await mod.getByRole('button', { name: 'Abstimmung starten' }).click();
    for (const p of [anna, ben, cem])
      await expect(p.page.getByText('Abstimmung läuft').first()).toBeVisible();
    for (let i = 0; i < 3; i++) await anna.addDot(CAFE).click();
    await expect(anna.page.getByText('Keine Punkte mehr übrig')).toBeVisible();
    await expect(anna.addDot(TRAINING)).toBeDisabled();
    await ben.addDot(TRAINING).click();
    await expect(ben.page.getByText('Ihre Punkte sind gespeichert.')).toBeVisible();
    await expect(wall.locator('.wall-card', { hasText: CAFE })).toContainText('3 Punkte');
    await expect(wall.locator('.wall-card', { hasText: TRAINING })).toContainText('1 Punkt');
    const proposals = (await conceptJson(concept)).workshops[0].proposals as {
      text: string;
      votes: Record<string, number>;
    }[];
    const dots = (text: string) =>
      Object.values(proposals.find((p) => p.text === text)?.votes ?? {}).reduce((a, b) => a + b, 0);
    expect([dots(CAFE), dots(TRAINING)]).toEqual([3, 1]);
  });

  let code = '';
  await test.step('a proposal becomes a measure with its origin; another is answered', async () => {
    await mod.getByRole('button', { name: `Als Maßnahme übernehmen: „${CAFE}“` }).click();
    await expect(mod).toHaveURL(/\/measure\//);
    await expect(mod.getByRole('main')).toContainText(TITLE);
    const measure = (await conceptJson(concept)).measures.find((m: { title: string }) => m.title === CAFE);
    expect(measure).toMatchObject({ originProposalId: expect.any(String), status: 'proposed' });
    code = measure.code;
    await moderator.workspace.goTo(/^\d+ Maßnahmen/);
    await expect(mod.getByRole('row', { name: new RegExp(CAFE) })).toContainText(`aus „${TITLE}“`);
    await moderator.workspace.goTo(/^Beteiligung \d+$/);
    await mod.getByRole('link', { name: TITLE }).click();
    await expect(mod.getByText(`übernommen als ${code}`)).toBeVisible();
    await mod.getByRole('button', { name: `Antworten: „${TRAINING}“` }).click();
    await mod.getByLabel('Ergebnis').selectOption({ label: 'Zurückgestellt' });
    await mod
      .getByLabel('Kurze Begründung (für Teilnehmende sichtbar)')
      .fill('Kommt in die nächste Förderperiode.');
    await mod.getByRole('button', { name: 'Speichern' }).click();
    await expect(mod.getByText('Kommt in die nächste Förderperiode.')).toBeVisible();
  });

  await test.step('the closed workshop refuses input and shows what became of the proposals', async () => {
    await mod.getByRole('button', { name: 'Beteiligung beenden' }).click();
    await mod.getByRole('button', { name: 'Beenden', exact: true }).click();
    await expect(anna.page.getByText('Das Beteiligungsformat ist beendet').first()).toBeVisible();
    await expect(anna.page.getByText(`Übernommen als Maßnahme ${code}`)).toBeVisible();
    await expect(anna.page.getByText('Kommt in die nächste Förderperiode.')).toBeVisible();
    await expect(anna.page.getByRole('button', { name: 'Vorschlag senden' })).toHaveCount(0);
    const token = new URL(link).hash.slice('#t='.length);
    const [, , , workshopId] = new URL(link).pathname.split('/');
    const refused = await fetch(`${baseUrl()}/api/workshops/${concept.id}/${workshopId}/proposals`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-participant': 'participant-late-01',
      },
      body: JSON.stringify({ submissionId: 'late-submission', text: 'Zu spät' }),
    });
    expect(refused.status).toBe(409);
    const ranking = wall.getByRole('region', { name: 'Ergebnis der Abstimmung' });
    await expect(ranking).toBeVisible();
    await expect(ranking.getByRole('listitem').first()).toContainText(CAFE);
    await expect(ranking.getByRole('listitem').first()).toContainText('Platz 1');
  });

  await test.step('the Word export documents the workshop without hidden texts or names', async () => {
    const response = await fetch(`${baseUrl()}/api/concepts/${concept.id}/export.docx`, {
      headers: { authorization: `Bearer ${concept.ownerToken}` },
    });
    expect(response.status).toBe(200);
    const file = testInfo.outputPath('workshop.docx');
    await writeFile(file, Buffer.from(await response.arrayBuffer()));
    const text = (await docxToText(file)).join('\n').replace(/\s+/g, ' ');
    const annex = text.slice(text.lastIndexOf('Anhang: Dokumentation der Beteiligung'));
    expect(annex).toContain(TITLE);
    expect(annex).toContain('Datum: 14.03.2027');
    expect(annex).toContain('Ort: Bürgerhaus Mitte');
    expect(annex).toContain('Teilnehmende: 3');
    expect(annex).toContain('Beiträge: 3; von der Moderation ausgeblendet: 1');
    expect(annex).toContain(`übernommen als ${code}`);
    expect(annex).toContain('zurückgestellt: Kommt in die nächste Förderperiode.');
    expect(annex).toContain(`zusammengeführt mit „${DUPLICATE}“`);
    expect(annex).not.toContain('onerror');
  });

  await wallContext.close();
  for (const p of [anna, ben, cem]) await p.context.close();
});
