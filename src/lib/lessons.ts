/**
 * Lessons across case studies: the `leviers` and `blocages` of every project, grouped when they say
 * the same thing in other words. The vocabulary below is the one place where phrasings are merged:
 * a canonical lesson and the patterns that recognise it. A phrase no pattern recognises stays as written.
 */

export interface LessonRule {
  /** The lesson as the page names it. */
  libelle: string;
  /** Regular expressions tried, in order, on the phrase in lower case without accents (« ' » for apostrophes). */
  motifs: readonly string[];
}

/** What helped. The first rule that recognises a phrase wins, so the more specific rules come first. */
export const LEVIERS: readonly LessonRule[] = [
  {
    libelle: 'S’appuyer sur une expérience déjà menée ailleurs',
    motifs: ['experience (partagee|du|de)', 'trame et le deroule', 'kit eprouve', 'outils et l.experience'],
  },
  {
    libelle: 'Documenter et outiller pour que d’autres reprennent',
    motifs: ['documentation', 'kit qui', 'guide utilisable', 'sans l.equipe', 'reprise dans une autre'],
  },
  {
    libelle: 'Le soutien affiché des directions, des institutions et des financeurs',
    motifs: ['direction', 'soutien', 'appui des', 'point d.appui', 'financeurs', 'financement du', 'deja identifie'],
  },
  {
    libelle: 'Des partenaires engagés, prêts à mettre des moyens',
    motifs: [
      'partenaire.{0,20}pret',
      'pretes? a (partager|tester|degager)',
      'collectif d.associations',
      'associations qui connaissent',
      'reunir les partenaires',
      'local prete',
    ],
  },
  {
    libelle: 'Partir des ressources et des lieux qui existent déjà',
    motifs: ['existants', 'deja connus', 'batiment public vide', 'sous-utilises', 'cadre d.occupation'],
  },
  {
    libelle: 'Aller sur le terrain, là où sont les gens',
    motifs: ['terrain', 'dans la rue', 'la ou les gens', 'va vers', 'observes'],
  },
  {
    libelle: 'Cartographier les acteurs et les ressources',
    motifs: ['\\bcartes?\\b', 'cartographie'],
  },
  {
    libelle: 'Rendre visibles les situations vécues (parcours, personas, récits)',
    motifs: ['personas', 'profils d.usagers', 'parcours', 'recits', 'rendu le probleme concret'],
  },
  {
    libelle: 'Formuler le problème ensemble avant de chercher des solutions',
    motifs: ['questions'],
  },
  {
    libelle: 'Commencer petit et produire vite',
    motifs: ['prototype', 'perimetre reduit', 'territoire restreint', 'dans l.annee'],
  },
  {
    libelle: 'Tester avec de vrais utilisateurs',
    motifs: ['\\btest', 'cas reels'],
  },
  {
    libelle: 'Associer les usagers et les personnes concernées',
    motifs: [
      'usagers',
      'personnes (concernees|detenues)',
      'habitants',
      'eleves',
      'demandeurs d.emploi',
      'nouveaux arrivants',
      'reutilisateurs',
      'parole',
      'besoin exprime',
      'jeunes',
    ],
  },
  {
    libelle: 'Réunir des acteurs variés pour croiser les points de vue',
    motifs: ['croiser les points de vue', 'collectifs mixtes', 'associes ensemble'],
  },
  {
    libelle: 'Associer les agents et des volontaires',
    motifs: ['agents', 'managers', 'volontaires'],
  },
  {
    libelle: 'Former des relais sur le terrain',
    motifs: ['relais', 'relayer', 'formes? (au|pour)'],
  },
  {
    libelle: 'Prévoir l’évaluation, le suivi et le retour d’expérience',
    motifs: ['evaluation', 'suivi', 'mesure', 'retour d.experience', 'retours d.experience'],
  },
  {
    libelle: 'Des règles, des formats et des messages simples',
    motifs: ['regles? simple', 'format court', 'outils courts', 'comprehensibles', 'message clair', 'distinction entre'],
  },
];

