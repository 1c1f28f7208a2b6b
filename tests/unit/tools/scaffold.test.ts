/** npm run nouveau: the files it writes pass the content checker as written; wrong answers get French messages. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemas } from '../../../src/model/index.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { CASE_STUDY_SECTIONS } from '../../../src/model/projets.ts';
import { MAX_ID_LENGTH, slugify } from '../../../src/lib/slug.ts';
import { answersFromFlags, BODIES, entryType, parseFlags, scaffold, type ScaffoldedEntry } from '../../../scripts/nouveau/entry.ts';
import { buildIndex, checkField, ENTRY_TYPES, FIELDS, HINT_PREFIX, type EntryType } from '../../../scripts/nouveau/questions.ts';
import { makeCorpus } from '../../support/corpus.ts';

const TODAY = '2026-01-15';

/** Valid answers for each type, against the minimal corpus (lab-test, entretien, accueil, design…). */
const VALID: Record<EntryType, Record<string, string>> = {
  projet: {
    titre: "Accueil des usagers à l'Île-d'Yeu",
    resume: 'Une île, un guichet : comment le lab a simplifié l’accueil des habitants.',
    lab: 'lab-test',
    region: 'Pays de la Loire',
    territoire: "Île-d'Yeu",
    thematiques: 'service-usager, design',
    methodes: 'entretien',
    publics: 'usagers, Élus',
    statut: 'En cours',
    debut: '01/03/2024',
    auteurs: 'Équipe de test, Camille Martin',
  },
  methode: {
    titre: 'Carte d’empathie',
    resume: 'Ce que l’usager dit, pense, fait et ressent, sur une page.',
    phase: 'definir',
    duree: '1 à 2 heures',
    participants: '3-8',
    difficulte: 'facile',
    quandUtiliser: 'Après des entretiens, pour partager ce que l’on a compris.',
    methodesLiees: 'entretien',
    auteurs: 'Équipe de test',
  },
  pratique: {
    titre: 'Tester avant de généraliser',
    resume: 'Un prototype testé vaut mieux qu’un plan parfait.',
    thematiques: 'design',
    projets: 'accueil',
    methodes: 'entretien',
    auteurs: 'Équipe de test',
  },
  modele: {
    titre: 'Grille d’observation',
    resume: 'Une page pour noter ce que l’on voit et entend pendant une immersion.',
    papier: 'A4',
    orientation: 'portrait',
    methodes: 'entretien',
    auteurs: 'Équipe de test',
  },
  lab: {
    nom: 'Lab Réunion : « Ti Kaz »',
    region: '04',
    ville: 'Saint-Denis',
    lat: '-20.88',
    lon: '55.45',
    porteur: 'Préfecture de La Réunion',
    creation: '2024',
    site: 'https://exemple.gouv.fr',
    contact: 'contact@exemple.gouv.fr',
  },
  evenement: {
    titre: 'Webinaire : mener ses premiers entretiens',
    resume: 'Une heure pour préparer et mener des entretiens avec les usagers.',
    type: 'webinaire',
    format: 'en-ligne',
    debut: '2027-01-14T11:00',
    fin: '2027-01-14T12:00',
    organisateurs: 'lab-test',
    public: 'agents',
    inscription: 'https://www.demarches-simplifiees.fr/commencer/webinaire-entretiens',
  },
  formation: {
    titre: 'Initiation aux entretiens usagers',
    resume: 'Une journée pour apprendre à mener des entretiens.',
    objectifs: 'Préparer une grille, Mener un entretien',
    duree: '1 jour',
    heures: '7',
    public: 'agents',
    labs: 'lab-test',
    modalites: 'En présentiel, par groupes de douze.',
  },
  'temps-fort': {
    titre: 'Mois de l’innovation publique 2020',
    resume: 'Le premier Mois de l’innovation publique, entièrement en ligne.',
    serie: 'mois-innovation-publique',
    debut: '02/11/2020',
    fin: '30/11/2020',
    organisateur: 'DITP',
  },
};

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function corpusRoot(): string {
  const root = makeCorpus();
  roots.push(root);
  return root;
}

const indexOf = (root: string) => buildIndex(loadCorpus(root, schemas));

