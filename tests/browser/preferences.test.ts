/**
 * The reader's preferences, in real Chromium: text enlarged to 200 % by the browser's font-size setting keeps every
 * page type readable (WCAG 1.4.4), and a reader who asks for reduced motion gets no animation (WCAG 2.3.3).
 * Reflow at 320 px on every page and contrast in the dark theme are in a11y.test.ts.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settle, sitemapPaths } from '../support/a11y.ts';
import { launch } from '../support/browser.ts';
import { serveDist, type StaticSite } from '../support/server.ts';

let site: StaticSite;
let browser: BrowserContext;
let page: Page;
let cdp: CDPSession;

/** One page of each type: the first sitemap page of each section and depth (list, filtered list, entry…), the search, the 404. */
const samples = (() => {
  const byKind = new Map<string, string>();
  for (const p of sitemapPaths()) {
    const parts = p.split('/').filter(Boolean);
    const kind = `${parts[0] ?? ''}/${parts.length}`;
    if (!byKind.has(kind)) byKind.set(kind, p);
  }
  return [...byKind.values(), '/recherche/?q=accueil', '/page-qui-nexiste-pas/'];
})();

beforeAll(async () => {
  site = await serveDist();
  browser = await launch();
  page = await browser.newPage();
  cdp = await browser.newCDPSession(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<void> {
  await page.goto(new URL(path.replace(/^\//, ''), site.url).href, { waitUntil: 'domcontentloaded' });
  await settle(page, 'clair');
  if (path.startsWith('/recherche/?')) await page.waitForSelector('.carnet-result a');
}

/** Text cut off at 200 %: page wider than the window, text outside it, or text clipped by an `overflow: hidden` box. */
function clippedText(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth)
    problems.push(`la page défile horizontalement : ${root.scrollWidth} px pour ${root.clientWidth} px`);
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>`;
  // Screen-reader-only text is clipped on purpose.
  const srOnly = (el: Element) => {
    const s = getComputedStyle(el);
    return s.position === 'absolute' && (s.clip !== 'auto' || s.clipPath !== 'none' || parseFloat(s.width) <= 1);
  };
  const scrollsItself = (el: Element | null): boolean => {
    for (let e = el; e && e !== document.body; e = e.parentElement) if (/(auto|scroll)/.test(getComputedStyle(e).overflowX)) return true;
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent?.trim() || seen.has(el)) continue;
    if (
      !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ||
      el.closest('.fr-sr-only, [hidden], dialog:not([open]), .fr-modal:not(.fr-modal--opened)')
    )
      continue;
    let ancestorSrOnly = false;
    for (let e: Element | null = el; e; e = e.parentElement) if (srOnly(e)) ancestorSrOnly = true;
    if (ancestorSrOnly) continue;
    seen.add(el);
    // A DSFR icon control (search, menu and close buttons, pagination arrows on a narrow layout) shows its icon and
    // hides its text on purpose, which still names it.
    const control = el.closest('a, button');
    if (control && getComputedStyle(control, '::before').maskImage !== 'none' && getComputedStyle(control).overflow === 'hidden') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (rects.some((r) => r.right > root.clientWidth + 1 || r.left < -1) && !scrollsItself(el))
      problems.push(`texte hors de la fenêtre : ${describe(el)} « ${node.textContent.trim().slice(0, 50)} »`);
    // Clipped: some of the text lies outside a box that hides its overflow.
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      const clips = (v: string) => v === 'hidden' || v === 'clip';
      if (!clips(s.overflowX) && !clips(s.overflowY)) continue;
      const box = e.getBoundingClientRect();
      const out = rects.some(
        (r) =>
          (clips(s.overflowX) && (r.left < box.left - 1 || r.right > box.right + 1)) ||
          (clips(s.overflowY) && (r.top < box.top - 1 || r.bottom > box.bottom + 1)),
      );
      if (out) {
        problems.push(`texte coupé par ${describe(e)} : « ${node.textContent.trim().slice(0, 50)} »`);
        break;
      }
    }
  }
  return [...new Set(problems)];
}

describe('le texte agrandi à 200 % (WCAG 1.4.4)', () => {
  it(`reste lisible, sans défilement horizontal ni texte coupé, sur chaque type de page (${samples.length} pages)`, async () => {
    expect(samples.length).toBeGreaterThan(15);
    // The browser's font-size setting, as a reader sets it: 32 px instead of 16 px.
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.setViewportSize({ width: 1280, height: 900 });
    const problems: string[] = [];
    try {
      for (const path of samples) {
        await open(path);
        // The DSFR sizes everything in rem: the setting reaches the whole page.
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), path).toBe('32px');
        for (const p of await page.evaluate(clippedText)) problems.push(`${path} : ${p}`);
      }
    } finally {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

/** Transitions and animations longer than 0.01 s, on every element and its ::before and ::after. */
function longMotions(): string[] {
  const seconds = (list: string) => Math.max(0, ...list.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
  const out: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const s = getComputedStyle(el, pseudo);
      const transition = s.transitionProperty !== 'none' ? seconds(s.transitionDuration) : 0;
      const animation = s.animationName !== 'none' ? seconds(s.animationDuration) : 0;
      if (transition > 0.01 || animation > 0.01) {
        const name = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>${pseudo ?? ''}`;
        out.push(
          `${name} : transition ${s.transitionProperty} ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`,
        );
      }
    }
  }
  return out;
}

/** Each sample page at 1280 px, then at 320 px with the menu and the display settings opened. */
async function motionsEverywhere(): Promise<string[]> {
  const found: string[] = [];
  for (const path of samples) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(path);
    for (const m of await page.evaluate(longMotions)) found.push(`${path} : ${m}`);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  await open('/');
  await page.locator('#bouton-menu').click();
  await page.waitForFunction(() => document.getElementById('modal-menu')?.classList.contains('fr-modal--opened'));
  for (const m of await page.evaluate(longMotions)) found.push(`/ (menu ouvert, 320 px) : ${m}`);
  await page.keyboard.press('Escape');
  await page.locator('footer button[aria-controls="fr-theme-modal"]').click();
  await page.waitForFunction(() => document.getElementById('fr-theme-modal')?.classList.contains('fr-modal--opened'));
  for (const m of await page.evaluate(longMotions)) found.push(`/ (paramètres d’affichage ouverts, 320 px) : ${m}`);
  return [...new Set(found)];
}

describe('la préférence « réduire les animations » (WCAG 2.3.3)', () => {
  it('supprime toute transition et toute animation de plus de 0,01 s, y compris dans le menu et les paramètres d’affichage', async () => {
    // Without the preference, the DSFR animates its modals: the check sees them.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const animated = await motionsEverywhere();
    expect(animated.length, 'des animations sans la préférence').toBeGreaterThan(0);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const left = await motionsEverywhere();
    expect(left, left.join('\n')).toEqual([]);
  });
});
