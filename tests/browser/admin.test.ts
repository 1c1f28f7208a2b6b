/**
 * The web editor (/admin/) in Chromium, on a build made with DECAP_BACKEND=test (Decap's in-browser
 * test repository, which the admin page fills with the corpus): it starts in French under its CSP,
 * talks to no other host, and what it saves passes the content checks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { schemas } from '../../src/model/index.ts';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { launch } from '../support/browser.ts';
import { serveDist, type StaticSite } from '../support/server.ts';

const DIST = path.resolve(process.env.CARNET_DIST ?? 'dist');
const ROOT = path.resolve(import.meta.dirname, '../..');

let site: StaticSite;
let browser: BrowserContext;
const errors: string[] = [];
const outside: string[] = [];

beforeAll(async () => {
  site = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh page on the editor, signed in to the test repository, watched for errors and outside requests. */
async function openEditor(hash = ''): Promise<Page> {
  const page = await browser.newPage();
  const origin = new URL(site.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console : ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror : ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  await page.goto(new URL(`admin/${hash}`, site.url).href);
  // The test repository remembers its user in the browser: the sign-in page shows the first time only.
  const login = page.getByRole('button', { name: 'Se connecter' });
  await login
    .or(page.getByRole('button', { name: 'Enregistrer' }))
    .or(page.getByRole('heading', { name: 'Collections' }))
    .first()
    .waitFor();
  if (await login.isVisible()) await login.click();
  return page;
}

/** What the editor saved in the session (editorial workflow: one unpublished change per entry). */
async function savedFile(page: Page, key: string): Promise<{ path: string; content: string }> {
  await page.getByText('Entrée enregistrée').waitFor();
  return page.evaluate((k) => {
    const unpublished = (window as unknown as { repoFilesUnpublished: Record<string, { diffs: { path: string; content: string }[] }> })
      .repoFilesUnpublished;
    const diff = unpublished[k]?.diffs[0];
    return { path: diff?.path ?? '', content: diff?.content ?? '' };
  }, key);
}

/** The content checker's verdict on a copy of the corpus where `file` replaces (or adds) one file. */
function problemsWith(file: { path: string; content: string }): string[] {
  const root = mkdtempSync(path.join(tmpdir(), 'carnet-admin-'));
  try {
    cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    cpSync(path.join(ROOT, 'public'), path.join(root, 'public'), { recursive: true });
    writeFileSync(path.join(root, file.path), file.content);
    return loadCorpus(root, schemas).problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Picks an option in a relation or select field (react-select) by typing part of its label. */
async function pick(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(text);
  await page.locator('[class*="option"]', { hasText: text }).first().waitFor();
  await input.press('Enter');
}

describe('l’éditeur web', () => {
  it('est une page à part : hors des moteurs, du plan du site et de la recherche', () => {
    const html = readFileSync(path.join(DIST, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)[^"']*\.(js|css)/);
    expect(readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('ne publie pas les brouillons dans le corpus du mode essai', () => {
    const html = readFileSync(path.join(DIST, 'admin/index.html'), 'utf8');
    const { entries } = loadCorpus(ROOT, schemas);
    const all = [...entries.projets, ...entries.methodes, ...entries.pratiques];
    expect(all.some((e) => html.includes(`${e.id}.mdx`))).toBe(true);
    for (const draft of all.filter((e) => e.draft)) expect(html, draft.file).not.toContain(`${draft.id}.mdx`);
  });

  it('s’ouvre en français avec les collections du carnet, sans appeler d’autre hôte', async () => {
    const page = await openEditor();
    const nav = page.locator('aside, nav').filter({ hasText: 'Collections' }).first();
    await nav.getByRole('link', { name: 'Études de cas' }).waitFor();
    for (const name of ['Labs', 'Méthodes', 'Bonnes pratiques', 'Thématiques'])
      await expect(nav.getByRole('link', { name }).count()).resolves.toBe(1);
    await expect(page.getByText('Contenus').count()).resolves.toBeGreaterThan(0);
    await nav.getByRole('link', { name: 'Études de cas' }).click();
    // The trial repository holds the corpus: the case studies are listed.
    await page.getByText('Les projets des labs, racontés pour que d’autres s’en inspirent.').waitFor();
    await expect(page.locator('a[href*="/collections/projets/entries/"]').count()).resolves.toBeGreaterThan(3);
    await page.close();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('crée une étude de cas avec un encadré, que la vérification du contenu accepte', async () => {
    const page = await openEditor('#/collections/projets/new');
    await page.getByLabel('Titre', { exact: true }).fill('Un guichet unique pour les aidants');
    await page.getByLabel('Résumé', { exact: true }).fill('Avec les aidants, un lab a conçu un guichet unique, testé pendant six mois.');
    await page.getByLabel('Date de publication', { exact: true }).fill('2025-03-01');
    await page.getByRole('button', { name: 'Ajouter auteur' }).click();
    await page.getByLabel('Auteur', { exact: true }).fill('Équipe du Ti Lab');
    await pick(page, 'Lab porteur', 'Ti Lab');
    await pick(page, 'Thématiques', 'Service à l');
    await pick(page, 'Publics', 'Usagers');
    await pick(page, 'Statut', 'Expérimentation');
    await page.getByLabel('Date de début', { exact: true }).fill('2024-09-01');
    // Filled then emptied: an optional field must not be saved as "" (the schema refuses it).
    await page.getByLabel('Territoire concerné (optionnel)').fill('Rennes');
    await page.getByLabel('Territoire concerné (optionnel)').fill('');

    // The body starts with the six sections; add an Encadré after the last one, the caret at its end.
    const lastHeading = page.locator('[data-slate-editor="true"] h2', { hasText: 'Et après ?' });
    await vi.waitFor(
      async () => {
        await lastHeading.click();
        await page.keyboard.press('End');
        const caret = await page.evaluate(() => {
          const selection = window.getSelection();
          return selection?.isCollapsed && selection.anchorNode?.textContent === 'Et après ?' ? selection.anchorOffset : -1;
        });
        expect(caret).toBe('Et après ?'.length);
      },
      { timeout: 20_000, interval: 300 },
    );
    const insert = page.getByTitle('Ajouter un composant');
    const encadre = page.getByRole('menuitem', { name: 'Encadré' });
    // The menu opens on a click; it may close again while the editor takes the focus back: retry.
    await vi.waitFor(
      async () => {
        if (!(await encadre.isVisible())) await insert.click();
        await encadre.click({ timeout: 2000 });
      },
      { timeout: 20_000, interval: 200 },
    );
    await page.getByLabel(/^Titre court de l’encadré/).fill('Le « guichet » en "bref" & après');
    await page.getByLabel(/^Contenu/).fill('Un seul numéro.\n\nUne **seule** adresse.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    const file = await savedFile(page, 'projets/un-guichet-unique-pour-les-aidants');
    await page.close();
    expect(file.path).toBe('content/projets/un-guichet-unique-pour-les-aidants.mdx');
    expect(file.content).toContain(
      '<Encadre titre="Le « guichet » en &quot;bref&quot; &amp; après">\n\nUn seul numéro.\n\nUne **seule** adresse.\n\n</Encadre>',
    );
    expect(file.content).toMatch(/^lab: ti-lab$/m);
    expect(file.content).toMatch(/^publie: '?2025-03-01'?$/m);
    expect(file.content).not.toContain('territoire');
    expect(problemsWith(file), file.content).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('modifie une étude de cas existante sans rien casser (le fichier réécrit reste valide)', async () => {
    const page = await openEditor('#/collections/projets/entries/conciergerie-de-rue');
    const title = page.getByLabel('Titre', { exact: true });
    await expect(title.inputValue()).resolves.not.toBe('');
    await title.fill(`${await title.inputValue()} (mise à jour)`);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const file = await savedFile(page, 'projets/conciergerie-de-rue');
    await page.close();
    expect(file.path).toBe('content/projets/conciergerie-de-rue.mdx');
    expect(file.content).toContain('(mise à jour)');
    expect(problemsWith(file)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('ajoute une thématique au fichier des thématiques, qui reste une liste valide', async () => {
    const page = await openEditor('#/collections/thematiques/entries/thematiques');
    await page.getByRole('button', { name: 'Ajouter thématique' }).click();
    await page.getByLabel('Identifiant', { exact: true }).last().fill('sante');
    await page.getByLabel('Nom', { exact: true }).last().fill('Santé');
    await page.getByLabel('Description', { exact: true }).last().fill('Accès aux soins : prévention, parcours "simples" & lisibles.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const file = await savedFile(page, 'thematiques/thematiques');
    await page.close();
    expect(file.path).toBe('content/thematiques.yaml');
    expect(file.content).toMatch(/^- id: service-usager$/m);
    expect(file.content).toMatch(/^- id: sante$/m);
    expect(problemsWith(file)).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
