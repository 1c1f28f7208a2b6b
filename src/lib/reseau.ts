/**
 * What the network page, the home page and the press corner show of content/reseau.yaml: the figures as they
 * read ("plus de 350", "4 M€"), their dates in French, their sources resolved from their numbers, and the
 * rows of each chart. Pure: tested without Astro.
 */
import type { ChiffreReseau, ReseauData } from '../model/index.ts';
import { formatNumber } from './charts.ts';
import { label } from './labels.ts';

export type Source = ReseauData['sources'][number];

/** A figure ready to show: its text, its French date and its source document. */
export interface Figure extends ChiffreReseau {
  /** The number as it reads, qualified as published: "plus de 350", "4 M€", "500 000 €". */
  texte: string;
  /** The date in French: "2024", "septembre 2025", "1er décembre 2020". */
  dateTexte: string;
  document: Source;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A figure's date as precise as its source: "2024", "septembre 2025", "1er décembre 2020". */
export function dateText(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (!day) return `${monthName} ${year}`;
  const d = Number(day);
  return `${d === 1 ? '1er' : d} ${monthName} ${year}`;
}

/** A number or an amount as it reads: "350", "500 000 €", "4 M€", "764 M€". */
export function amountText(value: number, unite?: string): string {
  if (unite !== 'euros') return formatNumber(value);
  return value >= 1_000_000 ? `${formatNumber(value / 1_000_000)} M€` : `${formatNumber(value)} €`;
}

/** "plus de 350", "environ 100", "57". */
export function valueText(c: Pick<ChiffreReseau, 'valeur' | 'unite' | 'approximation'>): string {
  const amount = amountText(c.valeur, c.unite);
  return c.approximation ? `${label('approximation', c.approximation)} ${amount}` : amount;
}

/** The figures with their text, date and document; the schema guarantees that each has a date and a valid source. */
export function figures(data: ReseauData): Figure[] {
  return data.chiffres.map((c) => {
    const document = data.sources[(c.source ?? 0) - 1];
    if (!document || !c.date) throw new Error(`content/reseau.yaml : le chiffre « ${c.libelle} » n’a pas de date ou de source valide.`);
    return { ...c, texte: valueText(c), dateTexte: dateText(c.date), document };
  });
}

/**
 * The network page's own texts, drawn by /reseau/ and indexed by the search from here (src/lib/search/records.ts):
 * one text for both.
 */
export const NETWORK_PAGE = {
  title: 'Le réseau des labs d’innovation territoriale',
  lead: 'Depuis 2016, la Direction interministérielle de la transformation publique (DITP) accompagne le déploiement des laboratoires interministériels d’innovation territoriale, placés auprès des préfets de région au sein des SGAR. Elle fédère et anime leur réseau.',
  role: 'La DITP a lancé le réseau avec l’appel à projets du Programme d’investissements d’avenir de 2016, puis a cofinancé la création de nouveaux labs avec le plan de relance en 2021, par une convention avec chaque préfecture de région. Depuis 2024, elle donne à chaque lab interministériel une équipe permanente (design de services, intelligence collective, participation citoyenne, accompagnement de projets). Elle anime aussi le réseau élargi des labs d’innovation publique des ministères, des collectivités, des hôpitaux et des opérateurs, et organise chaque année le Mois de l’innovation publique.',
} as const;

/** The press corner's three sentences, with the number of labs of the key figures ("dix-sept" without one). */
export function pressSummary(keys: Figure[]): string {
  const labs = keys.find((f) => f.serie === 'labs')?.texte ?? 'dix-sept';
  return `Les laboratoires interministériels d’innovation territoriale sont des équipes de l’État placées auprès des préfets de région, qui conçoivent avec les usagers et les agents des services publics plus simples. Nés d’un appel à projets du Programme d’investissements d’avenir en 2016, ils sont ${labs} en 2025, avec chacun une équipe permanente depuis 2024. La DITP les fédère et anime un réseau plus large de labs d’innovation publique.`;
}

/** A figure as the press would quote it: "17 laboratoires … (DITP, 2025)". */
export const citation = (f: Figure) => `${f.texte} ${f.libelle} (${f.document.editeur ? `${f.document.editeur}, ` : ''}${f.dateTexte})`;

/** The series drawn as charts on /reseau/, in their order, each with its heading and its reading. */
export const CHARTS = [
  { serie: 'labs', labelHeader: 'Année', valueHeader: 'Nombre de labs' },
  { serie: 'reseau', labelHeader: 'Année', valueHeader: 'Nombre de labs' },
  { serie: 'evenements', labelHeader: 'Édition', valueHeader: 'Nombre d’événements' },
  { serie: 'themes-2020', labelHeader: 'Thème', valueHeader: 'Nombre d’événements' },
  { serie: 'financements', labelHeader: 'Programme', valueHeader: 'Montant' },
] as const;

export type ChartSerie = (typeof CHARTS)[number]['serie'];

/** The rows of one chart: a bar per figure of the series, in the file's order. */
export function chartRows(all: Figure[], serie: ChartSerie) {
  return all
    .filter((f) => f.serie === serie)
    .map((f) => ({
      label: f.periode,
      value: f.valeur,
      text: f.texte,
      date: f.dateTexte,
      source: { titre: f.document.titre, url: f.document.url },
      note: f.remarque,
    }));
}

/** The title of a series ("Financements, par programme"). */
export const serieTitle = (serie: ChiffreReseau['serie']) => label('serie', serie);

/** The key figures (cle: true), for the home page and the press corner. */
export const keyFigures = (all: Figure[]) => all.filter((f) => f.cle);

/** The latest date among figures, in French: "as of" for a block of figures. */
export function latestDate(list: Figure[]): string {
  const latest = list
    .map((f) => f.date ?? '')
    .sort()
    .at(-1);
  return latest ? dateText(latest) : '';
}

/** One sentence that says what a chart shows, computed from its figures so that it stays true to the file. */
export function reading(serie: ChartSerie, rows: Figure[]): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return '';
  const largest = rows.reduce((a, b) => (b.valeur > a.valeur ? b : a));
  const smallest = rows.reduce((a, b) => (b.valeur < a.valeur ? b : a));
  switch (serie) {
    case 'labs':
      return `Le réseau est passé de ${first.texte} labs en ${first.periode} à ${last.texte} en ${last.periode}.`;
    case 'reseau':
      return `Le réseau élargi des labs d’innovation publique est passé de ${first.texte} labs en ${first.periode} à ${last.texte} en ${last.periode}.`;
    case 'evenements':
      return `Chaque édition depuis ${first.periode.replace(/^\D+/, '')} a compté entre ${smallest.texte} et ${largest.texte} événements.`;
    case 'themes-2020':
      return `${largest.periode} a été le premier thème du Mois 2020, avec ${largest.texte} événements.`;
    case 'financements':
      return `${largest.periode} est de loin la plus grosse enveloppe (${largest.texte}), mais elle finance toute la transformation publique ; les sommes propres aux labs se comptent en millions d’euros.`;
  }
}

/** The figures as CSV (semicolons, as the site's other open data), one line per figure with its date and source. */
export function figuresCsv(all: Figure[]): string {
  const header = ['serie', 'periode', 'valeur', 'approximation', 'unite', 'libelle', 'date', 'source_titre', 'source_url', 'remarque'];
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = all.map((f) =>
    [f.serie, f.periode, f.valeur, f.approximation, f.unite, f.libelle, f.date, f.document.titre, f.document.url, f.remarque]
      .map(cell)
      .join(';'),
  );
  return `${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}
