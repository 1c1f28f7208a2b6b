import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, isoDate, monthsBetween, needsReview } from '../../../src/lib/dates.ts';
import { listingPaths } from '../../../src/lib/listing.ts';
import { region, REGIONS } from '../../../src/lib/regions.ts';
import { classifyUrl } from '../../../src/lib/content/urls.ts';
import { formatDuree } from '../../../src/lib/cards.ts';

describe('les dates en français', () => {
  it('écrit le premier du mois « 1er »', () => {
    expect(formatDate(new Date('2024-03-01'))).toBe('1er mars 2024');
    expect(formatDate(new Date('2024-03-15'))).toBe('15 mars 2024');
  });
  it('écrit une période', () => {
    expect(formatPeriod(new Date('2022-03-01'), new Date('2023-06-30'))).toBe('de mars 2022 à juin 2023');
    expect(formatPeriod(new Date('2024-09-10'))).toBe('depuis septembre 2024');
  });
  it('donne la date ISO', () => {
    expect(isoDate(new Date('2024-03-05'))).toBe('2024-03-05');
  });
  it('signale une fiche non relue depuis 24 mois', () => {
    expect(monthsBetween(new Date('2024-01-15'), new Date('2026-01-14'))).toBe(23);
    expect(needsReview({ publie: new Date('2023-01-01'), revuLe: new Date('2024-11-25') }, new Date('2026-11-25'))).toBe(true);
    expect(needsReview({ publie: new Date('2023-01-01'), revuLe: new Date('2024-11-26') }, new Date('2026-11-25'))).toBe(false);
    expect(needsReview({ publie: new Date('2023-01-01'), misAJour: new Date('2026-01-01') }, new Date('2026-11-25'))).toBe(false);
  });
});

describe('les régions', () => {
  it('compte 18 régions, dont 5 d’outre-mer', () => {
    expect(REGIONS).toHaveLength(18);
    expect(REGIONS.filter((r) => r.outreMer).map((r) => r.nom)).toEqual(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']);
  });
  it('retrouve une région par son code INSEE', () => {
    expect(region('53').nom).toBe('Bretagne');
    expect(() => region('99')).toThrow('Code de région inconnu : « 99 »');
  });
});

describe('les adresses de lien autorisées', () => {
  it.each([
    ['https://www.service-public.gouv.fr', 'web'],
    ['mailto:contact@exemple.gouv.fr', 'mailto'],
    ['tel:+33100000000', 'tel'],
    ['/methodes/personas/', 'relative'],
    ['../images/photo.webp', 'relative'],
    ['#contexte', 'anchor'],
  ])('accepte %s', (url, kind) => expect(classifyUrl(url)).toBe(kind));
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example/x',
  ])('refuse %j', (url) => expect(classifyUrl(url)).toBeNull());
});

describe('les listes filtrables sans JavaScript', () => {
  const items = Array.from({ length: 15 }, (_, i) => ({ n: i, pair: i % 2 === 0 ? 'oui' : 'non' }));
  const facets = [
    {
      key: 'pair',
      label: 'Pair',
      values: [
        { id: 'oui', label: 'Oui' },
        { id: 'non', label: 'Non' },
        { id: 'vide', label: 'Vide' },
      ],
      of: (i: { n: number; pair: string }) => [i.pair],
    },
  ];
  const paths = listingPaths('/liste/', items, facets, { pageSize: 6 });

  it('crée une page par tranche de résultats, pour la liste et pour chaque filtre non vide', () => {
    expect(paths.map((p) => p.params.slug ?? '')).toEqual([
      '',
      'page/2',
      'page/3',
      'pair/oui',
      'pair/oui/page/2',
      'pair/non',
      'pair/non/page/2',
    ]);
  });
  it('donne les liens de filtre avec leurs nombres, sans les valeurs vides', () => {
    expect(paths[0]?.props.filters[0]?.links.map((l) => [l.url, l.count, l.current])).toEqual([
      ['/liste/pair/oui/', 8, false],
      ['/liste/pair/non/', 7, false],
    ]);
    expect(paths[3]?.props.filters[0]?.links.map((l) => l.current)).toEqual([true, false]);
  });
  it('pagine avec des adresses stables', () => {
    expect(paths[4]?.props.pages.map((p) => p.url)).toEqual(['/liste/pair/oui/', '/liste/pair/oui/page/2/']);
    expect(paths[4]?.props.items.map((i) => i.n)).toEqual([12, 14]);
    expect(paths.every((p) => p.props.beyond === 0)).toBe(true);
  });
  it('s’arrête à maxPages pages par liste et par filtre, et compte ce qui reste pour la recherche', () => {
    const capped = listingPaths('/liste/', items, facets, { pageSize: 6, maxPages: 1 });
    expect(capped.map((p) => p.params.slug ?? '')).toEqual(['', 'pair/oui', 'pair/non']);
    expect(capped.map((p) => [p.props.total, p.props.beyond, p.props.pages.length])).toEqual([
      [15, 9, 1],
      [8, 2, 1],
      [7, 1, 1],
    ]);
  });
});

describe('la durée d’une méthode', () => {
  it('s’écrit comme on la dit', () => {
    expect(formatDuree({ min: 2, max: 3, unite: 'heures' })).toBe('2 à 3 heures');
    expect(formatDuree({ min: 1, unite: 'jours' })).toBe('1 jour');
    expect(formatDuree({ min: 90, unite: 'minutes' })).toBe('90 minutes');
  });
});
