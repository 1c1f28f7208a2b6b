/** MetaPanel rendered by Astro itself (container API), from the rows a view model gives. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import MetaPanel from '../../../../src/components/MetaPanel.astro';
import type { MetaRow } from '../../../../src/views/types.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (rows: MetaRow[], title = 'Fiche projet') => container.renderToString(MetaPanel, { props: { title, rows } });

describe('MetaPanel', () => {
  it('rend une liste de définitions titrée : un texte, ou un élément par valeur, en lien quand il y en a un', async () => {
    expect(
      await render([
        { label: 'Statut', value: 'Déployé' },
        {
          label: 'Lab',
          value: [
            { text: 'LaBase', url: '/labs/labase/' },
            { text: 'Ti Lab', url: '/labs/ti-lab/' },
          ],
        },
        { label: 'Publics', value: [{ text: 'Usagers' }] },
      ]),
    ).toMatchInlineSnapshot(
      `"<aside class="carnet-meta fr-p-3w fr-mb-4w" aria-labelledby="fiche-meta-titre"><h2 id="fiche-meta-titre" class="fr-h6">Fiche projet</h2><dl><div class="carnet-meta__row"><dt>Statut</dt><dd>Déployé</dd></div><div class="carnet-meta__row"><dt>Lab</dt><dd><a href="/labs/labase/">LaBase</a></dd><dd><a href="/labs/ti-lab/">Ti Lab</a></dd></div><div class="carnet-meta__row"><dt>Publics</dt><dd>Usagers</dd></div></dl></aside>"`,
    );
  });

  it('omet les lignes sans valeur (absente, vide ou liste vide)', async () => {
    const html = await render([
      { label: 'Territoire', value: undefined },
      { label: 'Période', value: '' },
      { label: 'Partenaires', value: [] },
      { label: 'Statut', value: 'Idée' },
    ]);
    expect([...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1])).toEqual(['Statut']);
  });

  it('complète pour les lecteurs d’écran un lien dont le texte seul est vague (RGAA 6.1)', async () => {
    const html = await render([
      { label: 'Phase', value: [{ text: 'Définir', url: '/methodes/phase/definir/', hint: ' : méthodes de cette phase' }] },
    ]);
    expect(html).toContain('<a href="/methodes/phase/definir/">Définir<span class="fr-sr-only"> : méthodes de cette phase</span></a>');
  });

  it('échappe le texte et les guillemets des adresses', async () => {
    const html = await render([{ label: 'Contacts', value: [{ text: '<img src=x onerror=alert(1)>', url: 'mailto:a@b.fr" onclick="x' }] }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="mailto:a@b.fr&quot; onclick=&quot;x"');
  });
});