/** What got in the way. */
export const BLOCAGES: readonly LessonRule[] = [
  {
    libelle: 'Des bénévoles difficiles à mobiliser dans la durée',
    motifs: ['benevole'],
  },
  {
    libelle: 'Un financement fragile ou mal adapté',
    motifs: ['financ', 'modele economique', 'couts', 'couteux', 'budgetaire'],
  },
  {
    libelle: 'Le manque de temps des agents et des partenaires',
    motifs: ['temps (limite|accorde|disponible|necessaire)', 'peu de temps', 'charge de travail'],
  },
  {
    libelle: 'Des règles et une réglementation contraignantes',
    motifs: ['reglementation', 'reglementaire', 'regles de securite', 'juridique', 'normes'],
  },
  {
    libelle: 'Le partage de données entre organismes',
    motifs: ['donnees', 'partage d.informations'],
  },
  {
    libelle: 'Des outils et des systèmes d’information rigides',
    motifs: ['outils', 'systemes d.information', 'applications metiers', 'plateformes', 'formats? d.offre', 'equipements informatiques'],
  },
  {
    libelle: 'Des compétences et des acteurs dispersés, difficiles à coordonner',
    motifs: [
      'coordination',
      'reparties',
      'propres a chaque',
      'gouvernance',
      'interets',
      'services d.achat nombreux',
      'cultures de service',
    ],
  },
  {
    libelle: 'Mesurer les effets',
    motifs: ['mesurer', 'suivi des candidatures'],
  },
  {
    libelle: 'Faire durer la dynamique après le projet',
    motifs: ['faire durer', 'maintenir', 'reprise des projets', 'fin du laboratoire', 'duree d.occupation', 'relogement', 'mise a jour'],
  },
  {
    libelle: 'Le renouvellement des personnes dont dépend le projet',
    motifs: ['rotation', 'renouvellement', 'transferts', 'bonne volonte'],
  },
  {
    libelle: 'Des distances et des territoires inégalement desservis',
    motifs: ['distances', 'disperses', 'vaste territoire', 'couverture numerique'],
  },
  {
    libelle: 'Des décisions et des délais hors de portée du territoire',
    motifs: [
      'decisions nationales',
      'n.a pas la main',
      'hors de portee',
      'delais',
      'nationaux',
      'evoluent plus vite',
      'changent sans preavis',
    ],
  },
  {
    libelle: 'Des craintes et des réticences',
    motifs: ['crainte', 'reticences', 'inquietudes', 'voisinage', 'de plus'],
  },
  {
    libelle: 'Des calendriers et des saisons qui bousculent le projet',
    motifs: ['calendrier', 'saison'],
  },
];

/** Lower case, no accents, straight apostrophes, single spaces: what the patterns are matched against. */
export function normalize(phrase: string): string {
  return phrase.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface Lesson {
  /** Stable key: the canonical lesson's label, or the phrase itself once normalised. */
  key: string;
  libelle: string;
  /** True when a rule of the vocabulary recognised the phrase. */
  canonique: boolean;
}

/** Compiled once per vocabulary. */
const compiled = new WeakMap<readonly LessonRule[], { rule: LessonRule; patterns: RegExp[] }[]>();

/** The lesson a phrase expresses: the first rule that recognises it, or the phrase itself. */
const lessonCache = new WeakMap<readonly LessonRule[], Map<string, Lesson>>();

export function lessonOf(phrase: string, rules: readonly LessonRule[]): Lesson {
  // The same phrase is classified for the whole corpus and again for each of its themes.
  let cache = lessonCache.get(rules);
  if (!cache) lessonCache.set(rules, (cache = new Map()));
  const known = cache.get(phrase);
  if (known) return known;
  const lesson = classify(phrase, rules);
  cache.set(phrase, lesson);
  return lesson;
}

function classify(phrase: string, rules: readonly LessonRule[]): Lesson {
  let list = compiled.get(rules);
  if (!list) {
    list = rules.map((rule) => ({ rule, patterns: rule.motifs.map((m) => new RegExp(m, 'u')) }));
    compiled.set(rules, list);
  }
  const text = normalize(phrase);
  const found = list.find((r) => r.patterns.some((p) => p.test(text)));
  return found
    ? { key: normalize(found.rule.libelle), libelle: found.rule.libelle, canonique: true }
    : { key: text, libelle: phrase.trim(), canonique: false };
}

export interface LessonGroup<P> extends Lesson {
  /** The projects that report this lesson, each once, in the order they were given. */
  projets: P[];
  /** Every phrase merged into the lesson, as its project wrote it. */
  phrases: { texte: string; projet: P }[];
}

/**
 * Groups the phrases of several projects by lesson, most shared first (then recognised lessons before
 * phrases left as written, then alphabetically).
 * @param sources each project with its phrases (its `leviers`, or its `blocages`)
 */
export function groupLessons<P extends { id: string }>(
  sources: readonly { projet: P; phrases: readonly string[] }[],
  rules: readonly LessonRule[],
): LessonGroup<P>[] {
  const groups = new Map<string, LessonGroup<P>>();
  const members = new Map<string, Set<string>>();
  for (const { projet, phrases } of sources) {
    for (const texte of phrases) {
      const lesson = lessonOf(texte, rules);
      let group = groups.get(lesson.key);
      let ids = members.get(lesson.key);
      if (!group || !ids) {
        group = { ...lesson, projets: [], phrases: [] };
        ids = new Set();
        groups.set(lesson.key, group);
        members.set(lesson.key, ids);
      }
      if (!ids.has(projet.id)) {
        ids.add(projet.id);
        group.projets.push(projet);
      }
      group.phrases.push({ texte, projet });
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.projets.length - a.projets.length || Number(b.canonique) - Number(a.canonique) || a.libelle.localeCompare(b.libelle, 'fr'),
  );
}

/**
 * How many projects a lesson lists by name on /enseignements/ (the most recent first); the others are
 * counted, with a link to the search. Every project is listed at today's size; at 10 000 case studies the page was 21 MB.
 */
export const LESSON_SAMPLE = 20;
