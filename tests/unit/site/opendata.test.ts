import { describe, expect, it } from 'vitest';
import { buildOpenData, DATASETS, dataPath, toCsv, type Cell, type ColumnType, type PublishedDataset } from '../../../src/lib/opendata.ts';
import { buildAgenda, buildDate } from '../../../src/lib/agenda.ts';
import { DRAFTS, SITE_URL, small } from '../../support/published.ts';
import { agendaInput } from '../../support/agenda.ts';

const agenda = buildAgenda(agendaInput(small.labs), buildDate({ CARNET_DATE: '2026-12-03' }));
const data = buildOpenData(small, SITE_URL, agenda);
function dataset(id: string): PublishedDataset {
  const found = data.datasets.find((d) => d.dataset.id === id);
  if (!found) throw new Error(`jeu ${id} absent`);
  return found;
}
const row = (id: string, rowId: string) => {
  const found = dataset(id).rows.find((r) => r['id'] === rowId);
  if (!found) throw new Error(`ligne ${rowId} absente du jeu ${id}`);
  return found;
};
const BOM = '\uFEFF';

describe('les jeux de données', () => {
  it('publie sept jeux, toujours dans le même ordre', () => {
    expect(DATASETS.map((d) => d.id)).toEqual(['projets', 'labs', 'methodes', 'pratiques', 'thematiques', 'evenements', 'formations']);
  });

  it('exporte les événements avec leurs dates de Paris et leurs instants UTC, le statut déduit, et les formations avec leurs sessions', () => {
    expect(row('evenements', 'webinaire-hiver')).toMatchObject({
      debut: '2027-01-14T11:00',
      debut_utc: '2027-01-14T10:00:00.000Z',
      fin_utc: '2027-01-14T11:00:00.000Z',
      statut: 'prevu',
      journee_entiere: false,
      formation: 'initiation',
    });
    expect(row('evenements', 'visite-passee')).toMatchObject({
      statut: 'passe',
      journee_entiere: true,
      fin_utc: '2026-06-05T22:00:00.000Z',
      regions: ['53'],
    });
    expect(row('formations', 'initiation')).toMatchObject({ sessions: 1, sessions_a_venir: 1 });
  });

  // A field added to the model comes as a new column at the end: the columns already published keep their order.
  const startsWith = (columns: string[], expected: string[]) => expect(columns.slice(0, expected.length)).toEqual(expected);

  it('garde l’ordre des colonnes des études de cas (le changer casse les réutilisations)', () => {
    startsWith(
      dataset('projets').dataset.columns.map((c) => c.name),
      [
        'id',
        'url',
        'titre',
        'resume',
        'lab',
        'lab_url',
        'autres_labs',
        'autres_labs_urls',
        'region',
        'region_nom',
        'region_url',
        'territoire',
        'thematiques',
        'thematiques_urls',
        'methodes',
        'methodes_urls',
        'publics',
        'partenaires',
        'statut',
        'debut',
        'fin',
        'financeurs',
        'financements_montant',
        'chiffres',
        'leviers',
        'blocages',
        'essaime_depuis',
        'essaime_depuis_url',
        'adaptations',
        'publie',
        'mis_a_jour',
        'revu_le',
        'auteurs',
        'illustratif',
      ],
    );
    startsWith(
      dataset('labs').dataset.columns.map((c) => c.name),
      [
        'id',
        'url',
        'nom',
        'region',
        'region_nom',
        'region_url',
        'ville',
        'latitude',
        'longitude',
        'porteur',
        'partenaires',
        'creation',
        'site',
        'contact',
        'financeurs',
        'financements_montant',
        'actif',
        'illustratif',
        'projets',
        'projets_urls',
      ],
    );
  });

  it('exporte exactement les colonnes documentées, dans l’ordre, en JSON comme en CSV', () => {
    for (const { dataset: d, rows, files } of data.datasets) {
      const names = d.columns.map((c) => c.name);
      expect(names.length, d.id).toBeGreaterThan(3);
      for (const c of d.columns) expect(c.description, `${d.id}.${c.name}`).toMatch(/^\S.{5,}\.$/);
      for (const r of rows) expect(Object.keys(r), d.id).toEqual(names);
      expect(files.csv.body.split('\r\n')[0], d.id).toBe(BOM + names.join(';'));
      expect((JSON.parse(files.json.body) as Record<string, Cell>[]).map((r) => Object.keys(r))[0], d.id).toEqual(names);
    }
  });

  it('donne à chaque valeur le type documenté, les dates au format AAAA-MM-JJ', () => {
    const checks: Record<ColumnType, (v: Cell) => boolean> = {
      identifiant: (v) => v === null || (typeof v === 'string' && /^[a-z0-9-]+$/.test(v)),
      texte: (v) => v === null || typeof v === 'string',
      url: (v) => v === null || (typeof v === 'string' && v.startsWith('https://')),
      date: (v) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
      entier: (v) => v === null || Number.isInteger(v),
      decimal: (v) => v === null || typeof v === 'number',
      booleen: (v) => typeof v === 'boolean',
      identifiants: (v) => Array.isArray(v) && v.every((x) => /^[a-z0-9-]+$/.test(x)),
      textes: (v) => Array.isArray(v),
      urls: (v) => Array.isArray(v) && v.every((x) => x.startsWith(SITE_URL)),
    };
    for (const { dataset: d, rows } of data.datasets) {
      for (const r of rows)
        for (const c of d.columns) expect(checks[c.type](r[c.name] ?? null), `${d.id}.${c.name} = ${JSON.stringify(r[c.name])}`).toBe(true);
    }
    expect(row('projets', 'copie')['publie']).toBe('2025-06-01');
    expect(row('projets', 'copie')['mis_a_jour']).toBe('2026-01-15');
    expect(row('projets', 'source')['fin']).toBe('2024-12-31');
  });

  it('ne contient aucun brouillon, et toutes les fiches publiées triées par identifiant', () => {
    expect(dataset('projets').rows.map((r) => r['id'])).toEqual(['copie', 'source']);
    expect(dataset('pratiques').rows.map((r) => r['id'])).toEqual(['impliquer']);
    expect(dataset('methodes').rows.map((r) => r['id'])).toEqual(['immersion', 'personas']);
    expect(dataset('labs').rows.map((r) => r['id'])).toEqual(['lab-est', 'lab-vide', 'ti-lab']);
    for (const { files } of data.datasets)
      for (const draft of DRAFTS) {
        expect(files.json.body).not.toContain(`"${draft}"`);
        expect(files.csv.body).not.toMatch(new RegExp(`(^|[;/ ])${draft}([;/ ]|$)`, 'm'));
      }
    // Derived lists count published case studies only.
    expect(row('methodes', 'personas')['projets']).toEqual(['copie']);
    expect(row('labs', 'ti-lab')['projets']).toEqual(['copie', 'source']);
  });

  it('donne chaque lien par identifiant et par adresse de page', () => {
    const copie = row('projets', 'copie');
    expect(copie['url']).toBe(`${SITE_URL}projets/copie/`);
    expect([copie['lab'], copie['lab_url']]).toEqual(['lab-est', `${SITE_URL}labs/lab-est/`]);
    expect([copie['autres_labs'], copie['autres_labs_urls']]).toEqual([['ti-lab'], [`${SITE_URL}labs/ti-lab/`]]);
    expect([copie['essaime_depuis'], copie['essaime_depuis_url']]).toEqual(['source', `${SITE_URL}projets/source/`]);
    expect([copie['region'], copie['region_nom']]).toEqual(['44', 'Grand Est']);
    expect(copie['financements_montant']).toBe(1500);
    expect(row('projets', 'source')['essaime_depuis_url']).toBeNull();
  });
});

