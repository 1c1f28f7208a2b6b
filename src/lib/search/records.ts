/**
 * What the search indexes, built once from the corpus rather than scraped from rendered pages: for each
 * content page, its title, its summary, the facts its metadata panel shows (lab, host, partners, publics…),
 * its body, and its filters, metadata and sort date. Each text is indexed once: the page's repeats (the
 * "En bref" levers and blockers restate the body's sections, the table of contents its headings) are not.
 *
 * One function per kind of page; a new collection adds its own here and to searchRecords().
 */
import { formatDuree } from '../cards.ts';
import { formatPeriod, isoDate } from '../dates.ts';
import type { Corpus, Graph, Lab, Methode, Pratique, Projet } from '../graph.ts';
import { url } from '../paths.ts';
import { region } from '../regions.ts';
import { DIFFICULTES, PHASES, PUBLICS, STATUTS } from '../vocabulary.ts';
import { searchAttributes, type SearchData } from './attributes.ts';
import { synonymsFor } from './synonyms.ts';

export interface SearchRecord {
  /** Site path, with the base ("/projets/x/"): the result's link. */
  url: string;
  /** The result's title, weighted most. */
  title: string;
  /** The summary under the title, weighted after it. */
  lead?: string | undefined;
  /** Short texts shown beside the body (metadata panel, key figures, practical facts), one each. */
  facts: string[];
  /** The rendered body (the loader's safe HTML, headings with their ids). */
  html: string;
  /** Type, filters, line under the title, sort date. */
  data: SearchData;
}

/** The rendered body of an entry of a collection (src/lib/data.ts bodyOf in the build, a stub in tests). */
export type BodyOf = (collection: string, entry: { id: string }) => { html: string };

const names = (list: (string | undefined)[]) => list.filter((s): s is string => !!s);

export function projetRecord(p: Projet, g: Graph, body: BodyOf): SearchRecord {
  const d = p.data;
  const lab = g.labs.get(d.lab.id);
  const reg = region(g.regionOf(p));
  const themes = d.thematiques.map((t) => g.themes.get(t.id)?.data.libelle ?? t.id);
  const methodes = d.methodes.map((m) => g.methodes.get(m.id)?.data.titre ?? m.id);
  const source = d.essaimeDepuis ? g.projetsById.get(d.essaimeDepuis.id) : undefined;
  return {
    url: url.projet(p.id),
    title: d.titre,
    lead: d.resume,
    facts: names([
      STATUTS.label(d.statut),
      lab?.data.nom,
      ...d.autresLabs.map((l) => g.labs.get(l.id)?.data.nom),
      reg.nom,
      d.territoire,
      formatPeriod(d.debut, d.fin),
      ...themes,
      ...methodes,
      ...d.publics.map((x) => PUBLICS.label(x)),
      ...d.partenaires,
      ...d.financements.map((f) => f.source),
      source?.data.titre,
      ...g.replicationsOf(p.id).map((r) => r.data.titre),
      ...d.contacts.map((c) => [c.nom, c.role].filter(Boolean).join(', ')),
      ...d.chiffres.map((c) => `${c.valeur} ${c.libelle}`),
    ]),
    html: body('projets', p).html,
    data: {
      type: 'Étude de cas',
      thematiques: themes,
      region: reg.nom,
      lab: lab?.data.nom,
      methodes,
      statut: STATUTS.label(d.statut),
      date: isoDate(d.publie),
      detail: `${lab?.data.nom} · ${reg.nom}`,
    },
  };
}

export function labRecord(l: Lab, body: BodyOf): SearchRecord {
  const d = l.data;
  const reg = region(d.region);
  return {
    url: url.lab(l.id),
    title: d.nom,
    lead: `Laboratoire d’innovation territoriale ${reg.dans}, à ${d.ville}, créé en ${d.creation}.`,
    facts: names([
      d.actif ? undefined : 'Fermé',
      `Porté par ${d.porteur}`,
      ...d.partenaires,
      ...d.financements.map((f) => f.source),
      d.site ? new URL(d.site).host : undefined,
    ]),
    html: body('labs', l).html,
    data: { type: 'Lab', region: reg.nom, lab: d.nom, detail: `${d.ville} · ${reg.nom}` },
  };
}

