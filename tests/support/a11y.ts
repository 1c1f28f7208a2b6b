/** Shared by the accessibility tests: the pages to audit, and a page made ready as a reader sees it (theme, fonts). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const DIST = path.resolve(process.env.CARNET_DIST ?? 'dist');

/** Every path of the sitemap (/projets/…/), in its order. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/** Every built HTML page, as a path relative to the build folder (index.html, projets/x/index.html…). */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

export type Theme = 'clair' | 'sombre';

/**
 * Waits until the page is what a reader sees: the DSFR has started and applied the theme that follows the
 * system preference (the site's scheme is "system"), and the web fonts are loaded.
 */
export async function settle(page: Page, theme: Theme): Promise<void> {
  const expected = theme === 'sombre' ? 'dark' : 'light';
  await page.waitForFunction((t) => document.documentElement.getAttribute('data-fr-theme') === t, expected, { timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Switches the system colour scheme, as a reader changing the setting of their device, and waits for the DSFR to follow. */
export async function useSystemTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme === 'sombre' ? 'dark' : 'light' });
  await settle(page, theme);
}

/** Runs `work` on each item with `tabs` pages of the same browser at once. */
export async function inParallel<T>(items: T[], pages: Page[], work: (page: Page, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(page, item);
      }
    }),
  );
}
