/** scripts/diff-site/pages.ts: pages of a build, what a reader is shown of each, and the comparison in French. */
import { describe, expect, it } from 'vitest';
import {
  diffSites,
  escapeMarkdown,
  formatMarkdown,
  formatText,
  pagePath,
  pageSignature,
  shortTitle,
  type PageSignature,
} from '../../../scripts/diff-site/pages.ts';

function page(main: string, { title = 'Titre — Carnet des labs', description = 'Une description.', head = '' } = {}): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title><meta name="description" content="${description}">${head}</head><body><header><a href="/">Carnet des labs</a></header><main id="contenu">${main}</main><footer>Pied de page</footer></body></html>`;
}

const sig = (title: string, text = title, description = ''): PageSignature => ({ title: `${title} — Carnet des labs`, description, text });

describe('pagePath', () => {
  it('fait d’un fichier HTML l’adresse de sa page', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('projets/x/index.html')).toBe('/projets/x/');
    expect(pagePath('projets\\x\\index.html')).toBe('/projets/x/');
    expect(pagePath('404.html')).toBe('/404.html');
  });

  it('ignore ce qui n’est pas une page : flux, données, assets, index de recherche, images de partage', () => {
    for (const file of [
      'flux.xml',
      'sitemap-0.xml',
      'donnees/projets.json',
      'robots.txt',
      '_headers',
      '_assets/site.B1x2C3d4.css',
      'pagefind/fragment/fr_1.pf_fragment',
      'pagefind/x.html',
      'partage/projets/x.png',
      '_assets/page.html',
    ]) {
      expect(pagePath(file), file).toBeUndefined();
    }
  });
});

describe('pageSignature', () => {
  it('garde le titre, la description et le texte de <main>, sans balises ni espaces en trop', () => {
    const s = pageSignature(
      page('<h1>Une  étude</h1>\n<p>Le <strong>texte</strong> &amp; l&#8217;usager&nbsp;!</p>', {
        description: 'Résumé &quot;court&quot;',
      }),
    );
    expect(s).toEqual({ title: 'Titre — Carnet des labs', description: 'Résumé "court"', text: 'Une étude Le texte & l’usager !' });
  });

  it('ignore l’en-tête, le pied de page, les scripts, styles et noms d’assets hachés', () => {
    const a = pageSignature(
      page('<p>Texte</p><script>var a = 1</script>', { head: '<link rel="stylesheet" href="/_assets/site.B1x2C3d4.css">' }),
    );
    const b = pageSignature(
      page('<p>Texte</p><script>var a = 2</script>', { head: '<link rel="stylesheet" href="/_assets/site.Zz9y8X7w.css">' }).replace(
        'Pied de page',
        'Autre pied',
      ),
    );
    expect(a).toEqual(b);
    expect(pageSignature(page('<p>Voir /_assets/guide.B1x2C3d4.pdf</p>')).text).toBe('Voir /_assets/guide.pdf');
  });

  it('ignore l’avis « pas relue depuis deux ans », qui dépend du jour de la construction, et garde les dates de la fiche', () => {
    const freshness = (notice: string) =>
      page(
        `<div class="carnet-freshness fr-mb-3w"><p class="fr-text--sm">Publié le <time datetime="2023-03-15">15 mars 2023</time></p>${notice}</div><p>Suite</p>`,
      );
    const stale = freshness(
      '<div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w"><p>Cette fiche n’a pas été relue depuis plus de 2 ans.</p></div>',
    );
    expect(pageSignature(stale)).toEqual(pageSignature(freshness('')));
    expect(pageSignature(stale).text).toBe('Publié le 15 mars 2023 Suite');
  });

  it('lit la description quel que soit l’ordre des attributs', () => {
    expect(pageSignature('<meta content="Là" name="description"><main></main>').description).toBe('Là');
    expect(pageSignature('<p>sans main</p>')).toEqual({ title: '', description: '', text: '' });
  });
});

describe('diffSites', () => {
  it('trouve les pages ajoutées, modifiées (et ce qui a changé) et supprimées, triées', () => {
    const before = new Map([
      ['/', sig('Accueil', 'Accueil 1 projet')],
      ['/projets/a/', sig('A')],
      ['/projets/b/', sig('B')],
      ['/a-propos/', sig('À propos')],
    ]);
    const after = new Map([
      ['/projets/c/', sig('C')],
      ['/', sig('Accueil', 'Accueil 2 projets')],
      ['/projets/a/', sig('A bis', 'A', 'nouvelle description')],
      ['/a-propos/', sig('À propos')],
    ]);
    expect(diffSites(before, after)).toEqual({
      added: [{ path: '/projets/c/', title: 'C' }],
      changed: [
        { path: '/', title: 'Accueil', parts: ['contenu'] },
        { path: '/projets/a/', title: 'A bis', parts: ['titre', 'description'] },
      ],
      removed: [{ path: '/projets/b/', title: 'B' }],
      compared: 3,
    });
  });

  it('ne voit rien quand rien ne change', () => {
    const same = new Map([['/', sig('Accueil')]]);
    expect(diffSites(same, new Map(same))).toEqual({ added: [], changed: [], removed: [], compared: 1 });
  });
});

describe('les comptes rendus, en français', () => {
  const diff = diffSites(
    new Map([
      ['/', sig('Accueil', 'un')],
      ['/x/', sig('X')],
    ]),
    new Map([
      ['/', sig('Accueil', 'deux')],
      ['/y/', sig('Y')],
      ['/z/', sig('Z')],
    ]),
  );

  it('en lignes simples : une par page, puis les totaux', () => {
    expect(formatText(diff)).toBe(
      [
        'ajoutée   /y/  Y',
        'ajoutée   /z/  Z',
        'modifiée  /  Accueil (contenu)',
        'supprimée /x/  X',
        '',
        '2 pages ajoutées, 1 page modifiée, 1 page supprimée (1 page présente dans les deux versions).',
      ].join('\n'),
    );
    expect(formatText(diffSites(new Map(), new Map()))).toBe(
      'Aucune page ne change.\nAucune page ajoutée, aucune page modifiée, aucune page supprimée (0 page présente dans les deux versions).',
    );
  });

  it('en Markdown pour le résumé d’une pull request, les titres rendus inertes', () => {
    expect(formatMarkdown(diff, { before: 'main', after: 'dist' })).toMatchInlineSnapshot(`
      "## 🔎 Pages du site touchées

      Comparaison, page par page, du site construit avant (\`main\`) et après (\`dist\`) : titre, description et texte de chaque page. Les fichiers de construction (noms des fichiers CSS et JavaScript, index de recherche, images de partage, flux, plan du site) ne comptent pas.

      **2 pages ajoutées, 1 page modifiée, 1 page supprimée** (1 page présente dans les deux versions).

      ### Pages ajoutées (2)

      - \`/y/\` — Y
      - \`/z/\` — Z

      ### Pages modifiées (1)

      - \`/\` — Accueil (contenu)

      ### Pages supprimées (1)

      - \`/x/\` — X
      "
    `);
    const hostile = diffSites(new Map(), new Map([['/p/', sig('<img src=x onerror=alert(1)> **gras** [lien](javascript:x)')]]));
    expect(formatMarkdown(hostile)).toContain('— \\<img src=x onerror=alert(1)\\> \\*\\*gras\\*\\* \\[lien\\](javascript:x)');
  });

  it('limite les longues listes et compte le reste', () => {
    const many = new Map(Array.from({ length: 5 }, (_, i) => [`/p${i}/`, sig(`P${i}`)] as const));
    const md = formatMarkdown(diffSites(new Map(), many), { limit: 2 });
    expect(md).toContain('### Pages ajoutées (5)\n\n- `/p0/` — P0\n- `/p1/` — P1\n- … et 3 autres\n');
  });

  it('raccourcit les titres et échappe le Markdown', () => {
    expect(shortTitle('Études de cas — Carnet des labs')).toBe('Études de cas');
    expect(shortTitle('Carnet des labs — Innover ensemble')).toBe('Carnet des labs');
    expect(escapeMarkdown('a_b*c & <d>')).toBe('a\\_b\\*c &amp; \\<d\\>');
  });
});
