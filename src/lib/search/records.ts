/**
 * What the search indexes, built once from the corpus rather than scraped from rendered pages: for each
 * content page, its title, its summary, the facts its metadata panel shows (lab, host, partners, publics…),
 * its body, and its filters, metadata and sort date. Each text is indexed once: the page's repeats (the
 * "En bref" levers and blockers restate the body's sections, the table of contents its headings) are not.
 *
 * One function per kind of page; a new collection adds its own here and to searchRecords().
 */
import { label } from '../labels.ts';
import type { Corpus, Graph, Lab, Methode, Pratique, Projet } from '../graph.ts';
import { escapeAttribute, escapeHtml } from '../html.ts';
import { agendaPath, frenchWhen, monthLabel, type Agenda, type AgendaItem, type Formation, type TempsFort } from '../agenda.ts';
import { eventPlace } from '../agenda-view.ts';
import { isoDate } from '../dates.ts';
import { href, url } from '../paths.ts';
import { REGIONS } from '../regions.ts';
import { CHARTS, NETWORK_PAGE, citation, dateText, figures, keyFigures, pressSummary, reading, serieTitle } from '../reseau.ts';
import type { ReseauData } from '../../model/index.ts';
import { labPanel, labView } from '../../views/lab.ts';
import { methodePanel } from '../../views/methode.ts';
import { pratiquePanel } from '../../views/pratique.ts';
import { projetPanel } from '../../views/projet.ts';
import type { MetaRow } from '../../views/types.ts';
import { searchAttributes, type SearchData } from './attributes.ts';
import { synonymsFor } from './synonyms.ts';

export interface SearchRecord {
  /** Site path, with the base ("/projets/x/"): the result's link. */
  url: string;
  /** The result's title, weighted most. */
  title: string;
  /** The summary under the title, weighted after it. */
  lead?: string | undefined;
  /** Short texts shown beside the body (metadata panel values, key figures, practical facts), one each. */
  facts: string[];
  /** The rendered body (the loader's safe HTML, headings with their ids). */
  html: string;
  /** Type, filters, line under the title, sort date. */
  data: SearchData;
}

/** The rendered body of an entry of a collection (src/lib/routing.ts bodyOf in the build, a stub in tests). */
export type BodyOf = (collection: string, entry: { id: string }) => { html: string };

/** The values a metadata panel shows (not its row labels, the same on every page). */
function panelTexts(rows: MetaRow[]): string[] {
  return rows.flatMap((r) => (typeof r.value === 'string' ? [r.value] : (r.value ?? []).map((v) => v.text)));
}

/** The record of a page with a metadata panel: its panel's values then `extra` facts, its body, the panel's search data. */
function panelRecord(
  collection: 'projets' | 'labs' | 'methodes' | 'pratiques',
  entry: { id: string },
  page: Pick<SearchRecord, 'url' | 'title' | 'lead'>,
  panel: { meta: MetaRow[]; search: SearchData },
  body: BodyOf,
  extra: string[] = [],
): SearchRecord {
  return { ...page, facts: [...panelTexts(panel.meta), ...extra], html: body(collection, entry).html, data: panel.search };
}

export function projetRecord(p: Projet, g: Graph, body: BodyOf): SearchRecord {
  const page = { url: url.projet(p.id), title: p.data.titre, lead: p.data.resume };
  const figures = p.data.chiffres.map((c) => `${c.valeur} ${c.libelle}`);
  return panelRecord('projets', p, page, projetPanel(p, g), body, figures);
}

export function labRecord(l: Lab, g: Graph, body: BodyOf): SearchRecord {
  const page = { url: url.lab(l.id), title: l.data.nom, lead: labView(l, g, undefined).lead };
  return panelRecord('labs', l, page, labPanel(l), body);
}

export function methodeRecord(m: Methode, g: Graph, body: BodyOf): SearchRecord {
  const d = m.data;
  const page = { url: url.methode(m.id), title: d.titre, lead: d.resume };
  const practical = [d.quandUtiliser, ...(d.precautions ? [d.precautions] : []), ...d.ressources.map((r) => r.titre)];
  return panelRecord('methodes', m, page, methodePanel(m, g), body, practical);
}

