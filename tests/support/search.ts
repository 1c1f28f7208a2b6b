/** The search page of the built site, driven as a reader uses it: shared by the browser tests of the search. */
import type { Page } from 'playwright-core';

/** Opens /recherche/ with a query string (`?q=…`, filters…) and waits for the search to answer. */
export async function openSearch(page: Page, siteUrl: string, query: string): Promise<void> {
  await page.goto(new URL(`recherche/${query}`, siteUrl).href);
  await page.waitForFunction(() => (document.querySelector('[data-part="status"]')?.textContent ?? '').length > 0);
}

/** Every result title of the search on the page, pressing "Afficher plus" until all are shown. */
export async function allResultTitles(page: Page): Promise<string[]> {
  const more = page.locator('[data-part="more"]');
  while (await more.isVisible()) {
    const count = await page.locator('.carnet-result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.carnet-result').length > n, count);
  }
  return page.locator('.carnet-result h3').allTextContents();
}
