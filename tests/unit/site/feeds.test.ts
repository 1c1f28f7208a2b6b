import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { buildFeeds, feedLink, feedPath, rssOptions, type Feed } from '../../../src/lib/feeds.ts';
import { DRAFTS, SITE_URL, small } from '../../support/published.ts';

const feeds = buildFeeds(small, SITE_URL);
const ids = (feed: Feed | undefined) => feed?.items.map((i) => `${i.kind}:${i.id}`);
const item = (feed: Feed, id: string) => {
  const found = feed.items.find((i) => i.id === id);
  if (!found) throw new Error(`${id} absent du flux ${feed.path}`);
  return found;
};

describe('le flux des nouveautés', () => {
  it('liste les études de cas, méthodes et bonnes pratiques publiées, de la plus récente à la plus ancienne', () => {
    expect(ids(feeds.all)).toEqual(['projet:copie', 'pratique:impliquer', 'methode:immersion', 'methode:personas', 'projet:source']);
  });

  it('ne montre aucun brouillon, dans aucun flux', () => {
    const every = [feeds.all, ...feeds.themeIds.map(feeds.theme), ...feeds.regionCodes.map(feeds.region), ...feeds.labIds.map(feeds.lab)];
    for (const feed of every) for (const draft of DRAFTS) expect(feed?.items.map((i) => i.id)).not.toContain(draft);
  });

  it('date chaque entrée de sa première publication, même mise à jour depuis', () => {
    expect(item(feeds.all, 'copie').pubDate).toEqual(new Date('2025-06-01'));
  });

  it('donne des liens absolus sur l’adresse du site', () => {
    expect(feeds.all.link).toBe(SITE_URL);
    expect(feeds.all.self).toBe(`${SITE_URL}flux.xml`);
    expect(feeds.all.path).toBe('/flux.xml');
    expect(item(feeds.all, 'copie').link).toBe(`${SITE_URL}projets/copie/`);
    expect(item(feeds.all, 'immersion').link).toBe(`${SITE_URL}methodes/immersion/`);
    expect(item(feeds.all, 'impliquer').link).toBe(`${SITE_URL}pratiques/impliquer/`);
  });

  it('résume chaque entrée avec son lab, sa région et ses thématiques', () => {
    expect(item(feeds.all, 'copie').description).toBe(
      'r — Étude de cas · Labs : lab-est, ti-lab · Région : Grand Est · Thématiques : Thème emploi, Thème usager.',
    );
    expect(item(feeds.all, 'copie').categories).toEqual(['Étude de cas', 'Thème emploi', 'Thème usager', 'Grand Est', 'lab-est', 'ti-lab']);
    expect(item(feeds.all, 'personas').description).toBe(
      'r — Fiche méthode · Phase : Définir · Durée : 2 à 3 heures · Difficulté : Facile.',
    );
    expect(item(feeds.all, 'impliquer').description).toBe(
      'Résumé de impliquer. — Bonne pratique · Thématique : Thème usager · Lab : lab-est · Région : Grand Est.',
    );
  });
});

describe('les flux par thématique, région et lab', () => {
  it('donne à une thématique exactement ses études de cas et bonnes pratiques', () => {
    expect(ids(feeds.theme('usager'))).toEqual(['projet:copie', 'pratique:impliquer']);
    expect(ids(feeds.theme('emploi'))).toEqual(['projet:copie', 'projet:source']);
    expect(feeds.theme('usager')?.link).toBe(`${SITE_URL}thematiques/usager/`);
    expect(feeds.theme('inconnue')).toBeUndefined();
  });

  it('n’a de flux que pour les régions qui ont des études de cas', () => {
    expect(feeds.regionCodes).toEqual(['44', '53']);
    expect(ids(feeds.region('53'))).toEqual(['projet:source']);
    expect(ids(feeds.region('44'))).toEqual(['projet:copie']);
    expect(feeds.region('84')).toBeUndefined();
    expect(feeds.region('53')?.title).toBe('Innovation publique en Bretagne — Carnet des labs');
  });

  it('donne à un lab les projets qu’il a conduits ou rejoints, et un flux même vide', () => {
    expect(ids(feeds.lab('ti-lab'))).toEqual(['projet:copie', 'projet:source']);
    expect(ids(feeds.lab('lab-vide'))).toEqual([]);
    expect(feeds.labIds).toEqual(['ti-lab', 'lab-est', 'lab-vide']);
  });

  it('place chaque flux à l’adresse que ses pages annoncent', () => {
    expect(feedPath.theme('usager')).toBe('/thematiques/usager/flux.xml');
    expect(feedPath.region('53')).toBe('/regions/53/flux.xml');
    expect(feedPath.lab('ti-lab')).toBe('/labs/ti-lab/flux.xml');
    expect(feedLink(feeds.all)).toEqual({ title: 'Nouveautés — Carnet des labs', href: '/flux.xml' });
  });
});

describe('le XML produit par @astrojs/rss', () => {
  it('est un flux RSS 2.0 en français, avec son lien « self » et ses entrées', async () => {
    const xml = await getRssString(rssOptions(feeds.all));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<language>fr</language>');
    expect(xml).toContain(`<atom:link href="${SITE_URL}flux.xml" rel="self" type="application/rss+xml"/>`);
    expect(xml).toContain(`<link>${SITE_URL}</link>`);
    expect(xml).toContain(`<item><title>Projet copie</title><link>${SITE_URL}projets/copie/</link>`);
    expect(xml).toContain('<pubDate>Sun, 01 Jun 2025 00:00:00 GMT</pubDate>');
    expect(xml.match(/<item>/g)).toHaveLength(5);
  });

  it('échappe le texte des fiches', async () => {
    const tricky: Feed = { ...feeds.all, items: [{ ...item(feeds.all, 'copie'), title: 'A & B <c>', description: 'x < y & z' }] };
    const xml = await getRssString(rssOptions(tricky));
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(xml).toContain('<description>x &lt; y &amp; z</description>');
  });
});
