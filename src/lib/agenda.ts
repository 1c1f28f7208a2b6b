/**
 * The agenda, derived from the events, trainings and editions: what is upcoming and what is past on the
 * build date, the order, the month headings, the filters, the registration rule and the French dates.
 * Pure: pages, calendars, feeds and data exports build on it, and tests call it without Astro.
 */
import { label } from './labels.ts';
import type { Entry } from './graph.ts';
import { CONTENT_COLLECTIONS } from '../model/collections.ts';
import type { EvenementData, FormationData, LabData, TempsFortData } from '../model/index.ts';
import { nextDay, parisClock, parseLocal, TIME_ZONE, toInstant, type LocalDateTime } from '../model/paris-time.ts';
import { REGIONS } from './regions.ts';
import { STATUTS_EVENEMENT, type FormatEvenement, type StatutEvenement, type TypeEvenement } from './vocabulary.ts';

export type Evenement = Entry<EvenementData>;
export type Formation = Entry<FormationData>;
export type TempsFort = Entry<TempsFortData>;

/** The build date: CARNET_DATE (AAAA-MM-JJ, midnight in Paris) when given, for reproducible builds and tests; now otherwise. */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const fixed = env.CARNET_DATE?.trim();
  if (!fixed) return now;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) {
    throw new Error(`CARNET_DATE=« ${fixed} » : date attendue au format AAAA-MM-JJ (par exemple CARNET_DATE=2026-12-03).`);
  }
  return toInstant({ date: fixed });
}

/** The status shown: the organisers' one, or « passé » once the event has ended (a cancelled event stays cancelled). */
export type StatutAffiche = StatutEvenement | 'passe';

export const STATUT_LABELS = Object.fromEntries(
  [...STATUTS_EVENEMENT.ids, 'passe' as const].map((id) => [id, label('statutEvenement', id)]),
) as Record<StatutAffiche, string>;

/** An event placed in time. */
export interface AgendaItem {
  id: string;
  data: EvenementData;
  start: LocalDateTime;
  /** Last day and time as written (the start when no end is written). */
  end: LocalDateTime;
  allDay: boolean;
  /** UTC instants; for a whole-day event, the end is the midnight after its last day. */
  startsAt: Date;
  endsAt: Date;
  past: boolean;
  statut: StatutAffiche;
  /** "2026-12", for month headings and the search facets. */
  month: string;
  /** Region codes: the place's, or those of the organising labs for an online event. */
  regions: string[];
}

export function placeInTime(e: Evenement, now: Date, labs: ReadonlyMap<string, { data: Pick<LabData, 'region'> }>): AgendaItem {
  const start = parseLocal(e.data.debut);
  const end = e.data.fin ? parseLocal(e.data.fin) : start;
  const allDay = !start.time;
  const startsAt = toInstant(start);
  const endsAt = allDay ? toInstant({ date: nextDay(end.date) }) : toInstant(end);
  const past = endsAt.getTime() <= now.getTime();
  const regions = e.data.lieu
    ? [e.data.lieu.region]
    : [...new Set(e.data.organisateurs.map((l) => labs.get(l.id)?.data.region).filter((r): r is string => !!r))];
  return {
    id: e.id,
    data: e.data,
    start,
    end,
    allDay,
    startsAt,
    endsAt,
    past,
    statut: past && e.data.statut !== 'annule' ? 'passe' : e.data.statut,
    month: start.date.slice(0, 7),
    regions,
  };
}

const byStart = (a: AgendaItem, b: AgendaItem) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id);

/** Upcoming events first, soonest first; then past events, most recent first. */
export function orderAgenda(items: readonly AgendaItem[]): { upcoming: AgendaItem[]; past: AgendaItem[] } {
  return {
    upcoming: items.filter((i) => !i.past).sort(byStart),
    past: items.filter((i) => i.past).sort((a, b) => byStart(b, a)),
  };
}

/** True when the page shows a registration button: never once the event has ended, nor when full or cancelled. */
export function canRegister(item: AgendaItem): boolean {
  return !item.past && !!item.data.inscription && (item.data.statut === 'prevu' || item.data.statut === 'reporte');
}

const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "décembre 2026" for "2026-12". */
export function monthLabel(month: string): string {
  return monthName.format(new Date(`${month}-01T00:00:00Z`));
}

