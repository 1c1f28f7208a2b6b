/** The built site served as a host would, with a Chromium page on it, for one browser test file. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serveDist, type StaticSite } from './server.ts';

export interface BuiltSite {
  site: StaticSite;
  browser: BrowserContext;
  page: Page;
}

/** Starts the site and the browser before the file's tests and hands them over; closes both after. */
export function useBuiltSite(ready: (built: BuiltSite) => void): void {
  let built: Partial<BuiltSite> = {};
  beforeAll(async () => {
    const site = await serveDist();
    const browser = await launch();
    built = { site, browser, page: await browser.newPage() };
    ready(built as BuiltSite);
  });
  afterAll(async () => {
    await built.browser?.close();
    await built.site?.close();
  });
}
