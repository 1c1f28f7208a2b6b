import { describe, expect, it } from 'vitest';
import { statusNotice } from '../../../../src/views/evenement.ts';

describe('la vue d’un événement', () => {
  it.each([
    ['annule', 'warning', 'Cet événement est annulé.'],
    ['complet', 'info', 'Cet événement est complet : les inscriptions sont closes.'],
    ['reporte', 'info', 'Cet événement est reporté : la date affichée est la nouvelle date annoncée.'],
    ['passe', 'info', 'Cet événement a eu lieu : les inscriptions sont closes.'],
  ] as const)('dit sous la date qu’un événement au statut %s l’est (alerte %s)', (statut, kind, text) => {
    expect(statusNotice(statut)).toEqual({ text, kind });
  });

  it('ne dit rien d’un événement prévu', () => {
    expect(statusNotice('prevu')).toBeUndefined();
  });
});
