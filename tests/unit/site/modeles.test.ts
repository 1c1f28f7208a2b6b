import { describe, expect, it } from 'vitest';
import { captionTables, modelesOfMethode, paperText, type Modele } from '../../../src/lib/modeles.ts';

const modele = (id: string, methodes: string[]) =>
  ({
    id,
    data: { methodes: methodes.map((m) => ({ collection: 'methodes', id: m })), papier: 'A3', orientation: 'paysage' },
  }) as unknown as Modele;

describe('les modèles', () => {
  it('donne à une méthode les modèles qui la citent', () => {
    const list = [modele('a', ['personas']), modele('b', ['entretien-usager', 'personas']), modele('c', ['test'])];
    expect(modelesOfMethode(list, 'personas').map((m) => m.id)).toEqual(['a', 'b']);
    expect(paperText(list[0]?.data ?? { papier: 'A4', orientation: 'portrait' })).toBe('A3 paysage');
  });

  it('titre chaque tableau par le titre sous lequel il se trouve', () => {
    const html = '<table><tr><td></td></tr></table><h2 id="x">Les <em>acteurs</em></h2><p>t</p><table></table><table></table>';
    expect(captionTables(html, 'Carte')).toBe(
      '<table><caption class="fr-sr-only">Carte</caption><tr><td></td></tr></table><h2 id="x">Les <em>acteurs</em></h2><p>t</p>' +
        '<table><caption class="fr-sr-only">Les acteurs</caption></table><table><caption class="fr-sr-only">Les acteurs (2)</caption></table>',
    );
  });
});
