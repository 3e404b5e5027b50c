import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { sampleConcept } from '@werkbank/concept';
import { baseUrl, createLink, importConcept, linkFor, type TestConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { openPerson } from '../fixtures/Person.ts';
import { expect, test } from '../fixtures/test.ts';

/** The four widths of issue 13; the page may never scroll sideways at any of them. */
const SIZES = [
  { width: 1280, height: 900 },
  { width: 1024, height: 900 },
  { width: 768, height: 900 },
  { width: 390, height: 844 },
] as const;

/** Where the screenshots go besides the report (WERKBANK_E2E_SHOTS=/tmp/… to look at them by hand). */
const SHOTS = process.env.WERKBANK_E2E_SHOTS;

const LONG_MEASURE =
  'Qualifizierungsoffensive Antidiskriminierungsberatung: Fortbildungsreihe für Verwaltungsmitarbeitende, Ehrenamtskoordinator*innen und Integrationslotsinnen in allen kreisangehörigen Gemeinden';
const LONG_FIELD = 'Gesellschaftlicher Zusammenhalt und Gleichbehandlungsgrundsatzverwirklichung';
const LONG_GOAL =
  'Diskriminierungserfahrungen werden niedrigschwellig dokumentiert: Beschwerdemanagementverfahren in allen Rathäusern';

/** The sample concept with long German words in a field, a goal and a measure, more indicators and cost lines. */
function screenConcept() {
  const json = sampleConcept({ measures: 12 });
  // A template the server knows, so the overview shows the phase and the process path its checklists.
  json.meta.templateId = 'nrweltoffen';
  // The revision after the adopted version is already under way: its question would cover every view.
  json.revision = {
    name: 'Fortschreibung 2027',
    startedAt: '2026-01-12T09:00:00.000Z',
    afterVersionId: 'version-2',
  };
  const [field] = json.fieldsOfAction;
  const [goal] = json.goals;
  const [measure] = json.measures;
  if (!field || !goal || !measure) throw new Error('the sample has a field, a goal and a measure');
  field.title = LONG_FIELD;
  goal.title = LONG_GOAL;
  measure.title = LONG_MEASURE;
  measure.partners = [
    'Integrationsagentur des Kreisverbands',
    'Antidiskriminierungsnetzwerk Musterland',
    'Volkshochschulzweckverband',
  ];
  measure.indicators = [
    ...measure.indicators,
    {
      id: 'screen-i2',
      name: 'Teilnehmendenzufriedenheitsquote der Fortbildungsveranstaltungen',
      unit: 'Prozent',
      baseline: '0',
      target: '85',
      source: 'Auswertungsfragebogen',
    },
    {
      id: 'screen-i3',
      name: 'Erreichte Verwaltungsmitarbeitende',
      unit: 'Personen',
      baseline: '12',
      target: '240',
      source: 'Teilnahmelisten der Kreisverwaltung',
    },
  ];
  measure.costLines = [
    { id: 'screen-k1', year: 2025, amount: 18_500, source: 'landesmittel' },
    { id: 'screen-k2', year: 2025, amount: 4_625.5, source: 'eigenanteil' },
    { id: 'screen-k3', year: 2026, amount: 21_000, source: 'landesmittel' },
    { id: 'screen-k4', year: 2026, amount: 3_000, source: 'drittmittel' },
    { id: 'screen-k5', year: 2027, amount: 12_750, source: 'eigenanteil' },
  ];
  return { json, goal, measure };
}

async function saveVersion(concept: TestConcept, name: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/concepts/${concept.id}/versions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${concept.ownerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function workshopLink(concept: TestConcept, workshopId: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/concepts/${concept.id}/links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${concept.ownerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'workshop', workshopId, label: 'Bildschirmgrößen' }),
  });
  expect(response.status).toBe(201);
  const { token } = (await response.json()) as { token: string };
  return `/w/${concept.id}/${workshopId}#t=${token}`;
}

/** Moves inside the app as a link click does (no reload), so the connection and presence stay. */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * How far the page is wider than the window, and the elements that stick out furthest (not counting those inside
 * a box that scrolls or clips sideways: they scroll in their own box).
 */