describe('les fichiers', () => {
  it('sont servis à des adresses stables', () => {
    expect(dataPath('projets', 'csv')).toBe('/donnees/projets.csv');
    expect(dataset('projets').files.json.url).toBe(`${SITE_URL}donnees/projets.json`);
  });

  it('écrivent le CSV pour un tableur français : BOM, point-virgule, listes jointes par « | »', () => {
    const csv = dataset('projets').files.csv.body;
    expect(csv.startsWith(BOM)).toBe(true);
    const line = csv.split('\r\n').find((l) => l.startsWith('copie;'));
    expect(line).toContain(';emploi | usager;');
    expect(line).toContain(';FTAP | Région | Europe;1500;');
    expect(line).toContain(';2025-06-01;2026-01-15;');
    expect(csv).toContain(';"Un résumé; avec un point-virgule.";');
  });

  it('neutralise dans le CSV une cellule qu’un tableur prendrait pour une formule, sans toucher aux chiffres négatifs', () => {
    const line = dataset('projets')
      .files.csv.body.split('\r\n')
      .find((l) => l.startsWith('source;'));
    expect(line).toContain(';"\'=HYPERLINK(""x"") | Mairie";');
    expect(line).toContain(';-40 % de délais;');
    expect(row('projets', 'source')['partenaires']).toEqual(['=HYPERLINK("x")', 'Mairie']);
  });

  it('met entre guillemets une cellule sur plusieurs lignes', () => {
    const d = { ...dataset('thematiques').dataset, columns: dataset('thematiques').dataset.columns.slice(0, 4) };
    const csv = toCsv(d, [{ id: 'a', url: null, libelle: 'deux\nlignes', description: null }]);
    expect(csv).toBe(`${BOM}id;url;libelle;description\r\na;;"deux\nlignes";\r\n`);
  });

  it('écrit le JSON en tableau d’objets, listes en tableaux, valeurs absentes à null', () => {
    const json = JSON.parse(dataset('projets').files.json.body) as Record<string, Cell>[];
    expect(json).toEqual(dataset('projets').rows);
    expect(json[0]?.['thematiques']).toEqual(['emploi', 'usager']);
    expect(json[0]?.['territoire']).toBeNull();
  });

  it('date les données de la dernière publication ou mise à jour', () => {
    expect(data.updated).toEqual(new Date('2026-01-15'));
  });
});

describe('la provenance dans les données ouvertes', () => {
  it('dit pour chaque étude de cas si elle est un exemple, en partie un exemple, ou faite de faits publics', () => {
    expect(row('projets', 'source')['provenance']).toBe('en-partie');
    expect(row('projets', 'source')['chiffres_exemples']).toEqual(['-40 % de délais']);
    expect(row('projets', 'copie')['provenance']).toBe('faits-publics');
    expect(row('labs', 'ti-lab')['provenance']).toBe('faits-publics');
  });
});