/** Consecutive events of the same month under one heading, in the given order. */
export function byMonth(items: readonly AgendaItem[]): { month: string; label: string; items: AgendaItem[] }[] {
  const groups: { month: string; label: string; items: AgendaItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.month === item.month) last.items.push(item);
    else groups.push({ month: item.month, label: monthLabel(item.month), items: [item] });
  }
  return groups;
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayNoYear = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'UTC' });

const first = (s: string) => s.replace(/\b1 /, '1er ');
/** "jeudi 10 décembre 2026". */
export function frenchDay(date: string): string {
  return first(dayFormat.format(new Date(`${date}T00:00:00Z`)));
}
/** "14 h", "14 h 30". */
export function frenchTime(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h)} h${m === '00' ? '' : ` ${m}`}`;
}

/** When it happens, in French, with the time zone: "jeudi 10 décembre 2026, de 14 h à 15 h 30 (heure de Paris)". */
export function frenchWhen(item: Pick<AgendaItem, 'start' | 'end' | 'allDay'>): string {
  const { start, end } = item;
  if (item.allDay) {
    if (start.date === end.date) return `${frenchDay(start.date)}, toute la journée`;
    const sameYear = start.date.slice(0, 4) === end.date.slice(0, 4);
    const from = sameYear ? first(dayNoYear.format(new Date(`${start.date}T00:00:00Z`))) : frenchDay(start.date);
    return `du ${from} au ${frenchDay(end.date)}`;
  }
  const zone = '(heure de Paris)';
  if (start.date === end.date)
    return `${frenchDay(start.date)}, de ${frenchTime(start.time ?? '')} à ${frenchTime(end.time ?? '')} ${zone}`;
  return `du ${frenchDay(start.date)} à ${frenchTime(start.time ?? '')} au ${frenchDay(end.date)} à ${frenchTime(end.time ?? '')} ${zone}`;
}

/** Short date for cards: "10 déc. 2026". */
export function shortDate(date: string): string {
  return first(
    new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    ),
  );
}

/**
 * "3 décembre 2026": the day the agenda was built, in Paris. The day only: the site is rebuilt daily, and two
 * builds of the same content on the same day are identical (diff-site compares them).
 */
export function builtOn(now: Date): string {
  const c = parisClock(now);
  return first(
    new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${c.date}T00:00:00Z`),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Filters: one static page per value, so they work without JavaScript.

export interface AgendaFacet {
  /** URL segment ("type"): /agenda/type/webinaire/. */
  key: 'type' | 'format' | 'region' | 'thematique' | 'lab';
  label: string;
  of(item: AgendaItem): string[];
  labelOf(value: string): string;
}

export function agendaFacets(names: { themes: ReadonlyMap<string, string>; labs: ReadonlyMap<string, string> }): AgendaFacet[] {
  return [
    { key: 'type', label: 'Type', of: (i) => [i.data.type], labelOf: (v) => label('typeEvenement', v as TypeEvenement) },
    { key: 'format', label: 'Format', of: (i) => [i.data.format], labelOf: (v) => label('format', v as FormatEvenement) },
    { key: 'region', label: 'Région', of: (i) => i.regions, labelOf: (v) => label('region', v) },
    { key: 'thematique', label: 'Thématique', of: (i) => i.data.thematiques.map((t) => t.id), labelOf: (v) => names.themes.get(v) ?? v },
    { key: 'lab', label: 'Lab', of: (i) => i.data.organisateurs.map((l) => l.id), labelOf: (v) => names.labs.get(v) ?? v },
  ];
}

/** Every filter value that has at least one event, with its count, sorted by label (regions in their list order). */
export function facetValues(facet: AgendaFacet, items: readonly AgendaItem[]): { value: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const v of new Set(facet.of(item))) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = facet.key === 'region' ? (v: string) => REGIONS.findIndex((r) => r.code === v) : undefined;
  return [...counts]
    .map(([value, count]) => ({ value, label: facet.labelOf(value), count }))
    .sort((a, b) => (order ? order(a.value) - order(b.value) : a.label.localeCompare(b.label, 'fr')));
}

// The folders of the agenda's pages, as the model names them (src/model/collections.ts), which the checker also reads.
const AGENDA = `/${CONTENT_COLLECTIONS.evenements.pages}/`;
const [EXEMPLE] = CONTENT_COLLECTIONS.evenements.otherPages;