function write(root: string, entry: ScaffoldedEntry): void {
  mkdirSync(path.dirname(path.join(root, entry.file)), { recursive: true });
  writeFileSync(path.join(root, entry.file), entry.content, { flag: 'wx' });
}

function generate(root: string, type: EntryType, answers: Record<string, string> = VALID[type]): ScaffoldedEntry {
  const result = scaffold(type, answers, indexOf(root), TODAY);
  expect(result.problems).toEqual([]);
  if (!result.entry) throw new Error('aucune fiche');
  return result.entry;
}

describe('l’identifiant tiré du titre', () => {
  it.each([
    ["Accueil des usagers à l'Île-d'Yeu", 'accueil-des-usagers-a-l-ile-d-yeu'],
    ['L’œuvre du Lab’O : « 2e édition » !', 'l-oeuvre-du-lab-o-2e-edition'],
    ['  ÉTÉ   2025  ', 'ete-2025'],
    ['!!!', ''],
  ])('est en ASCII, en minuscules, sans accents, avec des tirets : « %s » → « %s »', (title, id) => {
    expect(slugify(title)).toBe(id);
  });

  it('est coupé entre deux mots au-delà de la longueur maximale', () => {
    const id = slugify('Une démarche participative '.repeat(8));
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(id.endsWith('-')).toBe(false);
  });
});

