/**
 * Open data: the published corpus as JSON and CSV files at stable URLs (/donnees/<jeu>.json|csv).
 * Each dataset lists its columns once, in order, with a French description: that list is the CSV
 * header, the JSON keys and the documentation of /donnees/. Pure, so the exports are unit-tested.
 */
import { stringify } from 'csv-stringify/sync';
import { isoDate } from './dates.ts';
import { buildGraph, type Corpus, type Graph, type Lab, type Methode, type Pratique, type Projet, type Thematique } from './graph.ts';
import { href, url } from './paths.ts';
import { absolute, withoutDrafts } from './published.ts';
import { region } from './regions.ts';
import { agendaPath, STATUT_LABELS, type Agenda, type AgendaItem, type Formation } from './agenda.ts';
import {
  DIFFICULTES,
  FORMATS_EVENEMENT,
  PHASES,
  PUBLICS,
  PUBLICS_EVENEMENT,
  STATUTS,
  TYPES_EVENEMENT,
  UNITES_DUREE,
} from './vocabulary.ts';

/** What a column holds, as its value function returns it (dates become AAAA-MM-JJ on export). */
interface ColumnValues {
  identifiant: string | undefined;
  texte: string | undefined;
  url: string | undefined;
  date: Date | undefined;
  entier: number | undefined;
  decimal: number | undefined;
  booleen: boolean;
  identifiants: string[];
  textes: string[];
  urls: string[];
}
export type ColumnType = keyof ColumnValues;

/** How each type is written, for the documentation page. */
export const COLUMN_TYPES: Record<ColumnType, string> = {
  identifiant: 'identifiant ou code (texte)',
  texte: 'texte',
  url: 'URL absolue',
  date: 'date AAAA-MM-JJ',
  entier: 'nombre entier',
  decimal: 'nombre décimal',
  booleen: 'booléen (true ou false)',
  identifiants: 'liste d’identifiants',
  textes: 'liste de textes',
  urls: 'liste d’URL',
};

/** One cell once exported: lists stay arrays in JSON and are joined with LIST_SEPARATOR in CSV. */
export type Cell = string | number | boolean | null | string[];
/** One line of a dataset, keys in the order of its columns. */
export type Row = Record<string, Cell>;

export const LIST_SEPARATOR = ' | ';
export const CSV_DELIMITER = ';';

interface Context {
  g: Graph;
  /** The agenda on the build date, when the site has one (events and trainings datasets). */
  agenda: Agenda | undefined;
  /** Absolute URL of a site path (from url.* or href()). */
  link: (path: string) => string;
}

type ColumnOf<T, K extends ColumnType> = {
  /** Name of the CSV column and of the JSON key: lowercase ASCII, words joined by "_". */
  name: string;
  type: K;
  /** What the column holds, in French, for the documentation page. */
  description: string;
  value: (entry: T, ctx: Context) => ColumnValues[K];
};
export type Column<T> = { [K in ColumnType]: ColumnOf<T, K> }[ColumnType];

/** The documented part of a column (no value function). */
export interface ColumnDoc {
  name: string;
  type: ColumnType;
  description: string;
}

export interface Dataset {
  /** File name without extension ("projets"). */
  id: string;
  /** Name shown on the documentation page. */
  titre: string;
  /** One or two sentences on what a line is. */
  description: string;
  columns: ColumnDoc[];
  /** The lines of the published corpus, sorted by id. */
  rows(corpus: Corpus, ctx: Context): Row[];
}

/** A column builder bound to the entry type, so value functions are checked against the schema. */
function columnsOf<T>() {
  return <K extends ColumnType>(
    name: string,
    type: K,
    description: string,
    value: (entry: T, ctx: Context) => ColumnValues[K],
  ): Column<T> => ({ name, type, description, value }) as ColumnOf<T, K> as Column<T>;
}

