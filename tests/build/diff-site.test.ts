/**
 * `npm run diff-site` on two real builds: the minimal corpus, then the same corpus after a contribution
 * that edits one case study and adds another. Exactly the pages that show them must be listed: the
 * two case studies, the listings and hub pages where they appear or are counted, and nothing else
 * (no page of the site that the contribution does not touch, no feed, no asset, no share image).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { makeCorpus } from '../support/corpus.ts';

const ADDED = `---
titre: Un guichet numérique accompagné
resume: Un second projet de test, déployé par le même lab.
lab: lab-test
thematiques:
  - design
methodes:
  - entretien
publics:
  - agents
statut: deploye
debut: 2023-01-01
publie: 2025-04-01
auteurs:
  - Équipe de test
---
## Contexte

Texte.

## Démarche

Texte.

## Résultats

Texte.

## Leviers

Texte.

## Points de blocage

Texte.

## Et après ?

Texte.
`;

const dirs: string[] = [];
let before = '';
let after = '';

beforeAll(() => {
  const out = mkdtempSync(path.join(tmpdir(), 'carnet-diff-'));
  dirs.push(out);
  const original = makeCorpus();
  const contributed = makeCorpus({
    // An edit of the body only: the case study's card (title, summary) does not change.
    'content/projets/accueil.mdx': (old) =>
      old.replace('## Résultats\n\nTexte.', '## Résultats\n\nLe temps d’attente au guichet a baissé de moitié.'),
    'content/projets/guichet-numerique.mdx': ADDED,
  });
  dirs.push(original, contributed);
  before = path.join(out, 'avant');
  after = path.join(out, 'apres');
  const ms = [buildSite(before, { CARNET_CONTENT_ROOT: original }), buildSite(after, { CARNET_CONTENT_ROOT: contributed })];
  console.log(`deux constructions en ${ms.join(' ms et ')} ms`);
}, 240_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function diffSite(...extra: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'diff-site', '--', before, after, ...extra], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** "ajoutée   /projets/x/  Titre" → { ajoutée: ["/projets/x/"], … } */
function listed(stdout: string): Record<string, string[]> {
  const pages: Record<string, string[]> = { ajoutée: [], modifiée: [], supprimée: [] };
  for (const line of stdout.split('\n')) {
    const m = /^(ajoutée|modifiée|supprimée)\s+(\S+)/.exec(line);
    if (m?.[1] && m[2]) pages[m[1]]?.push(m[2]);
  }
  return pages;
}

describe('npm run diff-site après une contribution (une étude de cas modifiée, une ajoutée)', () => {
  it('liste exactement les pages ajoutées et modifiées, et rien d’autre', () => {
    const run = diffSite();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pages = listed(run.stdout);

    // Pages that did not exist: the case study, and the filtered listings of values nothing had yet.
    const added = {
      newCaseStudy: ['/projets/guichet-numerique/'],
      firstCaseStudyWithStatusDeploye: ['/projets/statut/deploye/'],
      firstCaseStudyOnThemeDesign: ['/projets/thematique/design/'],
      // A method's themes are those of the case studies that use it: "entretien" is now used on design.
      methodNowUsedOnThemeDesign: ['/methodes/thematique/design/'],
    };
    // Pages that show the edited or the new case study, or count them.
    const changed = {
      editedCaseStudy: ['/projets/accueil/'],
      caseStudyListings: ['/projets/', '/projets/region/53/'],
      // Listings the new case study is not in, but whose filters now offer its status and theme.
      listingFilters: ['/projets/statut/en-cours/', '/projets/thematique/service-usager/'],
      itsLabRegionAndTheme: ['/labs/lab-test/', '/regions/53/', '/thematiques/design/'],
      // Home (latest publications, key figures), the labs' map and the regions' and themes' counts,
      // "2 études de cas" in the lessons, the date of the latest publication of the open data.
      countsAndLatest: ['/', '/labs/', '/regions/', '/thematiques/', '/enseignements/', '/donnees/'],
      // "entretien" is now "utilisée dans 2 projets": its page, and every page showing its card.
      methodUsedTwice: [
        '/methodes/entretien/',
        '/methodes/',
        '/methodes/difficulte/facile/',
        '/methodes/phase/decouvrir/',
        '/methodes/thematique/service-usager/',
        '/parcours/',
        '/pratiques/ecouter/',
        '/thematiques/service-usager/',
      ],
      siteMap: ['/plan-du-site/'],
    };
    const sorted = (groups: Record<string, string[]>) => Object.values(groups).flat().sort();
    expect(pages['ajoutée']).toEqual(sorted(added));
    expect(pages['modifiée']).toEqual(sorted(changed));
    expect(pages['supprimée']).toEqual([]);
    // Not listed, among others: the pages the contribution does not touch (/a-propos/, /pratiques/,
    // /essaimage/ — no lineage —, /recherche/, /404.html), the feeds, the sitemap, the open data files,
    // the Pagefind index, the share images, the web editor.
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      '4 pages ajoutées, 23 pages modifiées, aucune page supprimée (40 pages présentes dans les deux versions).',
    );
  });

  it('écrit le même constat en Markdown pour le résumé d’une pull request', () => {
    const run = diffSite('--markdown');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## 🔎 Pages du site touchées');
    expect(run.stdout).toContain(
      '**4 pages ajoutées, 23 pages modifiées, aucune page supprimée** (40 pages présentes dans les deux versions).',
    );
    expect(run.stdout).toContain(
      '### Pages ajoutées (4)\n\n- `/methodes/thematique/design/` — Méthodes : Design des politiques publiques\n',
    );
    expect(run.stdout).toContain('- `/projets/accueil/` — Un accueil plus simple (contenu)\n');
    expect(run.stdout).not.toContain('### Pages supprimées');
  });

  it('ne voit aucun changement entre un site et lui-même', () => {
    const run = spawnSync('npm', ['run', '--silent', 'diff-site', '--', after, after], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'Aucune page ne change.\nAucune page ajoutée, aucune page modifiée, aucune page supprimée (44 pages présentes dans les deux versions).\n',
    );
  });
});
