/**
 * The site with the keyboard alone, in real Chromium: skip links, every interactive element reached with a visible
 * focus indicator, the display-settings dialog and the mobile menu (open, Escape, focus back), the dark theme chosen
 * from the dialog, the search filters. The search journey from the header is in search.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settle } from '../support/a11y.ts';
import type { StaticSite } from '../support/server.ts';
import { useBuiltSite } from '../support/site.ts';

let site: StaticSite;
let page: Page;

useBuiltSite((built) => ({ site, page } = built));

async function open(path: string, width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(new URL(path.replace(/^\//, ''), site.url).href, { waitUntil: 'domcontentloaded' });
  await settle(page, 'clair');
}

/** The focused element, described: tag, id, classes, text. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> « ${(el.textContent ?? '').trim().slice(0, 40)} »`;
  });

/** Presses Tab until `test` holds for the focused element; fails after `max` presses. */
async function tabTo(test: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, test)) return;
  }
  throw new Error(`${test} n’est pas atteint en ${max} appuis sur Tab (focus : ${await focused()})`);
}

const modalOpened = (id: string) => page.evaluate((i) => document.getElementById(i)?.classList.contains('fr-modal--opened') ?? false, id);
const focusIn = (selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

describe('les liens d’évitement', () => {
  for (const width of [1280, 320]) {
    it(`mènent au contenu, au menu, à la recherche et au pied de page (${width} px)`, async () => {
      await open('/methodes/', width);
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('<a> « Contenu »');
      // Shown when focused: a sighted keyboard user sees where they are.
      expect(await page.locator('.fr-skiplinks a', { hasText: 'Contenu' }).isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await focused()).toMatch(/^<main#contenu>/);

      await open('/methodes/', width);
      await tabTo('.fr-skiplinks a[href="#recherche-entete-champ"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'recherche-entete-champ');
      expect(await page.evaluate(() => document.activeElement?.checkVisibility({ visibilityProperty: true, opacityProperty: true }))).toBe(
        true,
      );
      await page.keyboard.type('atelier');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/recherche\/\?q=atelier/);

      // The menu and the footer: the focus lands in them, or the next Tab does (the sequential focus starting point).
      for (const [href, region] of [
        ['#navigation', '#navigation'],
        ['#pied-de-page', 'footer'],
      ] as const) {
        await open('/methodes/', width);
        await tabTo(`.fr-skiplinks a[href="${href}"]`);
        await page.keyboard.press('Enter');
        const landed = await page
          .waitForFunction((r) => !!document.activeElement?.closest(r), region, { timeout: 1000 })
          .then(
            () => true,
            () => false,
          );
        if (!landed) await page.keyboard.press('Tab');
        expect(await focusIn(region), `${href} : focus sur ${await focused()}`).toBe(true);
        expect(
          await page.evaluate(() => document.activeElement?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ?? false),
          `${href} : élément focalisé visible`,
        ).toBe(true);
      }
    });
  }
});

interface Stop {
  key: string;
  kind: string;
  label: string;
  indicator: string;
}

/** Every element Tab reaches from the top of the page until it comes back, with its focus indicator. */
async function tabWalk(max: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const kind =
        el instanceof HTMLInputElement
          ? el.type
          : el.tagName.toLowerCase() === 'a' && el.closest('svg')
            ? 'svg-a'
            : el.tagName.toLowerCase();
      // The DSFR draws the focus of a checkbox or a radio on its label's ::before.
      // A DSFR "enlarge link" (cards, logos) draws it on its ::before, which covers the whole card.
      const styles = [getComputedStyle(el), getComputedStyle(el, '::before'), getComputedStyle(el, '::after')];
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.labels?.[0])
        styles.push(getComputedStyle(el.labels[0], '::before'));
      const indicator = styles
        .map((s) =>
          s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1
            ? `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`
            : s.boxShadow !== 'none'
              ? `box-shadow ${s.boxShadow}`
              : '',
        )
        .find(Boolean);
      const key = el.getAttribute('data-kb') ?? '';
      const label = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> « ${(el.textContent || el.getAttribute('href') || '').trim().slice(0, 40)} »`;
      return { key, kind, label, indicator: indicator ?? '' };
    });
    if (stop && stops.length > 0 && stop.key === stops[0]?.key) break;
    if (stop) stops.push(stop);
  }
  return stops;
}

describe('la navigation au clavier', () => {
  // The search with a filter: its facet is open, so its checkboxes are on the page along with the closed groups' buttons.
  const pages = [
    '/',
    '/methodes/',
    '/projets/conciergerie-de-rue/',
    '/labs/',
    '/donnees/',
    '/recherche/?q=accueil&type=M%C3%A9thode',
    '/plan-du-site/',
  ];
  it(`atteint chaque élément interactif avec un indicateur de focus visible (${pages.join(', ')})`, async () => {
    const problems: string[] = [];
    const kinds = new Set<string>();
    for (const path of pages) {
      await open(path);
      if (path.startsWith('/recherche/')) await page.waitForSelector('.carnet-result a');
      // Marks every element a keyboard user must reach: shown, enabled, in the tab order (one per radio group).
      const expected = await page.evaluate(() => {
        const all = [
          ...document.querySelectorAll<HTMLElement | SVGElement>(
            'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]',
          ),
        ];
        const radios = new Set<string>();
        const keys: string[] = [];
        all.forEach((el, i) => {
          el.setAttribute('data-kb', String(i));
          if (el.matches(':disabled, [tabindex="-1"], [aria-hidden="true"] *') || el.closest('.fr-skiplinks')) return;
          const shown =
            el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
              ? (el.labels?.[0]?.checkVisibility({ visibilityProperty: true }) ?? false)
              : el.checkVisibility({ visibilityProperty: true });
          if (!shown) return;
          if (el instanceof HTMLInputElement && el.type === 'radio') {
            if (radios.has(el.name)) return;
            radios.add(el.name);
          }
          keys.push(
            `${i}|<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> « ${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('href') || '').trim().slice(0, 40)} »`,
          );
        });
        return keys;
      });
      const stops = await tabWalk(expected.length + 30);
      const reached = new Set(stops.map((s) => s.key));
      for (const e of expected)
        if (!reached.has(e.split('|')[0] ?? '')) problems.push(`${path} : jamais atteint au clavier ${e.split('|')[1] ?? ''}`);
      for (const s of stops) {
        kinds.add(s.kind);
        if (!s.indicator) problems.push(`${path} : pas d’indicateur de focus visible sur ${s.label}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    // The sample covers every kind of control the site has (it has no <details>/<summary>).
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['a', 'button', 'checkbox', 'search', 'select', 'svg-a']));
  });
});

