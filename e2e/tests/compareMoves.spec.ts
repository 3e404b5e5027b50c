import { join } from 'node:path';
import { rt, sampleConcept } from '@werkbank/concept';
import { importConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/test.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');
const VERSION = 'v-beschluss-2025';

/** A saved version and a draft in which a measure and a goal moved, a line became a heading, title and phase changed. */
function backup() {
  const frozen = sampleConcept({ fields: 3, goals: 5, measures: 6 });
  const chapter = frozen.chapters[0];
  if (!chapter) throw new Error('the sample has chapters');
  frozen.meta.templateId = 'nrweltoffen';
  frozen.meta.phase = 'leitbild-ziele';
  chapter.body = rt.doc(rt.p('Ausgangslage im Kreis'), rt.p('Der Kreis ist offen.'));
  const draft = structuredClone(frozen);
  const measure = draft.measures.find((m) => m.id === 'measure-002');
  const goal = draft.goals.find((g) => g.id === 'goal-h2');
  const body = draft.chapters[0];
  if (!measure || !goal || !body) throw new Error('the sample has measure-002 and goal-h2');
  measure.primaryFieldId = 'field-3';
  goal.parentId = 'goal-m1';
  body.body = rt.doc(rt.h(2, 'Ausgangslage im Kreis'), rt.p('Der Kreis ist ', rt.bold('offen'), '.'));
  draft.meta.title = 'Handlungskonzept für Vielfalt';
  draft.meta.phase = 'umsetzung-monitoring';
  draft.versions = [
    {
      id: VERSION,
      name: 'Beschluss 2025',
      createdAt: '2026-03-01T10:00:00.000Z',
      adopted: false,
      resolution: null,
    },
  ];
  return {
    format: 'werkbank-backup',
    formatVersion: 1,
    exportedAt: '2026-12-06T10:00:00.000Z',
    concept: draft,
    versions: { [VERSION]: frozen },
  };
}

test('the comparison says in words what moved, whose formatting changed and which details of the concept changed', async ({
  person,
}) => {
  const concept = await importConcept(backup());
  const { page, workspace } = await person('Kim Sander');
  await page.setViewportSize({ width: 1280, height: 860 });
  await workspace.open(concept.id, concept.ownerToken);
  await page.goto(`/c/${concept.id}/compare/${VERSION}/draft#t=${concept.ownerToken}`);

  const summary = workspace.main.getByRole('region', { name: 'Zusammenfassung' });
  await expect(summary.getByRole('listitem')).toHaveText([
    'Angaben zum Konzept geändert: Titel, Phase',
    '1 Kapitel geändert (davon 1 mit geänderter Formatierung)',
    '1 Ziel geändert (davon 1 verschoben)',
    '1 Maßnahme geändert (davon 1 verschoben)',
  ]);
  const details = workspace.main.getByRole('region', { name: 'Angaben zum Konzept' });
  await expect(details.getByRole('term')).toHaveText(['Titel', 'Phase']);
  await expect(details).toContainText('Bisher: Gelöscht: Leitbild und Ziele');
  await expect(details).toContainText('Neu: Eingefügt: Umsetzung und Monitoring');
  const measures = workspace.main.getByRole('region', { name: 'Maßnahmen' });
  await expect(measures.getByRole('heading', { level: 3 })).toHaveText(/^M-02 .* verschoben$/);
  await expect(measures).toContainText('Verschoben von Handlungsfeld „Sport“ nach „Kultur“');
  await expect(workspace.main.getByRole('region', { name: 'Ziele' })).toContainText(
    'Verschoben: bisher unter „Beratungsangebote im Handlungsfeld „Sport“ bekannter machen“, jetzt unter',
  );
  await expect(workspace.main.getByRole('region', { name: 'Kapitel' })).toContainText(
    'Formatierung geändert: Überschrift, fett',
  );

  expect(await seriousViolations(page), 'axe on the compare view').toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-moves-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(summary).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-moves-390.png'), fullPage: true });
});
