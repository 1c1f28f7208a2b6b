/**
 * The search finds what a page's metadata panel shows, not only its body (the index is built from the corpus:
 * src/lib/search/records.ts): a partner, a public, a lab's host, and the expansions of their acronyms.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allResultTitles, openSearch } from '../support/search.ts';
import { useBuiltSite, type BuiltSite } from '../support/site.ts';

let built: BuiltSite;
useBuiltSite((b) => (built = b));

/** Every result title of a search. */
async function titles(page: Page, query: string): Promise<string[]> {
  await openSearch(page, built.site.url, `?q=${encodeURIComponent(query)}`);
  return allResultTitles(page);
}

describe('la recherche et le panneau de métadonnées', () => {
  it('trouve une étude de cas par un partenaire nommé seulement dans son panneau', async () => {
    expect(await titles(built.page, 'Collectivités réunionnaises')).toContain('Vers un guichet unique pour les associations à La Réunion');
  });

  it('trouve un public du panneau par le développé de son sigle (« Associations et ESS »)', async () => {
    expect(await titles(built.page, 'économie sociale et solidaire')).toContain(
      'Mutualiser les véhicules pour la mobilité rurale en Guyane',
    );
  });

  it('trouve un lab par son porteur et par le développé du sigle de celui-ci (« (SGAR) »)', async () => {
    expect(await titles(built.page, 'préfecture de Paris')).toContain('Fabrique RH');
    expect(await titles(built.page, 'secrétariat général pour les affaires régionales')).toContain('Fabrique RH');
  });
});