describe('les boîtes de dialogue, sans piège au clavier', () => {
  it('ouvre les paramètres d’affichage au clavier, les garde le focus, Échap les ferme et rend le focus au bouton', async () => {
    await open('/');
    const button = 'footer button[aria-controls="fr-theme-modal"]';
    for (const from of ['close', 'radio'] as const) {
      if (!(await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, button))) await tabTo(button, 400);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('fr-theme-modal')?.classList.contains('fr-modal--opened'));
      expect(await page.locator('#fr-theme-modal').getAttribute('open')).not.toBeNull();
      await page.waitForFunction(() => !!document.activeElement?.closest('#fr-theme-modal'));
      // Tab and Shift+Tab stay in the dialog while it is open.
      for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
        await page.keyboard.press(key);
        expect(await focusIn('#fr-theme-modal'), `${key} : ${await focused()}`).toBe(true);
      }
      if (from === 'radio') await tabTo('#fr-theme-modal input[type="radio"]', 5);
      else await tabTo('#fr-theme-modal .fr-btn--close', 5);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.getElementById('fr-theme-modal')?.classList.contains('fr-modal--opened'));
      await page.waitForFunction((sel) => document.activeElement?.matches(sel), button);
      expect(await focused()).toBe('<button> « Paramètres d’affichage »');
    }
  });

  it('applique le thème sombre choisi au clavier dans les paramètres d’affichage, et s’en souvient', async () => {
    await open('/');
    await tabTo('footer button[aria-controls="fr-theme-modal"]', 400);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.activeElement?.closest('#fr-theme-modal'));
    await tabTo('#fr-theme-modal input[type="radio"]', 5);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('system');
    // The focus of a radio button shows on its label's ::before (DSFR).
    expect(
      await page.evaluate(
        () => getComputedStyle((document.activeElement as HTMLInputElement).labels?.[0] ?? document.body, '::before').outlineStyle,
      ),
    ).toBe('solid');
    // Arrow keys move through the radio group: Système → Thème sombre.
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('dark');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-fr-theme') === 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 22, 22)');
    await page.keyboard.press('Escape');
    await page.goto(new URL('methodes/', site.url).href, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-fr-theme') === 'dark');
    expect(await page.evaluate(() => localStorage.getItem('scheme'))).toBe('dark');
    await page.evaluate(() => localStorage.removeItem('scheme'));
  });

  it('ouvre le menu à 320 px au clavier, le garde le focus, Échap le ferme et rend le focus au bouton Menu', async () => {
    await open('/projets/', 320);
    await tabTo('#bouton-menu', 20);
    expect(await page.locator('#navigation').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('modal-menu')?.classList.contains('fr-modal--opened'));
    expect(await page.locator('#navigation').isVisible()).toBe(true);
    await page.waitForFunction(() => !!document.activeElement?.closest('#modal-menu'));
    const inside: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      expect(await focusIn('#modal-menu'), await focused()).toBe(true);
      inside.push(await focused());
    }
    expect(inside).toContain('<a> « Études de cas »');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('modal-menu')?.classList.contains('fr-modal--opened'));
    await page.waitForFunction(() => document.activeElement?.id === 'bouton-menu');
    expect(await modalOpened('modal-menu')).toBe(false);
  });
});

