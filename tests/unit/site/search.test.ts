import { describe, expect, it } from 'vitest';
import { searchAttributes } from '../../../src/lib/search/attributes.ts';
import { parseState, pagefindFilters, serializeState } from '../../../src/lib/search/state.ts';
import { synonymsFor } from '../../../src/lib/search/synonyms.ts';
import { indexedPart } from '../../../src/integrations/pagefind.ts';

describe('l’état de la recherche dans l’adresse', () => {
  it('lit la requête, les filtres combinés et le tri, et les réécrit à l’identique', () => {
    const { state, notices } = parseState(
      '?q=co-construction&thematique=Design&thematique=Service+%C3%A0+l%27usager&region=Bretagne&tri=date',
    );
    expect(state).toEqual({
      q: 'co-construction',
      filters: { thematique: ['Design', "Service à l'usager"], region: ['Bretagne'] },
      sort: 'date',
    });
    expect(notices).toEqual([]);
    expect(parseState(serializeState(state)).state).toEqual(state);
    expect(pagefindFilters(state)).toEqual({ thematique: { any: ['Design', "Service à l'usager"] }, region: { any: ['Bretagne'] } });
  });

  it('ne plante pas sur une adresse mal formée', () => {
    expect(parseState('?q=%E0%A4%A').state.q).toBe('%E0%A4%A');
    expect(parseState('?q=%').state.q).toBe('%');
    expect(parseState('?&&=&q').state).toEqual({ q: '', filters: {}, sort: 'pertinence' });
  });

  it('ignore les filtres inconnus en le disant', () => {
    const { state, notices } = parseState('?q=accueil&couleur=rouge&<script>=1');
    expect(state.filters).toEqual({});
    expect(notices).toEqual(['Filtres inconnus ignorés : couleur, <script>.']);
  });

  it('coupe une requête de 5 000 caractères en le disant', () => {
    const { state, notices } = parseState(`?q=${'a'.repeat(5000)}`);
    expect(state.q).toHaveLength(200);
    expect(notices[0]).toContain('200 premiers caractères');
  });
});

describe('les synonymes de l’administration', () => {
  it('ajoute le développé d’un sigle et le sigle d’un développé', () => {
    expect(synonymsFor('Une notice en FALC pour les usagers')).toEqual(['facile à lire et à comprendre']);
    expect(synonymsFor('avec la Direction régionale de l’environnement, de l’aménagement et du logement')).toEqual(['DREAL']);
    expect(synonymsFor('Les conseillers de Pôle emploi')).toEqual(['France Travail']);
  });
  it('ne prend pas un mot courant pour un sigle', () => {
    expect(synonymsFor('la caf du coin, une classe ess')).toEqual([]);
    expect(synonymsFor('un rapide sondage')).toEqual([]);
  });
  it('donne à Pagefind la seule partie indexée de la page, en français, avec ses synonymes', () => {
    const html =
      '<html lang="fr"><head><title>T</title></head><body><nav>FALC</nav><main><article data-pagefind-body><h1>DDT</h1><p>La DDT des Vosges</p></article><aside>Projets proches</aside></main><footer>CAF</footer></body></html>';
    expect(indexedPart(html)).toBe(
      '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>DDT</h1><p>La DDT des Vosges</p><p data-pagefind-weight="0.5">direction départementale des territoires</p></article></body></html>',
    );
  });
  it('n’indexe pas une page sans partie marquée data-pagefind-body', () => {
    expect(indexedPart('<html><body><main><p>La DDT</p></main></body></html>')).toBeUndefined();
  });
});

describe('les attributs de recherche d’une page', () => {
  it('donne un filtre par valeur, les métadonnées et la date de tri', () => {
    expect(
      searchAttributes({
        type: 'Étude de cas',
        thematiques: ['Design', 'Emploi, insertion'],
        region: 'Bretagne',
        statut: 'Essaimé',
        date: '2024-03-05',
        detail: 'Ti Lab : Rennes',
      }),
    ).toEqual({
      filters: [
        'type:Étude de cas',
        'thematique:Design',
        'thematique:Emploi, insertion',
        'region:Bretagne',
        'statut:Essaimé',
        'annee:2024',
      ],
      meta: ['type:Étude de cas', 'detail:Ti Lab : Rennes', 'date:2024-03-05'],
      sort: 'date:2024-03-05',
    });
  });
});
