/** View of an event page (/agenda/<id>/): what the page says of the event's status. */
import type { StatutAffiche } from '../lib/agenda.ts';

/** The notice each status puts under the date; an event planned as announced needs none. */
const STATUS_NOTICES: Partial<Record<StatutAffiche, string>> = {
  annule: 'Cet événement est annulé.',
  complet: 'Cet événement est complet : les inscriptions sont closes.',
  reporte: 'Cet événement est reporté : la date affichée est la nouvelle date annoncée.',
  passe: 'Cet événement a eu lieu : les inscriptions sont closes.',
};

/** The status notice of an event, as a DSFR alert: a warning when it is cancelled, information otherwise. */
export function statusNotice(statut: StatutAffiche): { text: string; kind: 'warning' | 'info' } | undefined {
  const text = STATUS_NOTICES[statut];
  return text === undefined ? undefined : { text, kind: statut === 'annule' ? 'warning' : 'info' };
}
