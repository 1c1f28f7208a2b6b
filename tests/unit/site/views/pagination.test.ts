import { describe, expect, it } from 'vitest';
import { paginationLinks } from '../../../../src/views/pagination.ts';

const pages = [1, 2, 3].map((number) => ({ number, url: `/projets/${number}/` }));

describe('la pagination d’une liste', () => {
  it('n’a aucun lien pour une seule page', () => {
    expect(paginationLinks(pages.slice(0, 1), 1)).toEqual([]);
  });

  it.each([
    [1, 'désactivé, désactivé, courante, /projets/2/, /projets/3/, /projets/2/, /projets/3/'],
    [2, '/projets/1/, /projets/1/, /projets/1/, courante, /projets/3/, /projets/3/, /projets/3/'],
    [3, '/projets/1/, /projets/2/, /projets/1/, /projets/2/, courante, désactivé, désactivé'],
  ])('sur la page %i de 3, première, précédente, 1, 2, 3, suivante et dernière mènent à : %s', (current, targets) => {
    const links = paginationLinks(pages, current);
    expect(links.map((l) => l.url ?? (l.disabled ? 'désactivé' : 'courante')).join(', ')).toBe(targets);
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
