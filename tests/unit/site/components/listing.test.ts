/** Listing rendered by Astro itself (container API): a capped listing hands the rest to the search. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Listing from '../../../../src/components/Listing.astro';
import type { ListingProps } from '../../../../src/lib/listing.ts';

let container: AstroContainer;
beforeAll(async () => {
  // The breadcrumb's JSON-LD needs the site's address.
  container = await AstroContainer.create({ astroConfig: { site: 'https://carnet.exemple.gouv.fr' } });
});

const listing = (beyond: number): ListingProps<unknown> => ({
  items: [],
  total: 250,
  beyond,
  page: 1,
  pages: [{ number: 1, url: '/projets/' }],
  filters: [],
  allUrl: '/projets/',
});
const render = (props: Record<string, unknown>) =>
  container.renderToString(Listing, {
    props: { title: 'Études de cas', intro: 'i', noun: ['étude de cas', 'études de cas'], cards: [], ...props },
  });

describe('Listing', () => {
  it('dit combien de fiches ses pages montrent et mène à toutes dans la recherche', async () => {
    const html = await render({ listing: listing(10), searchUrl: '/recherche/?type=%C3%89tude+de+cas&tri=date' });
    expect(html).toContain('Ces pages présentent les 240 études de cas les plus récentes.');
    expect(html).toContain('href="/recherche/?type=%C3%89tude+de+cas&amp;tri=date"');
    expect(html).toContain('Toutes les 250 études de cas dans la recherche');
  });

  it('ne parle pas de la recherche quand toutes les fiches sont listées', async () => {
    expect(await render({ listing: listing(0), searchUrl: '/recherche/' })).not.toContain('dans la recherche');
  });

  it('refuse une liste limitée sans lien vers la recherche', async () => {
    await expect(render({ listing: listing(10) })).rejects.toThrow(/sans lien vers la recherche/);
  });
});
