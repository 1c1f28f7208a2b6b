/**
 * Words of the administration that mean the same thing: an acronym and its expansion, an old and a
 * new name. Kept in one place; the search index gives every page the other terms of each group it
 * mentions, so that "FALC" finds "facile à lire et à comprendre" and "Pôle emploi" finds "France Travail".
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['FALC', 'facile à lire et à comprendre'],
  ['SGAR', 'secrétariat général pour les affaires régionales'],
  ['DDT', 'direction départementale des territoires'],
  ['DDETS', 'direction départementale de l’emploi, du travail et des solidarités'],
  ['DREAL', 'direction régionale de l’environnement, de l’aménagement et du logement'],
  ['DRAAF', 'direction régionale de l’alimentation, de l’agriculture et de la forêt'],
  ['DRJSCS', 'direction régionale de la jeunesse, des sports et de la cohésion sociale'],
  ['ESS', 'économie sociale et solidaire'],
  ['CAF', 'caisse d’allocations familiales'],
  ['CPAM', 'caisse primaire d’assurance maladie'],
  ['MSA', 'mutualité sociale agricole'],
  ['RSA', 'revenu de solidarité active'],
  ['France Travail', 'Pôle emploi'],
  ['DITP', 'direction interministérielle de la transformation publique'],
  ['FTAP', 'fonds pour la transformation de l’action publique'],
  ['PIA', 'programme d’investissements d’avenir'],
  ['RPA', 'automatisation robotisée des processus'],
  ['EPCI', 'établissement public de coopération intercommunale', 'intercommunalité'],
  ['CCAS', 'centre communal d’action sociale'],
  ['QPV', 'quartier prioritaire de la politique de la ville'],
  ['UX', 'expérience utilisateur'],
];

/** Lower case, no accents, typographic apostrophes folded: how the comparison sees a text. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each term as a whole-word pattern, and a cheap clue: the acronym itself, or the longest word of the term
 * that has no accent, looked for in the lower-cased text. A page that mentions the term has its clue.
 */
const PATTERNS = SYNONYMS.map((group) =>
  group.map((term) => {
    const isAcronym = /^[A-Z]{2,6}$/.test(term);
    const needle = isAcronym ? term : fold(term);
    const clue = isAcronym
      ? term
      : (term
          .toLowerCase()
          .split(/[^a-z]+/)
          .sort((a, b) => b.length - a.length)[0] ?? needle);
    return { term, clue, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'u'), folded: !isAcronym };
  }),
);

/** The terms to add to a page so that each synonym group it mentions is found by all its terms. */
export function synonymsFor(text: string): string[] {
  // Runs once per indexed page: the clues rule out most groups before any folding or regex.
  const lower = text.toLowerCase();
  let folded: string | undefined;
  const extra: string[] = [];
  for (const group of PATTERNS) {
    const present = group.filter((t) => {
      if (t.folded) return lower.includes(t.clue) && t.re.test((folded ??= fold(text)));
      return text.includes(t.clue) && t.re.test(text);
    });
    if (present.length === 0) continue;
    for (const t of group) if (!present.includes(t)) extra.push(t.term);
  }
  return extra;
}