function toCell(value: ColumnValues[ColumnType]): Cell {
  if (value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return [...value];
  return value;
}

function defineDataset<T extends { id: string }>(d: {
  id: string;
  titre: string;
  description: string;
  entries: (corpus: Corpus, g: Graph, ctx: Context) => T[];
  columns: Column<T>[];
}): Dataset {
  const names = d.columns.map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    throw new Error(
      `Données ouvertes, jeu « ${d.id} » : la colonne « ${duplicate} » est déclarée deux fois. Renommez l’une des deux dans src/lib/opendata.ts.`,
    );
  return {
    id: d.id,
    titre: d.titre,
    description: d.description,
    columns: d.columns.map(({ name, type, description }) => ({ name, type, description })),
    rows: (corpus, ctx) =>
      [...d.entries(corpus, ctx.g, ctx)]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((entry) => Object.fromEntries(d.columns.map((c) => [c.name, toCell(c.value(entry, ctx))]))),
  };
}

/** "idee (Idée), en-cours (En cours)…": the allowed values of a closed list, for descriptions. */
function values<T extends string>(list: { ids: readonly T[]; label: (id: T) => string }): string {
  return list.ids.map((id) => `${id} (${list.label(id)})`).join(', ');
}

const sum = (amounts: (number | undefined)[]): number | undefined => {
  const known = amounts.filter((a): a is number => a !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
};
const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

const projet = columnsOf<Projet>();
const projets = defineDataset<Projet>({
  id: 'projets',
  titre: 'Études de cas',
  description:
    'Une ligne par étude de cas publiée : un projet conduit par un laboratoire d’innovation territoriale, sa démarche, son statut, ses chiffres, ce qui a aidé et ce qui a bloqué.',
  entries: (_c, g) => g.projets,
  columns: [
    projet('id', 'identifiant', 'Identifiant de l’étude de cas, repris dans l’adresse de sa page.', (p) => p.id),
    projet('url', 'url', 'Adresse de la page de l’étude de cas.', (p, x) => x.link(url.projet(p.id))),
    projet('titre', 'texte', 'Titre de l’étude de cas.', (p) => p.data.titre),
    projet('resume', 'texte', 'Résumé en une ou deux phrases (300 caractères au plus).', (p) => p.data.resume),
    projet('lab', 'identifiant', 'Identifiant du lab qui a conduit le projet (jeu « labs »).', (p) => p.data.lab.id),
    projet('lab_url', 'url', 'Adresse de la page de ce lab.', (p, x) => x.link(url.lab(p.data.lab.id))),
    projet('autres_labs', 'identifiants', 'Identifiants des autres labs qui ont pris part au projet.', (p) => ids(p.data.autresLabs)),
    projet('autres_labs_urls', 'urls', 'Adresses des pages de ces autres labs, dans le même ordre.', (p, x) =>
      p.data.autresLabs.map((l) => x.link(url.lab(l.id))),
    ),
    projet(
      'region',
      'identifiant',
      'Code INSEE de la région sur deux caractères (« 53 » pour la Bretagne) : celle du projet, ou à défaut celle de son lab.',
      (p, x) => x.g.regionOf(p),
    ),
    projet('region_nom', 'texte', 'Nom officiel de cette région.', (p, x) => region(x.g.regionOf(p)).nom),
    projet('region_url', 'url', 'Adresse de la page de cette région.', (p, x) => x.link(url.region(x.g.regionOf(p)))),
    projet('territoire', 'texte', 'Territoire concerné, en toutes lettres ; vide s’il n’est pas précisé.', (p) => p.data.territoire),
    projet('thematiques', 'identifiants', 'Identifiants des thématiques du projet (jeu « thematiques »).', (p) => ids(p.data.thematiques)),
    projet('thematiques_urls', 'urls', 'Adresses des pages de ces thématiques, dans le même ordre.', (p, x) =>
      p.data.thematiques.map((t) => x.link(url.thematique(t.id))),
    ),
    projet('methodes', 'identifiants', 'Identifiants des méthodes employées, dans l’ordre où elles l’ont été (jeu « methodes »).', (p) =>
      ids(p.data.methodes),
    ),
    projet('methodes_urls', 'urls', 'Adresses des pages de ces méthodes, dans le même ordre.', (p, x) =>
      p.data.methodes.map((m) => x.link(url.methode(m.id))),
    ),
    projet('publics', 'identifiants', `Publics avec ou pour qui le projet a été mené. Valeurs : ${values(PUBLICS)}.`, (p) => [
      ...p.data.publics,
    ]),
    projet('partenaires', 'textes', 'Organisations partenaires.', (p) => p.data.partenaires),
    projet('statut', 'identifiant', `Où en est le projet. Valeurs : ${values(STATUTS)}.`, (p) => p.data.statut),
    projet('debut', 'date', 'Date de début du projet.', (p) => p.data.debut),
    projet('fin', 'date', 'Date de fin du projet ; vide s’il est en cours.', (p) => p.data.fin),
    projet('financeurs', 'textes', 'Sources de financement (programme, administration, collectivité).', (p) =>
      p.data.financements.map((f) => f.source),
    ),
    projet(
      'financements_montant',
      'decimal',
      'Somme en euros des montants de financement rendus publics ; vide si aucun montant n’est indiqué.',
      (p) => sum(p.data.financements.map((f) => f.montant)),
    ),
    projet('chiffres', 'textes', 'Chiffres d’impact, chacun écrit « valeur libellé » (« 3 200 demandes traitées »).', (p) =>
      p.data.chiffres.map((c) => `${c.valeur} ${c.libelle}`),
    ),
    projet('leviers', 'textes', 'Ce qui a aidé le projet, en phrases courtes.', (p) => p.data.leviers),
    projet('blocages', 'textes', 'Ce qui a freiné le projet, en phrases courtes.', (p) => p.data.blocages),
    projet(
      'essaime_depuis',
      'identifiant',
      'Pour un projet essaimé : identifiant de l’étude de cas qu’il reprend ; vide sinon.',
      (p) => p.data.essaimeDepuis?.id,
    ),
    projet('essaime_depuis_url', 'url', 'Adresse de la page de ce projet source ; vide sinon.', (p, x) =>
      p.data.essaimeDepuis ? x.link(url.projet(p.data.essaimeDepuis.id)) : undefined,
    ),
    projet('adaptations', 'textes', 'Pour un projet essaimé : ce qu’il a changé par rapport à sa source.', (p) => p.data.adaptations),
    projet('publie', 'date', 'Date de première publication de la fiche.', (p) => p.data.publie),
    projet('mis_a_jour', 'date', 'Date de la dernière mise à jour importante ; vide si aucune.', (p) => p.data.misAJour),
    projet('revu_le', 'date', 'Date de la dernière relecture de la fiche ; vide si aucune.', (p) => p.data.revuLe),
    projet('auteurs', 'textes', 'Auteurs de la fiche (personnes ou équipes).', (p) => p.data.auteurs),
    projet(
      'illustratif',
      'booleen',
      'true quand la fiche contient des détails donnés à titre d’exemple, et pas seulement des faits publics.',
      (p) => p.data.illustratif,
    ),
  ],
});

const lab = columnsOf<Lab>();
const labs = defineDataset<Lab>({
  id: 'labs',
  titre: 'Labs',
  description:
    'Une ligne par laboratoire d’innovation territoriale, ouvert ou fermé : où il est, qui le porte, et ses études de cas publiées.',
  entries: (c) => c.labs,
  columns: [
    lab('id', 'identifiant', 'Identifiant du lab, repris dans l’adresse de sa page.', (l) => l.id),
    lab('url', 'url', 'Adresse de la page du lab.', (l, x) => x.link(url.lab(l.id))),
    lab('nom', 'texte', 'Nom du lab.', (l) => l.data.nom),
    lab('region', 'identifiant', 'Code INSEE de sa région, sur deux caractères (« 53 » pour la Bretagne).', (l) => l.data.region),
    lab('region_nom', 'texte', 'Nom officiel de cette région.', (l) => region(l.data.region).nom),
    lab('region_url', 'url', 'Adresse de la page de cette région.', (l, x) => x.link(url.region(l.data.region))),
    lab('ville', 'texte', 'Ville où le lab est installé.', (l) => l.data.ville),
    lab('latitude', 'decimal', 'Latitude du lab en degrés décimaux (WGS 84).', (l) => l.data.coordonnees.lat),
    lab('longitude', 'decimal', 'Longitude du lab en degrés décimaux (WGS 84).', (l) => l.data.coordonnees.lon),
    lab('porteur', 'texte', 'Administration qui porte le lab (préfecture de région, SGAR…).', (l) => l.data.porteur),
    lab('partenaires', 'textes', 'Organisations partenaires.', (l) => l.data.partenaires),
    lab('creation', 'entier', 'Année de création.', (l) => l.data.creation),
    lab('site', 'url', 'Site web du lab ; vide s’il n’en a pas.', (l) => l.data.site),
    lab(
      'contact',
      'texte',
      'Adresse électronique de contact du lab (jamais une adresse personnelle) ; vide si aucune.',
      (l) => l.data.contact,
    ),
    lab('financeurs', 'textes', 'Sources de financement du lab.', (l) => l.data.financements.map((f) => f.source)),
    lab(
      'financements_montant',
      'decimal',
      'Somme en euros des montants de financement rendus publics ; vide si aucun montant n’est indiqué.',
      (l) => sum(l.data.financements.map((f) => f.montant)),
    ),
    lab('actif', 'booleen', 'false une fois le lab fermé.', (l) => l.data.actif),
    lab(
      'illustratif',
      'booleen',
      'true quand la fiche contient des détails donnés à titre d’exemple, et pas seulement des faits publics.',
      (l) => l.data.illustratif,
    ),
    lab(
      'projets',
      'identifiants',
      'Identifiants des études de cas publiées que le lab a conduites ou auxquelles il a pris part, de la plus récente à la plus ancienne.',
      (l, x) => ids(x.g.projetsOfLab(l.id)),
    ),
    lab('projets_urls', 'urls', 'Adresses des pages de ces études de cas, dans le même ordre.', (l, x) =>
      x.g.projetsOfLab(l.id).map((p) => x.link(url.projet(p.id))),
    ),
  ],
});

const methode = columnsOf<Methode>();
const methodes = defineDataset<Methode>({
  id: 'methodes',
  titre: 'Fiches méthodes',
  description:
    'Une ligne par fiche méthode : quand l’employer, combien de temps et de participants elle demande, ce qu’elle produit, et les études de cas qui l’ont employée.',
  entries: (c) => c.methodes,
  columns: [
    methode('id', 'identifiant', 'Identifiant de la méthode, repris dans l’adresse de sa page.', (m) => m.id),
    methode('url', 'url', 'Adresse de la page de la méthode.', (m, x) => x.link(url.methode(m.id))),
    methode('titre', 'texte', 'Nom de la méthode.', (m) => m.data.titre),
    methode('resume', 'texte', 'Résumé en une ou deux phrases (300 caractères au plus).', (m) => m.data.resume),
    methode('phase', 'identifiant', `Phase de la démarche où la méthode sert le plus. Valeurs : ${values(PHASES)}.`, (m) => m.data.phase),
    methode('duree_min', 'decimal', 'Durée la plus courte, dans l’unité de duree_unite.', (m) => m.data.duree.min),
    methode('duree_max', 'decimal', 'Durée la plus longue, dans la même unité ; vide si la durée ne varie pas.', (m) => m.data.duree.max),
    methode('duree_unite', 'identifiant', `Unité des durées. Valeurs : ${values(UNITES_DUREE)}.`, (m) => m.data.duree.unite),
    methode('participants_min', 'entier', 'Nombre minimal de participants.', (m) => m.data.participants.min),
    methode('participants_max', 'entier', 'Nombre maximal de participants.', (m) => m.data.participants.max),
    methode(
      'difficulte',
      'identifiant',
      `Exigence pour une équipe qui l’anime pour la première fois. Valeurs : ${values(DIFFICULTES)}.`,
      (m) => m.data.difficulte,
    ),
    methode('materiel', 'textes', 'Matériel à prévoir.', (m) => m.data.materiel),
    methode('livrables', 'textes', 'Ce que la méthode produit.', (m) => m.data.livrables),
    methode('quand_utiliser', 'texte', 'Quand employer cette méthode.', (m) => m.data.quandUtiliser),
    methode('precautions', 'texte', 'Points d’attention ; vide si aucun.', (m) => m.data.precautions),
    methode('ressources_titres', 'textes', 'Noms des modèles à télécharger.', (m) => m.data.ressources.map((r) => r.titre)),
    methode('ressources_urls', 'urls', 'Adresses de ces modèles, dans le même ordre.', (m, x) =>
      m.data.ressources.map((r) => x.link(href(r.fichier))),
    ),
    methode('methodes_liees', 'identifiants', 'Identifiants des méthodes qui vont bien avec celle-ci.', (m) => ids(m.data.methodesLiees)),
    methode('methodes_liees_urls', 'urls', 'Adresses des pages de ces méthodes, dans le même ordre.', (m, x) =>
      m.data.methodesLiees.map((l) => x.link(url.methode(l.id))),
    ),
    methode(
      'projets',
      'identifiants',
      'Identifiants des études de cas publiées qui ont employé la méthode, de la plus récente à la plus ancienne.',
      (m, x) => ids(x.g.projetsOfMethode(m.id)),
    ),
    methode('projets_urls', 'urls', 'Adresses des pages de ces études de cas, dans le même ordre.', (m, x) =>
      x.g.projetsOfMethode(m.id).map((p) => x.link(url.projet(p.id))),
    ),
    methode('publie', 'date', 'Date de première publication de la fiche.', (m) => m.data.publie),
    methode('mis_a_jour', 'date', 'Date de la dernière mise à jour importante ; vide si aucune.', (m) => m.data.misAJour),
    methode('revu_le', 'date', 'Date de la dernière relecture de la fiche ; vide si aucune.', (m) => m.data.revuLe),
    methode('auteurs', 'textes', 'Auteurs de la fiche (personnes ou équipes).', (m) => m.data.auteurs),
  ],
});

const pratique = columnsOf<Pratique>();
const pratiques = defineDataset<Pratique>({
  id: 'pratiques',
  titre: 'Bonnes pratiques',
  description:
    'Une ligne par bonne pratique tirée des projets des labs, avec les études de cas qui l’illustrent et les méthodes qui aident à l’appliquer.',
  entries: (c) => c.pratiques,
  columns: [
    pratique('id', 'identifiant', 'Identifiant de la bonne pratique, repris dans l’adresse de sa page.', (p) => p.id),
    pratique('url', 'url', 'Adresse de la page de la bonne pratique.', (p, x) => x.link(url.pratique(p.id))),
    pratique('titre', 'texte', 'Titre de la bonne pratique.', (p) => p.data.titre),
    pratique('resume', 'texte', 'Résumé en une ou deux phrases (300 caractères au plus).', (p) => p.data.resume),
    pratique('thematiques', 'identifiants', 'Identifiants de ses thématiques (jeu « thematiques »).', (p) => ids(p.data.thematiques)),
    pratique('thematiques_urls', 'urls', 'Adresses des pages de ces thématiques, dans le même ordre.', (p, x) =>
      p.data.thematiques.map((t) => x.link(url.thematique(t.id))),
    ),
    pratique('projets', 'identifiants', 'Identifiants des études de cas qui l’illustrent (jeu « projets »).', (p) => ids(p.data.projets)),
    pratique('projets_urls', 'urls', 'Adresses des pages de ces études de cas, dans le même ordre.', (p, x) =>
      p.data.projets.map((r) => x.link(url.projet(r.id))),
    ),
    pratique('methodes', 'identifiants', 'Identifiants des méthodes qui aident à l’appliquer (jeu « methodes »).', (p) =>
      ids(p.data.methodes),
    ),
    pratique('methodes_urls', 'urls', 'Adresses des pages de ces méthodes, dans le même ordre.', (p, x) =>
      p.data.methodes.map((m) => x.link(url.methode(m.id))),
    ),
    pratique('publie', 'date', 'Date de première publication de la fiche.', (p) => p.data.publie),
    pratique('mis_a_jour', 'date', 'Date de la dernière mise à jour importante ; vide si aucune.', (p) => p.data.misAJour),
    pratique('revu_le', 'date', 'Date de la dernière relecture de la fiche ; vide si aucune.', (p) => p.data.revuLe),
    pratique('auteurs', 'textes', 'Auteurs de la fiche (personnes ou équipes).', (p) => p.data.auteurs),
  ],
});

const theme = columnsOf<Thematique>();
const thematiques = defineDataset<Thematique>({
  id: 'thematiques',
  titre: 'Thématiques',
  description: 'Une ligne par thématique : la table des identifiants de thématiques employés dans les autres jeux.',
  entries: (c) => c.thematiques,
  columns: [
    theme(
      'id',
      'identifiant',
      'Identifiant de la thématique, repris dans l’adresse de sa page et dans les colonnes « thematiques » des autres jeux.',
      (t) => t.id,
    ),
    theme('url', 'url', 'Adresse de la page de la thématique.', (t, x) => x.link(url.thematique(t.id))),
    theme('libelle', 'texte', 'Nom de la thématique.', (t) => t.data.libelle),
    theme('description', 'texte', 'Ce que couvre la thématique, en une phrase.', (t) => t.data.description),
  ],
});

const event = columnsOf<AgendaItem>();
const evenements = defineDataset<AgendaItem>({
  id: 'evenements',
  titre: 'Événements de l’agenda',
  description:
    'Une ligne par événement de l’agenda (webinaire, atelier, session de formation, rencontre…), à venir ou passé à la date de publication. Les dates et heures sont celles de Paris ; les colonnes en UTC donnent les mêmes instants.',
  entries: (_c, _g, ctx) => ctx.agenda?.items ?? [],
  columns: [
    event('id', 'identifiant', 'Identifiant de l’événement, repris dans l’adresse de sa page.', (e) => e.id),
    event('url', 'url', 'Adresse de la page de l’événement.', (e, x) => x.link(href(agendaPath.event(e.id)))),
    event('ics', 'url', 'Adresse du fichier iCalendar de l’événement (à ajouter à un agenda).', (e, x) =>
      x.link(href(agendaPath.ics(e.id))),
    ),
    event('titre', 'texte', 'Titre de l’événement.', (e) => e.data.titre),
    event('resume', 'texte', 'Résumé en une ou deux phrases.', (e) => e.data.resume),
    event('type', 'identifiant', `Type : ${values(TYPES_EVENEMENT)}.`, (e) => e.data.type),
    event('format', 'identifiant', `Format : ${values(FORMATS_EVENEMENT)}.`, (e) => e.data.format),
    event(
      'statut',
      'identifiant',
      `Statut à la date de publication : ${Object.entries(STATUT_LABELS)
        .map(([id, label]) => `${id} (${label})`)
        .join(', ')} ; « passe » est déduit de la date de fin.`,
      (e) => e.statut,
    ),
    event('debut', 'texte', 'Début, heure de Paris : AAAA-MM-JJTHH:MM, ou AAAA-MM-JJ pour une journée entière.', (e) => e.data.debut),
    event(
      'fin',
      'texte',
      'Fin, sous la même forme ; égale au début pour une seule journée entière sans fin écrite.',
      (e) => e.data.fin ?? e.data.debut,
    ),
    event('journee_entiere', 'booleen', 'true si l’événement dure une ou plusieurs journées entières (sans heure).', (e) => e.allDay),
    event('debut_utc', 'texte', 'Début en temps universel (ISO 8601) ; pour une journée entière, minuit à Paris.', (e) =>
      e.startsAt.toISOString(),
    ),
    event(
      'fin_utc',
      'texte',
      'Fin en temps universel (ISO 8601) ; pour une journée entière, minuit à Paris le lendemain du dernier jour.',
      (e) => e.endsAt.toISOString(),
    ),
    event('lieu', 'texte', 'Nom du lieu ; vide pour un événement en ligne.', (e) => e.data.lieu?.nom),
    event('adresse', 'texte', 'Adresse du lieu, si elle est publiée.', (e) => e.data.lieu?.adresse),
    event('ville', 'texte', 'Ville du lieu.', (e) => e.data.lieu?.ville),
    event(
      'regions',
      'identifiants',
      'Codes INSEE des régions : celle du lieu, ou celles des labs organisateurs pour un événement en ligne.',
      (e) => e.regions,
    ),
    event('organisateurs', 'identifiants', 'Identifiants des labs organisateurs (jeu « labs »).', (e) => ids(e.data.organisateurs)),
    event('autres_organisateurs', 'textes', 'Autres organisateurs, en toutes lettres.', (e) => e.data.autresOrganisateurs),
    event('thematiques', 'identifiants', 'Identifiants des thématiques (jeu « thematiques »).', (e) => ids(e.data.thematiques)),
    event('methodes', 'identifiants', 'Identifiants des méthodes enseignées ou pratiquées (jeu « methodes »).', (e) =>
      ids(e.data.methodes),
    ),
    event('projets', 'identifiants', 'Identifiants des études de cas présentées (jeu « projets »).', (e) => ids(e.data.projets)),
    event('public', 'identifiants', `Publics : ${values(PUBLICS_EVENEMENT)}.`, (e) => e.data.public),
    event('gratuit', 'booleen', 'true si la participation est gratuite.', (e) => e.data.gratuit),
    event('tarif', 'texte', 'Tarif, pour un événement payant.', (e) => e.data.tarif),
    event('places', 'entier', 'Nombre de places, s’il est limité.', (e) => e.data.places),
    event('inscription', 'url', 'Lien d’inscription ; pour un événement d’exemple, la page du site qui l’explique.', (e, x) =>
      e.data.inscription ? (e.data.inscription.startsWith('/') ? x.link(href(e.data.inscription)) : e.data.inscription) : undefined,
    ),
    event(
      'formation',
      'identifiant',
      'Identifiant de la formation dont c’est une session (jeu « formations »).',
      (e) => e.data.formation?.id,
    ),
    event(
      'temps_fort',
      'identifiant',
      'Identifiant de l’édition du rendez-vous du réseau dont il fait partie.',
      (e) => e.data.tempsFort?.id,
    ),
    event('exemple', 'booleen', 'true pour un événement d’exemple, qui n’a pas lieu.', (e) => e.data.exemple),
    event('sources', 'urls', 'Adresses des sources publiques des faits.', (e) => e.data.sources.map((s) => s.url)),
    event('publie', 'date', 'Date de publication de la fiche.', (e) => e.data.publie),
  ],
});

const training = columnsOf<Formation>();
const formations = defineDataset<Formation>({
  id: 'formations',
  titre: 'Formations des labs',
  description:
    'Une ligne par formation proposée par les labs ; ses sessions sont les lignes du jeu « evenements » dont la colonne « formation » la cite.',
  entries: (_c, _g, ctx) => ctx.agenda?.formations ?? [],
  columns: [
    training('id', 'identifiant', 'Identifiant de la formation, repris dans l’adresse de sa page.', (f) => f.id),
    training('url', 'url', 'Adresse de la page de la formation.', (f, x) => x.link(href(agendaPath.formation(f.id)))),
    training('titre', 'texte', 'Titre de la formation.', (f) => f.data.titre),
    training('resume', 'texte', 'Résumé en une ou deux phrases.', (f) => f.data.resume),
    training('objectifs', 'textes', 'Ce que la personne saura faire ensuite.', (f) => f.data.objectifs),
    training('duree', 'texte', 'Durée annoncée, en mots.', (f) => f.data.duree),
    training('heures', 'decimal', 'Nombre d’heures en tout.', (f) => f.data.heures),
    training('public', 'identifiants', `Publics : ${values(PUBLICS_EVENEMENT)}.`, (f) => f.data.public),
    training('labs', 'identifiants', 'Identifiants des labs qui la proposent (jeu « labs »).', (f) => ids(f.data.labs)),
    training('methodes', 'identifiants', 'Identifiants des méthodes enseignées (jeu « methodes »).', (f) => ids(f.data.methodes)),
    training('thematiques', 'identifiants', 'Identifiants des thématiques (jeu « thematiques »).', (f) => ids(f.data.thematiques)),
    training('modalites', 'texte', 'Comment elle se déroule.', (f) => f.data.modalites),
    training('certification', 'texte', 'Attestation ou certification délivrée, s’il y en a une.', (f) => f.data.certification),
    training('sessions', 'entier', 'Nombre de sessions dans l’agenda, passées et à venir.', (f, x) => {
      const s = x.agenda?.sessionsOf(f.id);
      return s ? s.upcoming.length + s.past.length : 0;
    }),
    training(
      'sessions_a_venir',
      'entier',
      'Nombre de sessions à venir à la date de publication.',
      (f, x) => x.agenda?.sessionsOf(f.id).upcoming.length ?? 0,
    ),
    training('exemple', 'booleen', 'true pour une formation d’exemple.', (f) => f.data.exemple),
    training('publie', 'date', 'Date de publication de la fiche.', (f) => f.data.publie),
  ],
});

/** Every dataset, in the order of the documentation page. */
export const DATASETS: readonly Dataset[] = [projets, labs, methodes, pratiques, thematiques, evenements, formations];

export type DataFormat = 'json' | 'csv';

/** Where a file is served: /donnees/<jeu>.<format>, stable from one publication to the next. */
export const dataPath = (id: string, format: DataFormat) => href(`/donnees/${id}.${format}`);

/** A spreadsheet would run a cell starting with "=", "@" or "+"/"-" followed by a letter as a formula. */
const FORMULA_START = /^(?:[=@\t\r]|[+-][^\d\s.,])/;

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) return csvCell(cell.join(LIST_SEPARATOR));
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV for a French spreadsheet: UTF-8 with a byte order mark (without it Excel reads the accents as
 * Windows-1252), ";" between cells (the list separator of a French-locale Excel, which opens the file
 * in columns on a double click; LibreOffice and data.gouv.fr detect it), CRLF line ends (RFC 4180),
 * header line from the documented columns.
 */
export function toCsv(dataset: Dataset, rows: Row[]): string {
  const names = dataset.columns.map((c) => c.name);
  return stringify([names, ...rows.map((r) => names.map((n) => csvCell(r[n] ?? null)))], {
    delimiter: CSV_DELIMITER,
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

/** JSON: an array of objects, keys in the documented order, null for an empty value, arrays for lists. */
export function toJson(rows: Row[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export interface DataFile {
  format: DataFormat;
  /** Site path, with the base path. */
  path: string;
  /** Absolute URL, the one to give data.gouv.fr. */
  url: string;
  body: string;
  /** Size in bytes, UTF-8. */
  bytes: number;
}

export interface PublishedDataset {
  dataset: Dataset;
  rows: Row[];
  files: Record<DataFormat, DataFile>;
}

export interface OpenData {
  datasets: PublishedDataset[];
  /** Latest publication or update date in the published corpus: the version of the data. */
  updated: Date | undefined;
}

/** Every file of /donnees/ for the published corpus, with absolute links on `site` (Astro.site). */
export function buildOpenData(input: Corpus, site: URL | string, agenda?: Agenda): OpenData {
  const corpus = withoutDrafts(input);
  const ctx: Context = { g: buildGraph(corpus), agenda, link: (path) => absolute(path, site) };
  const file = (id: string, format: DataFormat, body: string): DataFile => {
    const path = dataPath(id, format);
    return { format, path, url: absolute(path, site), body, bytes: new TextEncoder().encode(body).length };
  };
  const datasets = DATASETS.map((dataset) => {
    const rows = dataset.rows(corpus, ctx);
    return { dataset, rows, files: { json: file(dataset.id, 'json', toJson(rows)), csv: file(dataset.id, 'csv', toCsv(dataset, rows)) } };
  });
  const dates = [...corpus.projets, ...corpus.methodes, ...corpus.pratiques].flatMap((e) => [
    e.data.publie,
    e.data.misAJour ?? e.data.publie,
  ]);
  const updated = dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : undefined;
  return { datasets, updated };
}