async function overflowOf(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    // The workspace's main area may scroll sideways on its own: that counts as the page being too wide.
    const main = document.querySelector('main');
    const excess = Math.max(
      root.scrollWidth - window.innerWidth,
      main ? main.scrollWidth - main.clientWidth : 0,
    );
    const describe = (el: Element) => {
      const cls =
        typeof el.className === 'string' && el.className.trim()
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      const rect = el.getBoundingClientRect();
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls} (right ${Math.round(rect.right)}, width ${Math.round(rect.width)}) "${text}"`;
    };
    // Inside a box that scrolls or clips sideways it scrolls there; an absolutely placed element is clipped only by
    // boxes from its containing block outwards.
    const clipped = (el: Element) => {
      let absolute = getComputedStyle(el).position === 'absolute';
      if (getComputedStyle(el).position === 'fixed') return true;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        const positioned = style.position !== 'static' || style.transform !== 'none';
        if (style.position === 'fixed') return true;
        if (p === main) continue;
        if (style.overflowX !== 'visible' && (!absolute || positioned)) return true;
        if (absolute && positioned) absolute = style.position === 'absolute';
      }
      return false;
    };
    // A main area already scrolled sideways shifts everything left by its scrollLeft.
    const limit = window.innerWidth - (main?.scrollLeft ?? 0);
    const beyond = [...document.body.querySelectorAll('*')].filter((el) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.right > limit + 0.5;
    });
    // A word too long for its box sticks out of it as text, not as an element: name its parent.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const parent = node.parentElement;
      if (
        parent &&
        range.getBoundingClientRect().right > limit + 0.5 &&
        getComputedStyle(parent).overflowX === 'visible' &&
        !clipped(parent) &&
        !beyond.includes(parent)
      )
        beyond.push(parent);
    }
    // Where none sticks out unclipped, all of them (something clipped may still widen its scroll box).
    const unclipped = beyond.filter((el) => !clipped(el));
    const out = unclipped.length > 0 ? unclipped : beyond;
    // The outermost ones first: an element whose parent does not stick out is where it starts.
    const starts = out.filter((el) => !el.parentElement || !out.includes(el.parentElement));
    const widest = [...out].sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
    return {
      excess,
      culprits: [...new Set([...starts.slice(0, 4), ...widest.slice(0, 2)].map(describe))],
    };
  });
}

async function shoot(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<void> {
  const path = SHOTS ? join(SHOTS, `${name}.png`) : testInfo.outputPath(`${name}.png`);
  const body = await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Waits until the view is drawn, then checks the page is not wider than the window and takes a screenshot. */
async function check(page: Page, testInfo: TestInfo, width: number, name: string, fullPage = true) {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { excess, culprits } = await overflowOf(page);
  await shoot(page, testInfo, `${width}-${name}`, fullPage);
  // Soft: one run names every view that does not fit.
  expect
    .soft(
      excess,
      `${name} at ${width} px is ${excess} px wider than the window; sticking out: ${culprits.join(' | ')}`,
    )
    .toBeLessThanOrEqual(0);
}

async function present(browser: Browser, concept: TestConcept, name: string, token: string) {
  const other = await openPerson(browser, name, { color: '#047857' });
  await other.page.goto(linkFor(concept.id, token));
  await expect(other.workspace.nav.getByRole('link').first()).toBeVisible();
  return other;
}

for (const size of SIZES) {
  test(`every view fits a ${size.width} px wide window without sideways scrolling`, async ({
    person,
    browser,
  }, testInfo) => {
    test.setTimeout(240_000);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    const { json, goal, measure } = screenConcept();
    const concept = await importConcept(json);
    const versionId = await saveVersion(concept, 'Stand vor der Fortschreibungswerkstatt');
    const workshop = json.workshops[0];
    if (!workshop) throw new Error('the sample has workshops');
    const participantLink = await workshopLink(concept, workshop.id);

    // Three more people are in the concept, so the header shows their avatars (on a phone one, then "+2").
    const editorToken = await createLink(concept, 'editor', 'Steuerungsgruppe');
    const others = [
      await present(browser, concept, 'A. (Handy)', editorToken),
      await present(browser, concept, 'Bea Beispiel-Langname', editorToken),
      await present(browser, concept, 'Chris Muster', editorToken),
    ];

    const { page, workspace } = await person('Fachstelle für Vielfalt und Teilhabe');
    await page.setViewportSize(size);
    const w = size.width;
    // Not workspace.open: on a phone the navigation waits behind ☰.
    await page.goto(linkFor(concept.id, concept.ownerToken));
    await expect(workspace.main.getByRole('heading', { name: 'Wo stehen wir' })).toBeVisible();
    const phone = size.width <= 480;
    await expect(workspace.presence().getByRole('listitem')).toHaveCount(phone ? 2 : 3);
    await expect(workspace.presence().getByText('+2', { exact: true })).toHaveCount(phone ? 1 : 0);

    const c = `/c/${concept.id}`;
    const h1 = workspace.main.locator('h1').first();
    const views: { name: string; path: string; ready: () => Promise<void>; fullPage?: boolean }[] = [
      {
        name: 'overview',
        path: c,
        ready: () => expect(workspace.main.getByRole('heading', { name: 'Wo stehen wir' })).toBeVisible(),
      },
      {
        name: 'process',
        path: `${c}/process`,
        ready: () => expect(workspace.main.getByRole('heading', { name: /^Checkliste:/ })).toBeVisible(),
      },
      ...json.chapters.map((chapter) => ({
        name: `chapter-${chapter.id}`,
        path: `${c}/chapter/${chapter.id}`,
        ready: () => expect(h1).toContainText(chapter.title),
      })),
      { name: 'vision', path: `${c}/vision`, ready: () => expect(h1).toBeAttached() },
      {
        name: 'goals',
        path: `${c}/goals`,
        ready: () => expect(workspace.main.getByText(LONG_GOAL).first()).toBeVisible(),
      },
      {
        name: 'goal',
        path: `${c}/goals/${goal.id}`,
        ready: () => expect(workspace.main.getByText(LONG_GOAL).first()).toBeVisible(),
      },
      {
        name: 'fields',
        path: `${c}/fields`,
        ready: () => expect(workspace.main.getByText(LONG_FIELD).first()).toBeAttached(),
      },
      { name: 'actors', path: `${c}/actors`, ready: () => expect(h1).toBeAttached() },
      {
        name: 'measures',
        path: `${c}/measures`,
        ready: () => expect(workspace.main.locator('table.wb-measures-table')).toBeVisible(),
      },
      {
        name: 'measure',
        path: `${c}/measure/${measure.id}`,
        ready: () =>
          expect(workspace.main.getByRole('table', { name: /Summen dieser Maßnahme/ })).toBeVisible(),
      },
      { name: 'workshops', path: `${c}/workshops`, ready: () => expect(h1).toBeAttached() },
      {
        name: 'workshop',
        path: `${c}/workshop/${workshop.id}`,
        ready: () => expect(h1).toContainText(workshop.title),
      },
      {
        name: 'dashboard',
        path: `${c}/dashboard`,
        ready: () => expect(workspace.main.getByTestId('dashboard-total')).toBeVisible(),
      },
      { name: 'findings', path: `${c}/findings`, ready: () => expect(h1).toBeAttached() },
      {
        name: 'versions',
        path: `${c}/versions`,
        ready: () => expect(workspace.main.getByText('Stand vor der Fortschreibungswerkstatt')).toBeVisible(),
      },
      { name: 'compare-choice', path: `${c}/compare`, ready: () => expect(h1).toBeAttached() },
      {
        name: 'compare',
        path: `${c}/compare/${versionId}/draft`,
        ready: () => expect(workspace.main.getByRole('heading', { level: 2 }).first()).toBeVisible(),
      },
      { name: 'trash', path: `${c}/trash`, ready: () => expect(h1).toBeAttached() },
      {
        name: 'document',
        path: `${c}/document`,
        ready: () =>
          expect(
            workspace.main.getByRole('heading', { level: 2, name: /Maßnahmensteckbriefe/ }),
          ).toBeVisible(),
        fullPage: false,
      },
    ];
    // The goal×measure matrix, where the build has it.
    if ((await page.locator('#workspace-nav a[href$="/matrix"]').count()) > 0)
      views.push({ name: 'matrix', path: `${c}/matrix`, ready: () => expect(h1).toBeAttached() });

    for (const view of views) {
      await test.step(view.name, async () => {
        await goInApp(page, view.path);
        await view.ready();
        await check(page, testInfo, w, view.name, view.fullPage);
      });
    }

    await test.step('the measure sheet: its tables scroll inside, first column and actions in view', async () => {
      await goInApp(page, `${c}/measure/${measure.id}`);
      const indicators = workspace.main.getByRole('table', { name: /Indikatoren/ }).first();
      await expect(indicators).toBeVisible();
      const firstCell = indicators.locator('tbody tr').first().locator('td, th').first();
      const box = await firstCell.boundingBox();
      expect(box?.x ?? -1, 'the first column of the indicators table is in view').toBeGreaterThanOrEqual(0);
      const add = workspace.main.getByRole('button', { name: 'Indikator hinzufügen' });
      await add.scrollIntoViewIfNeeded();
      await expect(add).toBeInViewport();
      // The table's scroll box never makes the page wider: its right edge stays inside the window.
      const scroller = await indicators.evaluate((t) => {
        let box: HTMLElement | null = t.parentElement;
        while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
        return box ? box.getBoundingClientRect().right : t.getBoundingClientRect().right;
      });
      expect(scroller).toBeLessThanOrEqual(w);
    });

    await test.step('search results in the workspace', async () => {
      await goInApp(page, `${c}/measures`);
      const search = workspace.main.getByRole('search', { name: 'Im Konzept suchen' });
      await search.getByRole('searchbox').fill('Antidiskriminierungsberatung');
      await expect(search.getByRole('list', { name: 'Suchergebnisse' })).toBeVisible();
      await check(page, testInfo, w, 'search', false);
      await search.getByRole('searchbox').press('Escape');
    });

    await test.step('search results in the document view', async () => {
      await goInApp(page, `${c}/document`);
      const search = workspace.main.getByRole('search', { name: 'Im Konzept suchen' });
      await search.getByRole('searchbox').fill('Verwaltungsmitarbeitende');
      await expect(search.getByRole('list', { name: 'Suchergebnisse' })).toBeVisible();
      await check(page, testInfo, w, 'document-search', false);
    });

    await test.step('the header with the navigation open', async () => {
      await goInApp(page, `${c}/measures`);
      const toggle = page.getByRole('button', { name: 'Navigation öffnen' });
      if (await toggle.isVisible()) {
        await toggle.click();
        await expect(workspace.nav).toBeVisible();
        await check(page, testInfo, w, 'nav-open', false);
        await page.getByRole('button', { name: 'Navigation schließen' }).click();
      }
      await page.getByRole('banner').screenshot({
        path: SHOTS ? join(SHOTS, `${w}-header.png`) : testInfo.outputPath(`${w}-header.png`),
      });
    });

    if (w === 390) {
      await test.step('axe at 390 px', async () => {
        for (const path of [`${c}/measure/${measure.id}`, `${c}/measures`, c]) {
          await goInApp(page, path);
          await expect(h1).toBeAttached();
          await page.waitForTimeout(300);
          expect(await seriousViolations(page), `axe on ${path} at 390 px`).toEqual([]);
        }
      });
    }

    await test.step('the start page', async () => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(page, testInfo, w, 'start');
    });

    await test.step('the participant page of a workshop', async () => {
      const phone = await browser.newContext({
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        viewport: size,
      });
      const participant = await phone.newPage();
      await participant.goto(participantLink);
      await expect(participant.getByRole('heading', { level: 1 })).toBeVisible();
      await check(participant, testInfo, w, 'participate');
      await phone.close();
    });

    for (const other of others) await other.context.close();
  });
}
