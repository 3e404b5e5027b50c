import { conceptJson, createLink } from '../fixtures/api.ts';
import { firstSampleMeasure, importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';
import type { WorkspacePage } from '../fixtures/WorkspacePage.ts';

async function expectNothingEditable(workspace: WorkspacePage): Promise<void> {
  const { main } = workspace;
  await expect(main.locator('[contenteditable="true"]')).toHaveCount(0);
  // The search above every view reads the concept; it changes nothing.
  await expect(
    main.locator(
      'input:not([readonly]):not([disabled]):not([type="hidden"]):not([type="search"]), textarea:not([readonly]):not([disabled]), select:not([disabled])',
    ),
  ).toHaveCount(0);
  await expect(
    main.getByRole('button', { name: /hinzufügen|löschen|entfernen|verschieben|einrücken/i }),
  ).toHaveCount(0);
  await expect(main.getByRole('toolbar', { name: /Formatierung/ })).toHaveCount(0);
  await expect(
    main.getByRole('button', { name: /^(Fett|Kursiv|Link|Tabelle einfügen|Rückgängig)$/ }),
  ).toHaveCount(0);
  // Keyboard help for moving, renaming or deleting would promise what a viewer cannot do.
  await expect(main.getByText(/umbenennen|Entf: löschen/)).toHaveCount(0);
}

test('a viewer sees everything and can change nothing', async ({ person }) => {
  const concept = await importSample();
  const before = await conceptJson(concept);
  const viewerToken = await createLink(concept, 'viewer', 'Presse');
  const measure = firstSampleMeasure();
  const { page, workspace } = await person('Mira Schulz');
  await workspace.open(concept.id, viewerToken);
  await expect(page.getByRole('banner')).toContainText('Nur lesen');
  await expect(page.getByRole('button', { name: 'Teilen' })).toHaveCount(0);

  await workspace.goTo(new RegExp(before.chapters[0].title));
  await expect(workspace.textArea('Kapiteltext')).toBeVisible();
  await expect(workspace.textArea('Kapiteltext')).toHaveAttribute('aria-readonly', 'true');
  await expectNothingEditable(workspace);
  await workspace.textArea('Kapiteltext').click();
  await page.keyboard.type('Darf nicht gespeichert werden');
  await expect(workspace.textArea('Kapiteltext')).not.toContainText('Darf nicht');

  await page.goto(`/c/${concept.id}/measure/${measure.id}`);
  await expect(workspace.main.getByRole('heading', { name: new RegExp(measure.code) }).first()).toBeVisible();
  await expectNothingEditable(workspace);
  const lead = workspace.main.getByLabel('Federführung', { exact: true });
  await lead.click();
  await page.keyboard.type('Darf nicht gespeichert werden');
  await lead.press('Enter');

  for (const view of ['vision', 'goals', 'fields', 'actors']) {
    await page.goto(`/c/${concept.id}/${view}`);
    await expect(workspace.main.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNothingEditable(workspace);
  }

  // The server confirms: nothing the viewer did was stored.
  await workspace.expectSaved();
  const after = await conceptJson(concept);
  expect(JSON.stringify(after)).not.toContain('Darf nicht');
  expect(after.chapters).toEqual(before.chapters);
  expect(after.measures).toEqual(before.measures);
});