export function pratiqueRecord(p: Pratique, g: Graph, body: BodyOf): SearchRecord {
  const page = { url: url.pratique(p.id), title: p.data.titre, lead: p.data.resume };
  return panelRecord('pratiques', p, page, pratiquePanel(p, g), body);
}

/** Names of labs and themes by id, for the agenda's records. */
export interface AgendaNames {
  labs: ReadonlyMap<string, string>;
  themes: ReadonlyMap<string, string>;
}

/** An event of the agenda: its title (with « exemple »), summary, when, where, organisers; type, format, month and year facets. */
export function evenementRecord(item: AgendaItem, names: AgendaNames, body: BodyOf, methodes: ReadonlyMap<string, string>): SearchRecord {
  const d = item.data;
  const organisers = [...d.organisateurs.map((l) => names.labs.get(l.id) ?? l.id), ...d.autresOrganisateurs];
  return {
    url: href(agendaPath.event(item.id)),
    title: `${d.titre}${d.exemple ? ' (exemple)' : ''}`,
    lead: d.resume,
    facts: [frenchWhen(item), eventPlace(item), ...organisers, label('typeEvenement', d.type)],
    html: body('evenements', item).html,
    data: {
      type: 'Événement',
      thematiques: d.thematiques.map((t) => names.themes.get(t.id) ?? t.id),
      region: item.regions[0] ? REGIONS.find((r) => r.code === item.regions[0])?.nom : undefined,
      lab: organisers[0] && d.organisateurs.length ? organisers[0] : undefined,
      methodes: d.methodes.map((m) => methodes.get(m.id) ?? m.id),
      format: label('format', d.format).replace(/ \(.*\)$/, ''),
      mois: monthLabel(item.month),
      date: item.start.date,
      detail: `${label('typeEvenement', d.type)} · ${frenchWhen(item)}${item.statut === 'prevu' ? '' : ` · ${label('statutEvenement', item.statut)}`}`,
    },
  };
}

/** A training: its objectives and practical facts; type « Formation ». */
export function formationRecord(f: Formation, names: AgendaNames, body: BodyOf, methodes: ReadonlyMap<string, string>): SearchRecord {
  const d = f.data;
  return {
    url: href(agendaPath.formation(f.id)),
    title: `${d.titre}${d.exemple ? ' (exemple)' : ''}`,
    lead: d.resume,
    facts: [...d.objectifs, d.duree, d.modalites, ...d.labs.map((l) => names.labs.get(l.id) ?? l.id)],
    html: body('formations', f).html,
    data: {
      type: 'Formation',
      thematiques: d.thematiques.map((t) => names.themes.get(t.id) ?? t.id),
      lab: names.labs.get(d.labs[0]?.id ?? ''),
      methodes: d.methodes.map((m) => methodes.get(m.id) ?? m.id),
      date: isoDate(d.publie),
      detail: `Formation · ${d.duree}`,
    },
  };
}

/** An edition of a network-wide event (Semaine, Mois de l'innovation publique). */
export function tempsFortRecord(t: TempsFort, body: BodyOf): SearchRecord {
  const d = t.data;
  return {
    url: href(agendaPath.tempsFort(t.id)),
    title: d.titre,
    lead: d.resume,
    facts: [...(d.theme ? [d.theme] : []), d.organisateur, ...d.chiffres.map((c) => `${c.valeur} ${c.libelle}`)],
    html: body('temps-forts', t).html,
    data: { type: 'Temps fort', date: isoDate(d.debut), detail: `${label('serieTempsFort', d.serie)} · ${d.debut.getUTCFullYear()}` },
  };
}

/** Every page of the agenda's record: events, trainings, editions. */
export function agendaRecords(agenda: Agenda, names: AgendaNames, methodes: ReadonlyMap<string, string>, body: BodyOf): SearchRecord[] {
  return [
    ...agenda.ordered.map((i) => evenementRecord(i, names, body, methodes)),
    ...agenda.formations.map((f) => formationRecord(f, names, body, methodes)),
    ...agenda.tempsForts.map((t) => tempsFortRecord(t, body)),
  ];
}