describe('une fiche générée passe le vérificateur de contenu telle quelle', () => {
  it.each(ENTRY_TYPES)('%s', (type) => {
    const root = corpusRoot();
    const entry = generate(root, type);
    write(root, entry);
    const corpus = loadCorpus(root, schemas);
    expect(corpus.problems).toEqual([]);
    const created = corpus.entries[entry.collection].find((e) => e.id === entry.id);
    expect(created?.file).toBe(entry.file);
    expect(created?.draft).toBe(false);
    if (type !== 'lab') expect(created?.data.publie).toEqual(new Date(`${TODAY}T00:00:00Z`));
  });

  it('l’étude de cas : chemin, en-tête normalisé, six sections dans l’ordre avec une consigne sous chacune', () => {
    const root = corpusRoot();
    const entry = generate(root, 'projet');
    write(root, entry);
    expect(entry.file).toBe('content/projets/accueil-des-usagers-a-l-ile-d-yeu.mdx');
    const { entries } = loadCorpus(root, schemas);
    const projet = entries.projets.find((e) => e.id === entry.id);
    expect(projet?.data).toMatchObject({
      titre: "Accueil des usagers à l'Île-d'Yeu",
      lab: { collection: 'labs', id: 'lab-test' },
      region: '52',
      thematiques: [
        { collection: 'thematiques', id: 'service-usager' },
        { collection: 'thematiques', id: 'design' },
      ],
      publics: ['usagers', 'elus'],
      statut: 'en-cours',
      debut: new Date('2024-03-01T00:00:00Z'),
      auteurs: ['Équipe de test', 'Camille Martin'],
    });
    expect(projet?.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(CASE_STUDY_SECTIONS);
    const lines = entry.content.split('\n');
    for (const section of CASE_STUDY_SECTIONS) {
      const at = lines.indexOf(`## ${section}`);
      expect(lines[at + 2]?.startsWith(HINT_PREFIX)).toBe(true);
    }
  });

  it('la méthode : des étapes en liste numérotée, les conseils et les pièges', () => {
    const root = corpusRoot();
    const entry = generate(root, 'methode');
    write(root, entry);
    const methode = loadCorpus(root, schemas).entries.methodes.find((e) => e.id === 'carte-d-empathie');
    expect(methode?.data).toMatchObject({
      duree: { min: 1, max: 2, unite: 'heures' },
      participants: { min: 3, max: 8 },
      methodesLiees: [{ collection: 'methodes', id: 'entretien' }],
    });
    expect(methode?.headings.map((h) => h.text)).toEqual(['Étapes', "Conseils d'animation", 'Pièges à éviter', 'Exemples dans le réseau']);
    expect(methode?.html).toMatch(/<ol>\s*<li[^>]*><strong>Préparer\.<\/strong>/);
    expect(methode?.html.match(/<li[\s>]/g)).toHaveLength(3);
  });

  it('un projet dont la région est celle de son lab ne répète pas la région', () => {
    const root = corpusRoot();
    const entry = generate(root, 'projet', { ...VALID.projet, region: 'Bretagne' });
    expect(entry.content).not.toMatch(/^region:/m);
  });

  it('les quatre types à la suite dans le même corpus, la pratique citant le nouveau projet', () => {
    const root = corpusRoot();
    const projet = generate(root, 'projet');
    write(root, projet);
    write(root, generate(root, 'lab'));
    write(root, generate(root, 'methode'));
    write(root, generate(root, 'pratique', { ...VALID.pratique, projets: `accueil,${projet.id}`, methodes: 'entretien,carte-d-empathie' }));
    expect(loadCorpus(root, schemas).problems).toEqual([]);
  });

  it('les corps ne contiennent ni accolades, ni chevrons, ni import : rien que le vérificateur refuserait', () => {
    for (const body of Object.values(BODIES)) expect(body).not.toMatch(/[{}<>]|^import|^export/m);
  });
});

describe('les réponses refusées, avec un message en français', () => {
  const problemsFor = (type: EntryType, answers: Record<string, string>) => {
    const result = scaffold(type, answers, indexOf(corpusRoot()), TODAY);
    expect(result.entry).toBeUndefined();
    return result.problems;
  };

  // What is refused, the type of entry, the answers changed from a valid set, and the one problem expected.
  it.each<[string, EntryType, Record<string, string>, string, string]>([
    [
      'un lab inconnu, avec la suggestion la plus proche',
      'projet',
      { lab: 'lab-tst' },
      'lab',
      'l’identifiant « lab-tst » n’existe pas dans content/labs/. Vouliez-vous dire « lab-test » ? Identifiants existants : lab-test.',
    ],
    [
      'une thématique inconnue',
      'projet',
      { thematiques: 'design,mobilite' },
      'thematiques',
      'l’identifiant « mobilite » n’existe pas dans content/thematiques.yaml. Identifiants existants : design, service-usager.',
    ],
    [
      'une méthode inconnue',
      'pratique',
      { methodes: 'entretiens' },
      'methodes',
      'l’identifiant « entretiens » n’existe pas dans content/methodes/. Vouliez-vous dire « entretien » ? Identifiants existants : entretien.',
    ],
    [
      'plusieurs identifiants inconnus dans une liste : la liste des existants une seule fois',
      'projet',
      { methodes: 'entretiens,atelier' },
      'methodes',
      'l’identifiant « entretiens » n’existe pas dans content/methodes/. Vouliez-vous dire « entretien » ? l’identifiant « atelier » n’existe pas dans content/methodes/. Identifiants existants : entretien.',
    ],
    [
      'un identifiant déjà pris',
      'projet',
      { titre: 'Accueil' },
      'id',
      'l’identifiant « accueil » est déjà pris par content/projets/accueil.mdx. Changez le titre, ou choisissez un autre identifiant (--id).',
    ],
    [
      'un titre déjà porté par une autre fiche',
      'projet',
      { titre: 'Un accueil plus simple' },
      'titre',
      'une fiche porte déjà ce titre : content/projets/accueil.mdx. Donnez un titre qui distingue la vôtre (lieu, public, année).',
    ],
  ])('%s', (_, type, answers, flag, message) => {
    expect(problemsFor(type, { ...VALID[type], ...answers })).toEqual([{ flag, message }]);
  });

  it('un lien vers un brouillon', () => {
    const root = makeCorpus({ 'content/projets/accueil.mdx': (old) => old.replace('publie:', 'brouillon: true\npublie:') });
    roots.push(root);
    const result = scaffold('pratique', VALID.pratique, indexOf(root), TODAY);
    expect(result.problems).toEqual([
      {
        flag: 'projets',
        message:
          '« accueil » est un brouillon : le lien serait cassé une fois votre fiche publiée. Retirez-le, ou publiez d’abord cette fiche.',
      },
    ]);
  });

  it('tous les problèmes d’un coup, chacun avec ce qui est attendu', () => {
    const problems = problemsFor('projet', { titre: 'Un titre neuf', statut: 'fini', debut: '2025-02-30', publics: 'usagers,touristes' });
    expect(problems.map((p) => p.flag)).toEqual(['resume', 'lab', 'thematiques', 'publics', 'statut', 'debut', 'auteurs']);
    expect(problems.find((p) => p.flag === 'statut')?.message).toBe(
      'valeur « fini » inconnue. Valeurs possibles : idee (Idée), en-cours (En cours), experimentation (Expérimentation), deploye (Déployé), essaime (Essaimé), arrete (Arrêté).',
    );
    expect(problems.find((p) => p.flag === 'debut')?.message).toBe(
      'le texte « 2025-02-30 » : cette date n’existe pas dans le calendrier. Vérifiez le jour et le mois (avril, juin, septembre et novembre ont 30 jours, février 28 ou 29).',
    );
    expect(problems.find((p) => p.flag === 'publics')?.message).toMatch(
      /^valeur inconnue : « touristes »\. Valeurs possibles : usagers \(Usagers\)/,
    );
    expect(problems.find((p) => p.flag === 'lab')?.message).toBe(
      'réponse obligatoire : lab porteur ; identifiant (nom de son fichier dans content/labs/).',
    );
  });

  it('des valeurs hors du modèle pour une méthode et un lab', () => {
    expect(problemsFor('methode', { ...VALID.methode, duree: '3 ans', participants: '8-3' }).map((p) => p.message)).toEqual([
      'unite : valeur « ans » non reconnue. Choisissez l’une des valeurs : minutes, heures, jours, semaines.',
      'max : max est plus petit que min. Indiquez un max supérieur ou égal au min.',
    ]);
    expect(
      problemsFor('lab', { ...VALID.lab, region: 'Bretagne-Sud', lat: '123', site: 'http://exemple.fr', contact: 'contact' }).map(
        (p) => p.flag,
      ),
    ).toEqual(['region', 'lat', 'site', 'contact']);
  });

  it('la validation d’une seule réponse, utilisée pour reposer la question dans le terminal', () => {
    const index = indexOf(corpusRoot());
    const id = FIELDS.projet.find((f) => f.key === 'id');
    if (!id) throw new Error('champ id absent');
    expect(checkField(id, 'accueil', { type: 'projet', index, answers: {} })).toEqual({
      error:
        'l’identifiant « accueil » est déjà pris par content/projets/accueil.mdx. Changez le titre, ou choisissez un autre identifiant (--id).',
    });
    expect(checkField(id, 'Mon Projet', { type: 'projet', index, answers: {} })).toEqual({
      error: 'identifiant « Mon Projet » non valide : minuscules sans accents, chiffres et tirets seulement (par exemple « mon-projet »).',
    });
    expect(checkField(id, '', { type: 'projet', index, answers: { titre: 'Mon projet' } })).toEqual({ value: 'mon-projet' });
  });
});

describe('les options de la ligne de commande', () => {
  it('type, options avec espace ou signe égal, nombres négatifs', () => {
    expect(parseFlags(['lab', '--nom', 'Lab X', '--lon', '-1.68', '--lat=48.1'])).toEqual({
      type: 'lab',
      values: { nom: 'Lab X', lon: '-1.68', lat: '48.1' },
      help: false,
      problems: [],
    });
    expect(parseFlags(['--help']).help).toBe(true);
  });

  it('option répétée, valeur manquante, argument en trop', () => {
    expect(parseFlags(['projet', '--titre', 'Mon', 'titre', '--lab', 'a', '--lab', 'b', '--statut']).problems).toEqual([
      { flag: 'lab', message: 'option donnée deux fois.' },
      { flag: 'statut', message: 'valeur manquante après l’option.' },
      { flag: '', message: 'arguments en trop : « titre » (mettez les textes avec espaces entre guillemets).' },
    ]);
  });

  it('option qui ne s’applique pas au type', () => {
    expect(answersFromFlags('lab', { titre: 'X' }).problems).toEqual([
      { flag: 'titre', message: 'option inconnue pour le type « lab ». Pour ce type, utilisez --nom.' },
    ]);
    expect(answersFromFlags('projet', { 'quand-utiliser': 'x', lab: 'a' })).toMatchObject({
      raw: { lab: 'a' },
      problems: [{ flag: 'quand-utiliser' }],
    });
  });

  it('les types au singulier, au pluriel, avec accents', () => {
    expect(['projets', 'Méthode', 'bonne-pratique', 'labs', 'étude de cas', 'fiche'].map(entryType)).toEqual([
      'projet',
      'methode',
      'pratique',
      'lab',
      'projet',
      undefined,
    ]);
  });
});
