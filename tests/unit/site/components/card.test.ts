/** Card rendered by Astro itself (container API): the HTML the pages ship. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Card from '../../../../src/components/Card.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const base = { title: 'Conciergerie de rue', url: '/projets/conciergerie-de-rue/', description: 'Un service de proximité.' };
const render = (props: Record<string, unknown>) => container.renderToString(Card, { props: { ...base, ...props } });

describe('Card', () => {
  it('rend une carte DSFR complète : titre en lien, description, badges, détail', async () => {
    expect(await render({ badges: ['Déployé'], detail: 'LaBase · Nouvelle-Aquitaine' })).toMatchInlineSnapshot(
      `"<div class="fr-card fr-enlarge-link"><div class="fr-card__body"><div class="fr-card__content"><h3 class="fr-card__title"><a href="/projets/conciergerie-de-rue/">Conciergerie de rue</a></h3><p class="fr-card__desc">Un service de proximité.</p><div class="fr-card__start"><ul class="fr-badges-group"><li><p class="fr-badge fr-badge--sm fr-badge--blue-cumulus">Déployé</p></li></ul></div><div class="fr-card__end"><p class="fr-card__detail">LaBase · Nouvelle-Aquitaine</p></div></div></div></div>"`,
    );
  });

  it('place le titre au niveau demandé dans le plan de la page (h3 par défaut)', async () => {
    expect(await render({ level: 2 })).toContain('<h2 class="fr-card__title">');
    expect(await render({ level: 4 })).toContain('<h4 class="fr-card__title">');
    expect(await render({})).toContain('<h3 class="fr-card__title">');
  });

  it('n’a ni liste de badges ni ligne de détail vides', async () => {
    const html = await render({ badges: [], detail: '' });
    expect(html).not.toContain('fr-card__start');
    expect(html).not.toContain('fr-card__end');
  });

  it('échappe le texte des contributeurs', async () => {
    const html = await render({ title: 'A <b>gras</b> & co', detail: '"<script>"' });
    expect(html).toContain('A &lt;b&gt;gras&lt;/b&gt; &amp; co');
    expect(html).not.toContain('<script>');
  });
});