/**
 * The network page (/reseau/), from content/reseau.yaml and its own texts (src/lib/reseau.ts), like a content
 * page: rendered near the end of the build, it would otherwise hold back the writing of the whole index.
 */
export function reseauRecord(data: ReseauData | undefined): SearchRecord {
  const all = data ? figures(data) : [];
  const keys = keyFigures(all);
  const list = (items: string[], tag = 'ul') =>
    items.length ? `<${tag}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>` : '';
  const charts = CHARTS.map((c) => ({ serie: c.serie, rows: all.filter((f) => f.serie === c.serie) })).filter((c) => c.rows.length > 0);
  const html = [
    ...charts.map(
      (c) =>
        `<h2>${escapeHtml(serieTitle(c.serie))}</h2><p>${escapeHtml(reading(c.serie, c.rows))}</p>` +
        list(c.rows.map((f) => `${f.periode} : ${f.texte} ${f.libelle}`)),
    ),
    data?.jalons.length
      ? `<h2>L’histoire du réseau</h2>${list(
          data.jalons.map((j) => `${dateText(j.date ?? '')} : ${j.titre}. ${j.texte}`),
          'ol',
        )}`
      : '',
    `<h2>Le rôle de la DITP</h2><p>${escapeHtml(NETWORK_PAGE.role)}</p>`,
    list(all.filter((f) => f.serie === 'activite').map((f) => `${f.texte} ${f.libelle} (${f.dateTexte})`)),
    `<h2>Espace presse et partenaires</h2><p>${escapeHtml(pressSummary(keys))}</p>`,
  ].join('');
  return {
    url: href('/reseau/'),
    title: NETWORK_PAGE.title,
    lead: NETWORK_PAGE.lead,
    facts: [...keys.map(citation), ...(data ? [data.contact.nom] : [])],
    html,
    data: {},
  };
}

/** Every content page's record, in a stable order (the index's page order, hence its bytes, follow it). */
export function searchRecords(corpus: Corpus, g: Graph, body: BodyOf): SearchRecord[] {
  return [
    ...g.projets.map((p) => projetRecord(p, g, body)),
    ...corpus.labs.map((l) => labRecord(l, g, body)),
    ...corpus.methodes.map((m) => methodeRecord(m, g, body)),
    ...corpus.pratiques.map((p) => pratiqueRecord(p, g, body)),
  ];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The document Pagefind parses for a record: French (stemming), the title and summary weighted, the facts,
 * the body, and the other terms of each synonym group the record mentions (acronyms and their expansions).
 */
export function recordHtml(r: SearchRecord): string {
  const { filters, meta, sort } = searchAttributes(r.data);
  const attributes = [
    ...filters.map((f) => `<span data-pagefind-filter="${escapeAttribute(f)}"></span>`),
    ...meta.map((m) => `<span data-pagefind-meta="${escapeAttribute(m)}"></span>`),
  ].join('');
  const facts = r.facts.length ? `<ul>${r.facts.map((f) => `<li>${escapeText(f)}</li>`).join('')}</ul>` : '';
  const lead = r.lead ? `<p data-pagefind-weight="5">${escapeText(r.lead)}</p>` : '';
  const text = [r.title, r.lead ?? '', ...r.facts, r.html.replace(/<[^>]+>/g, ' ')].join(' ');
  const extra = synonymsFor(text);
  const synonyms = extra.length ? `<p data-pagefind-weight="0.5">${escapeText(extra.join(' · '))}</p>` : '';
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><main data-pagefind-body>` +
    `<div hidden${sort ? ` data-pagefind-sort="${escapeAttribute(sort)}"` : ''}>${attributes}</div>` +
    `<h1 data-pagefind-weight="10">${escapeText(r.title)}</h1>${lead}${facts}${r.html}${synonyms}</main></body></html>`
  );
}
