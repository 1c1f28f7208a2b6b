/** The names of the fields on the published pages come from the model, like the editor's labels. */
import { describe, expect, it } from 'vitest';
import { pageLabel } from '../../../src/model/describe.ts';

describe('le nom d’un champ sur la page publiée', () => {
  it('est le nom court que donne le modèle, sinon son libellé', () => {
    expect(pageLabel('labs', 'porteur')).toBe('Porté par');
    expect(pageLabel('labs', 'ville')).toBe('Ville');
    expect(pageLabel('projets', 'essaimeDepuis')).toBe('Essaimé depuis');
  });

  it('refuse un champ que le modèle ne connaît pas, en le nommant', () => {
    expect(() => pageLabel('projets', 'porteur')).toThrow('Le modèle de « projets » n’a pas de champ « porteur ».');
  });
});