export const agendaPath = {
  index: AGENDA,
  event: (id: string) => `${AGENDA}${id}/`,
  ics: (id: string) => `${AGENDA}${id}.ics`,
  filter: (facet: string, value: string) => `${AGENDA}${facet}/${value}/`,
  feed: `${AGENDA}agenda.ics`,
  facetFeed: (facet: 'lab' | 'thematique' | 'region', value: string) => `${AGENDA}${facet}/${value}/agenda.ics`,
  formations: `/${CONTENT_COLLECTIONS.formations.pages}/`,
  formation: (id: string) => `/${CONTENT_COLLECTIONS.formations.pages}/${id}/`,
  tempsFort: (id: string) => `/${CONTENT_COLLECTIONS['temps-forts'].pages}/${id}/`,
  exemple: `${AGENDA}${EXEMPLE}/`,
};

// ---------------------------------------------------------------------------------------------
// The agenda as a whole.

export interface AgendaInput {
  evenements: readonly Evenement[];
  formations: readonly Formation[];
  tempsForts: readonly TempsFort[];
  labs: readonly { id: string; data: Pick<LabData, 'region' | 'nom'> }[];
}

export type Agenda = ReturnType<typeof buildAgenda>;

/** Everything the pages need, computed once per build. */
export function buildAgenda(input: AgendaInput, now: Date) {
  const labs = new Map(input.labs.map((l) => [l.id, l]));
  const items = input.evenements.filter((e) => !e.data.brouillon).map((e) => placeInTime(e, now, labs));
  const { upcoming, past } = orderAgenda(items);
  const ordered = [...upcoming, ...past];
  const byId = new Map(items.map((i) => [i.id, i]));
  const sessions = new Map<string, AgendaItem[]>();
  const ofEdition = new Map<string, AgendaItem[]>();
  for (const item of ordered) {
    const f = item.data.formation?.id;
    if (f) sessions.set(f, [...(sessions.get(f) ?? []), item]);
    const t = item.data.tempsFort?.id;
    if (t) ofEdition.set(t, [...(ofEdition.get(t) ?? []), item]);
  }
  const formations = input.formations.filter((f) => !f.data.brouillon).sort((a, b) => a.data.titre.localeCompare(b.data.titre, 'fr'));
  const tempsForts = input.tempsForts.filter((t) => !t.data.brouillon).sort((a, b) => b.data.debut.getTime() - a.data.debut.getTime());
  // Each case study, lab, theme, region and method page asks for its upcoming events: one pass per kind of key, made on
  // the first question, instead of a scan of every event per page (2 s of the build at 10 000 case studies).
  const upcomingBy = (keysOf: (i: AgendaItem) => readonly string[]) => {
    let index: Map<string, AgendaItem[]> | undefined;
    return (key: string): AgendaItem[] => {
      if (!index) {
        index = new Map();
        for (const item of upcoming)
          for (const k of new Set(keysOf(item))) {
            const list = index.get(k);
            if (list) list.push(item);
            else index.set(k, [item]);
          }
      }
      return [...(index.get(key) ?? [])];
    };
  };
  return {
    now,
    items,
    upcoming,
    past,
    /** Upcoming then past: the order of /agenda/. */
    ordered,
    event: (id: string) => byId.get(id),
    formations,
    tempsForts,
    /** Sessions of a training, upcoming then past. */
    sessionsOf: (formation: string) => {
      const list = sessions.get(formation) ?? [];
      return { upcoming: list.filter((i) => !i.past), past: list.filter((i) => i.past) };
    },
    eventsOfEdition: (edition: string) => ofEdition.get(edition) ?? [],
    sessionCount: items.filter((i) => i.data.formation).length,
    upcomingOfLab: upcomingBy((i) => i.data.organisateurs.map((l) => l.id)),
    upcomingOfTheme: upcomingBy((i) => i.data.thematiques.map((t) => t.id)),
    upcomingOfRegion: upcomingBy((i) => i.regions),
    upcomingOfMethode: upcomingBy((i) => i.data.methodes.map((m) => m.id)),
    upcomingOfProjet: upcomingBy((i) => i.data.projets.map((p) => p.id)),
    formationsOfLab: (lab: string) => formations.filter((f) => f.data.labs.some((l) => l.id === lab)),
    formationsOfMethode: (methode: string) => formations.filter((f) => f.data.methodes.some((m) => m.id === methode)),
    formationsOfTheme: (theme: string) => formations.filter((f) => f.data.thematiques.some((t) => t.id === theme)),
  };
}

export { TIME_ZONE };