export function methodeRecord(m: Methode, g: Graph, body: BodyOf): SearchRecord {
  const d = m.data;
  const projets = g.projetsOfMethode(m.id);
  return {
    url: url.methode(m.id),
    title: d.titre,
    lead: d.resume,
    facts: names([
      `Phase : ${PHASES.label(d.phase)}`,
      `Durée : ${formatDuree(d.duree)}`,
      `Participants : ${d.participants.min} à ${d.participants.max} personnes`,
      `Difficulté : ${DIFFICULTES.label(d.difficulte)}`,
      `Quand l’utiliser : ${d.quandUtiliser}`,
      d.precautions ? `Précautions : ${d.precautions}` : undefined,
      ...d.materiel,
      ...d.livrables,
      ...d.ressources.map((r) => r.titre),
    ]),
    html: body('methodes', m).html,
    data: {
      type: 'Méthode',
      phase: PHASES.label(d.phase),
      thematiques: [...new Set(projets.flatMap((p) => p.data.thematiques.map((t) => g.themes.get(t.id)?.data.libelle ?? t.id)))],
      date: isoDate(d.publie),
      detail: `Phase ${PHASES.label(d.phase)} · ${formatDuree(d.duree)}`,
    },
  };
}

export function pratiqueRecord(p: Pratique, g: Graph, body: BodyOf): SearchRecord {
  const d = p.data;
  const themes = d.thematiques.map((t) => g.themes.get(t.id)?.data.libelle ?? t.id);
  const methodes = d.methodes.map((m) => g.methodes.get(m.id)).filter((m) => m !== undefined);
  const projets = d.projets.map((x) => g.projetsById.get(x.id)).filter((x) => x !== undefined);
  return {
    url: url.pratique(p.id),
    title: d.titre,
    lead: d.resume,
    facts: [...themes, ...methodes.map((m) => m.data.titre), ...projets.map((x) => x.data.titre)],
    html: body('pratiques', p).html,
    data: {
      type: 'Bonne pratique',
      thematiques: themes,
      methodes: methodes.map((m) => m.data.titre),
      date: isoDate(d.publie),
      detail: themes.join(', '),
    },
  };
}

/** Every content page's record, in a stable order (the index's page order, hence its bytes, follow it). */
export function searchRecords(corpus: Corpus, g: Graph, body: BodyOf): SearchRecord[] {
  return [
    ...g.projets.map((p) => projetRecord(p, g, body)),
    ...corpus.labs.map((l) => labRecord(l, body)),
    ...corpus.methodes.map((m) => methodeRecord(m, g, body)),
    ...corpus.pratiques.map((p) => pratiqueRecord(p, g, body)),
  ];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * The document Pagefind parses for a record: French (stemming), the title and summary weighted, the facts,
 * the body, and the other terms of each synonym group the record mentions (acronyms and their expansions).
 */
export function recordHtml(r: SearchRecord): string {
  const { filters, meta, sort } = searchAttributes(r.data);
  const attributes = [
    ...filters.map((f) => `<span data-pagefind-filter="${escapeAttr(f)}"></span>`),
    ...meta.map((m) => `<span data-pagefind-meta="${escapeAttr(m)}"></span>`),
  ].join('');
  const facts = r.facts.length ? `<ul>${r.facts.map((f) => `<li>${escapeText(f)}</li>`).join('')}</ul>` : '';
  const lead = r.lead ? `<p data-pagefind-weight="5">${escapeText(r.lead)}</p>` : '';
  const text = [r.title, r.lead ?? '', ...r.facts, r.html.replace(/<[^>]+>/g, ' ')].join(' ');
  const extra = synonymsFor(text);
  const synonyms = extra.length ? `<p data-pagefind-weight="0.5">${escapeText(extra.join(' · '))}</p>` : '';
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><main data-pagefind-body>` +
    `<div hidden${sort ? ` data-pagefind-sort="${escapeAttr(sort)}"` : ''}>${attributes}</div>` +
    `<h1 data-pagefind-weight="10">${escapeText(r.title)}</h1>${lead}${facts}${r.html}${synonyms}</main></body></html>`
  );
}
