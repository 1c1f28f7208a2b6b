import { describe, expect, it } from 'vitest';
import { paginationLinks } from '../../../../src/views/pagination.ts';

const pages = [1, 2, 3].map((number) => ({ number, url: `/projets/${number}/` }));
const summary = (current: number) => paginationLinks(pages, current).map((l) => [l.text, l.url ?? (l.disabled ? 'désactivé' : 'courante')]);

describe('la pagination d’une liste', () => {
  it('n’a aucun lien pour une seule page', () => {
    expect(paginationLinks(pages.slice(0, 1), 1)).toEqual([]);
  });

  it('désactive première et précédente sur la première page, et marque la page courante', () => {
    expect(summary(1)).toEqual([
      ['Première page', 'désactivé'],
      ['Page précédente', 'désactivé'],
      ['1', 'courante'],
      ['2', '/projets/2/'],
      ['3', '/projets/3/'],
      ['Page suivante', '/projets/2/'],
      ['Dernière page', '/projets/3/'],
    ]);
  });

  it('mène partout depuis une page du milieu, et désactive suivante et dernière sur la dernière', () => {
    expect(summary(2)).toEqual([
      ['Première page', '/projets/1/'],
      ['Page précédente', '/projets/1/'],
      ['1', '/projets/1/'],
      ['2', 'courante'],
      ['3', '/projets/3/'],
      ['Page suivante', '/projets/3/'],
      ['Dernière page', '/projets/3/'],
    ]);
    expect(summary(3).slice(-2)).toEqual([
      ['Page suivante', 'désactivé'],
      ['Dernière page', 'désactivé'],
    ]);
  });

  it('donne aux numéros leur titre et aux extrémités leur classe DSFR', () => {
    const links = paginationLinks(pages, 2);
    expect(links[2]).toEqual({ class: 'fr-pagination__link', text: '1', url: '/projets/1/', title: 'Page 1' });
    expect(links.map((l) => l.class)).toEqual([
      'fr-pagination__link fr-pagination__link--first',
      'fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label',
      'fr-pagination__link',
      'fr-pagination__link',
      'fr-pagination__link',
      'fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label',
      'fr-pagination__link fr-pagination__link--last',
    ]);
  });
});
