/** The routing module with astro:content replaced by a small corpus, as Starlight tests its utils/routing. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Corpus, Projet } from '../../../src/lib/graph.ts';
import { corpus, lab, methode, pratique, projet, theme } from '../../support/entries.ts';

const draft = (p: Projet): Projet => ({ ...p, data: { ...p.data, brouillon: true } });
const c: Corpus = corpus({
  labs: [lab('ti-lab', '53')],
  methodes: [methode('personas')],
  thematiques: [theme('emploi')],
  projets: [projet('publie', { lab: 'ti-lab' }), draft(projet('brouillon', { lab: 'ti-lab' }))],
  pratiques: [pratique('zeste'), pratique('avant')],
});
const getCollection = vi.fn(async (name: keyof Corpus) => c[name]);
vi.mock('astro:content', () => ({ getCollection }));

/** A fresh copy of routing.ts (it reads the corpus once per build), with `npm run dev` or a build. */
async function routing(dev: boolean) {
  vi.resetModules();
  vi.stubEnv('DEV', dev);
  getCollection.mockClear();
  return import('../../../src/lib/routing.ts');
}
beforeEach(() => {
  vi.unstubAllEnvs();
});

describe('le routage', () => {
  it('lit chaque collection une seule fois, quel que soit le nombre de routes servies', async () => {
    const r = await routing(false);
    await Promise.all([r.entryPaths('projets'), r.entryPaths('labs'), r.getGraph(), r.regionPaths(), r.listings.projets()]);
    expect(getCollection.mock.calls.map(([name]) => name).sort()).toEqual(['labs', 'methodes', 'pratiques', 'projets', 'thematiques']);
  });

  it('donne une page par fiche publiée, la fiche en propriété, sans les brouillons hors du serveur de développement', async () => {
    const paths = await (await routing(false)).entryPaths('projets');
    expect(paths.map((p) => [p.params.id, p.props.entry.id])).toEqual([['publie', 'publie']]);
    expect((await (await routing(true)).entryPaths('projets')).map((p) => p.params.id)).toEqual(['publie', 'brouillon']);
  });

  it('ne fait une page de région que là où il y a un lab ou une étude de cas', async () => {
    expect((await (await routing(false)).regionPaths()).map((p) => p.params.code)).toEqual(['53']);
  });

  it('range les bonnes pratiques par titre et en tire la liste filtrable', async () => {
    const r = await routing(false);
    expect((await r.pratiquesByTitle()).map((p) => p.id)).toEqual(['avant', 'zeste']);
    expect((await r.listings.pratiques())[0]?.props.items.map((p) => p.id)).toEqual(['avant', 'zeste']);
  });
});
