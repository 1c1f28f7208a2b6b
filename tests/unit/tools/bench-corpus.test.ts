/** The benchmark's synthetic corpus: seeded, deterministic, French, and valid for the real content checker. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BENCH_QUERY,
  BENCH_THEME,
  corpusShape,
  countWords,
  generateCorpus,
  WORDS,
  writeCorpus,
  type CorpusFile,
} from '../../../scripts/bench/corpus.ts';
import { schemas } from '../../../src/model/index.ts';
import { loadCorpus, loadCorpusInParallel, type CheckedCorpus as Corpus } from '../../../src/lib/content/corpus.ts';
import { CASE_STUDY_SECTIONS } from '../../../src/model/projets.ts';
import { REGION_CODES } from '../../../src/lib/regions.ts';

const SIZE = 60;
const projectRoot = path.resolve(import.meta.dirname, '../../..');
let files: CorpusFile[];
let root: string;
let corpus: Corpus;

beforeAll(() => {
  files = generateCorpus({ size: SIZE, seed: 1 });
  root = mkdtempSync(path.join(tmpdir(), 'carnet-bench-test-'));
  writeCorpus(root, files);
  corpus = loadCorpus(root, schemas);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const bodies = () => files.filter((f) => f.path.startsWith('content/projets/')).map((f) => f.text.slice(f.text.indexOf('\n---\n', 4) + 5));

describe('le corpus synthétique du banc d’essai', () => {
  it('est déterministe : même graine, mêmes octets ; autre graine, autre corpus', () => {
    expect(generateCorpus({ size: SIZE, seed: 1 })).toEqual(files);
    const other = generateCorpus({ size: SIZE, seed: 2 });
    expect(other.map((f) => f.text)).not.toEqual(files.map((f) => f.text));
  });

  it('se lit sur deux fils comme sur un seul : mêmes fiches, mêmes corps, même ordre', async () => {
    const split = await loadCorpusInParallel(root, schemas, {}, 1);
    expect(split.problems).toEqual([]);
    expect(split.entries).toEqual(corpus.entries);
  });

  it('passe le vérificateur de contenu réel (scripts/check-content.ts)', () => {
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check-content.ts'), root], {
      encoding: 'utf8',
      cwd: projectRoot,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${SIZE} projets.*aucun problème`));
  });

  it('a la forme attendue : N études de cas, des labs dans les 18 régions, des méthodes des 5 phases, N/2 événements et N/20 formations', () => {
    expect(corpus.problems).toEqual([]);
    const shape = corpusShape(SIZE);
    expect(corpus.entries.projets).toHaveLength(SIZE);
    expect(corpus.entries.labs).toHaveLength(shape.labs);
    expect(corpus.entries.methodes).toHaveLength(shape.methodes);
    expect(corpus.entries.pratiques).toHaveLength(shape.pratiques);
    expect(new Set(corpus.entries.labs.map((l) => l.data.region))).toEqual(new Set(REGION_CODES));
    expect(new Set(corpus.entries.methodes.map((m) => m.data.phase))).toEqual(
      new Set(['decouvrir', 'definir', 'concevoir', 'tester', 'deployer']),
    );
    expect(corpus.entries.thematiques.map((t) => t.data.libelle)).toContain(BENCH_THEME);
    // The agenda in proportion: N/2 events (one in five a training session), N/20 trainings, all examples.
    expect(corpus.entries.evenements).toHaveLength(Math.floor(SIZE / 2));
    expect(corpus.entries.formations).toHaveLength(shape.formations);
    expect(corpus.entries.evenements.filter((e) => e.data.formation).length).toBeGreaterThan(0);
    expect(corpus.entries.evenements.every((e) => e.data.exemple === true && e.data.inscription === '/agenda/exemple/')).toBe(true);
    expect(files.every((f) => f.path.startsWith('content/'))).toBe(true);
  });

  it('donne à chaque étude de cas 600 à 1 000 mots et les six sections dans l’ordre', () => {
    for (const p of corpus.entries.projets) {
      const words = countWords(p.html.replace(/<[^>]+>/g, ' '));
      expect(words, p.file).toBeGreaterThanOrEqual(WORDS.min);
      expect(words, p.file).toBeLessThanOrEqual(WORDS.max);
      expect(p.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(CASE_STUDY_SECTIONS);
    }
  });

  it('écrit des méthodes avec des étapes, et des lignées d’essaimage', () => {
    for (const m of corpus.entries.methodes) expect(m.steps.length, m.file).toBeGreaterThanOrEqual(5);
    const replicas = corpus.entries.projets.filter((p) => p.data.essaimeDepuis);
    expect(replicas.length).toBeGreaterThan(0);
    const ids = corpus.entries.projets.map((p) => p.id);
    for (const r of replicas) expect(ids).toContain((r.data.essaimeDepuis as { id: string }).id);
  });

  it('varie assez le texte pour un index de recherche réaliste', () => {
    const sentences = bodies().flatMap((b) => b.split(/(?<=[.?!»])\s+/).filter((s) => s.length > 20 && !s.startsWith('#')));
    const distinct = new Set(sentences);
    expect(distinct.size / sentences.length).toBeGreaterThan(0.7);
    const words = new Set(
      bodies()
        .join(' ')
        .toLowerCase()
        .match(/\p{L}+/gu),
    );
    expect(words.size).toBeGreaterThan(600);
    const withQuery = bodies().filter((b) => b.includes(BENCH_QUERY)).length;
    expect(withQuery / SIZE).toBeGreaterThan(0.5);
  });
});