describe('la recherche au clavier', () => {
  it('ouvre un groupe de filtres, coche et retire un filtre, trie et affiche plus de résultats sans souris', async () => {
    await open('/recherche/?q=accueil');
    await page.waitForSelector('.carnet-result a');
    const before = (await page.locator('[data-part="status"]').textContent()) ?? '';
    await page.locator('#recherche-champ').focus();
    // The groups are closed: their values are not in the tab order until one is opened.
    await tabTo('#facette-type-bouton', 20);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#facette-type-bouton')?.getAttribute('aria-expanded') === 'true');
    // The values come once the facet's chunk is loaded; the focus stays on the button meanwhile.
    await page.waitForSelector('#facette-type input[type="checkbox"]', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('facette-type-bouton');
    await tabTo('#facette-type input[type="checkbox"]', 2);
    const box = await page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('Space');
    await page.waitForURL(/type=/);
    await page.waitForFunction((b) => document.querySelector('[data-part="status"]')?.textContent !== b, before);
    // The list of filters is redrawn: the focus stays on the same checkbox, now checked.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(box);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await tabTo('[data-part="clear"]', 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('type'));
    await page.waitForFunction((b) => document.querySelector('[data-part="status"]')?.textContent === b, before);
    // The button is gone with the filters: the focus is on the first facet group, not lost.
    await page.waitForFunction(() => document.activeElement?.id === 'facette-type-bouton');
    // Space closes the group again.
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('#facette-type-bouton')?.getAttribute('aria-expanded') === 'false');
    expect(await page.locator('#facette-type-valeurs').isHidden()).toBe(true);

    // "Afficher plus" moves the focus to the first new result.
    await tabTo('[data-part="more"]', 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'resultat-10');

    await page.locator('#recherche-champ').focus();
    await tabTo('#recherche-tri', 80);
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/tri=date/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-tri');
  });
});
