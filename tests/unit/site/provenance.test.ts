/** One decision for an entry's provenance, and the flag wherever the entry appears: card, feed item, open data, meta description. */
import { describe, expect, it } from 'vitest';
import { labCard, projetCard } from '../../../src/lib/cards.ts';
import { buildFeeds } from '../../../src/lib/feeds.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { buildOpenData } from '../../../src/lib/opendata.ts';
import { isExampleFact, isExampleFigure, metaDescription, provenanceOf } from '../../../src/lib/provenance.ts';
import { citations } from '../../../src/lib/seo.ts';
import { corpus, lab, projet, theme } from '../../support/entries.ts';
import { SITE_URL, withData } from '../../support/published.ts';

const invented = withData(projet('invente', { lab: 'ti-lab', themes: ['t'], publie: '2025-01-01' }), {
  illustratif: true,
  resume: 'Un guichet unique.',
});
const mixed = withData(projet('mixte', { lab: 'ti-lab', themes: ['t'], publie: '2025-02-01' }), {
  chiffres: [
    { valeur: '186', libelle: 'résidents', source: 1 },
    { valeur: '80', libelle: 'places', exemple: true },
  ],
  sources: [{ titre: 'Coco Velten', url: 'https://cocovelten.org/' }],
});
const real = withData(projet('reel', { lab: 'ti-lab', themes: ['t'], publie: '2025-03-01' }), {
  chiffres: [{ valeur: '186', libelle: 'résidents', source: 1 }],
  sources: [{ titre: 'Coco Velten', url: 'https://cocovelten.org/', editeur: 'Yes We Camp', date: new Date('2024-01-10') }],
});
const c = corpus({ labs: [lab('ti-lab', '53')], thematiques: [theme('t')], projets: [invented, mixed, real] });
const g = buildGraph(c);

describe('la provenance d’une fiche', () => {
  it('se décide en un seul endroit : entièrement un exemple, en partie, ou que des faits publics', () => {
    expect(provenanceOf(invented.data)).toBe('exemple');
    expect(provenanceOf(mixed.data)).toBe('mixte');
    expect(provenanceOf(real.data)).toBe('public');
    expect(provenanceOf({ exemples: ['debut'] })).toBe('mixte');
    expect(isExampleFact({ exemples: ['partenaires'] }, 'partenaires')).toBe(true);
    expect(isExampleFact({ exemples: ['partenaires'] }, 'debut')).toBe(false);
    expect(isExampleFact({ illustratif: true }, 'debut')).toBe(true);
    expect(mixed.data.chiffres.map((c) => isExampleFigure(mixed.data, c))).toEqual([false, true]);
  });

  it('ne présente jamais un exemple comme un fait dans la description', () => {
    expect(metaDescription('Un guichet unique.', 'exemple')).toMatch(/^Cas d’exemple/);
    expect(metaDescription('Un lieu.', 'mixte')).toContain('à titre d’exemple');
    expect(metaDescription('Un lieu.', 'public')).toBe('Un lieu.');
  });

  it('marque la carte d’une fiche d’exemple, et pas celle d’une fiche de faits publics', () => {
    expect(projetCard(invented, g).provenance).toBe('Cas d’exemple');
    expect(projetCard(mixed, g).provenance).toBe('Contient des exemples');
    expect(projetCard(real, g).provenance).toBeUndefined();
    expect(labCard(lab('ti-lab', '53'), g).provenance).toBeUndefined();
  });

  it('classe l’article du flux d’une fiche d’exemple dans une catégorie RSS, et le dit dans sa description', () => {
    const feeds = buildFeeds(c, SITE_URL);
    const item = (id: string) => feeds.all.items.find((i) => i.id === id);
    expect(item('invente')?.categories).toContain('Exemple illustratif');
    expect(item('invente')?.description).toMatch(/^Cas d’exemple/);
    expect(item('mixte')?.categories).toContain('Contient des exemples');
    expect(item('reel')?.categories).not.toContain('Exemple illustratif');
    expect(item('reel')?.categories).not.toContain('Contient des exemples');
  });

  it('le dit dans une colonne des données ouvertes', () => {
    const rows = buildOpenData(c, SITE_URL).datasets.find((d) => d.dataset.id === 'projets')?.rows ?? [];
    const byId = new Map(rows.map((r) => [r['id'], r]));
    expect(byId.get('invente')?.['provenance']).toBe('exemple');
    expect(byId.get('mixte')?.['provenance']).toBe('en-partie');
    expect(byId.get('reel')?.['provenance']).toBe('faits-publics');
    expect(byId.get('reel')?.['sources_url']).toEqual(['https://cocovelten.org/']);
  });

  it('cite les sources en JSON-LD', () => {
    expect(citations(real.data.sources)).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Coco Velten',
        url: 'https://cocovelten.org/',
        publisher: { '@type': 'Organization', name: 'Yes We Camp' },
        datePublished: '2024-01-10',
      },
    ]);
  });
});
