import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { lineageProblems, type LineageEntry } from '../../../src/lib/lineage.ts';

const entry = (id: string, essaimeDepuis?: string): LineageEntry => ({
  id,
  file: `content/projets/${id}.mdx`,
  ...(essaimeDepuis ? { essaimeDepuis } : {}),
});

describe('les lignées d’essaimage', () => {
  it('acceptent une chaîne de trois générations', () => {
    expect(lineageProblems([entry('source'), entry('copie-1', 'source'), entry('copie-2', 'copie-1')])).toEqual([]);
  });

  it('acceptent plusieurs reprises d’un même projet, et une référence inconnue (laissée au contrôle des références)', () => {
    expect(lineageProblems([entry('source'), entry('a', 'source'), entry('b', 'source'), entry('c', 'nexiste-pas')])).toEqual([]);
  });

  it('signalent un cycle a → b → a en nommant les deux fichiers, dans chacun d’eux', () => {
    const problems = lineageProblems([entry('b', 'a'), entry('a', 'b')]);
    expect(problems.map((p) => p.file)).toEqual(['content/projets/a.mdx', 'content/projets/b.mdx']);
    for (const p of problems) {
      expect(p.field).toBe('essaimeDepuis');
      expect(p.message).toContain('content/projets/a.mdx');
      expect(p.message).toContain('content/projets/b.mdx');
    }
    expect(formatProblem(problems[0] ?? { file: '', message: '', fix: '' })).toMatchInlineSnapshot(`
      "content/projets/a.mdx — champ « essaimeDepuis » : lignée d’essaimage circulaire : content/projets/a.mdx reprend content/projets/b.mdx, qui reprend content/projets/a.mdx. Un projet ne peut pas être à la fois la source et la reprise d’un autre.
          → Retirez « essaimeDepuis » du projet d’origine (le plus ancien) parmi content/projets/a.mdx, content/projets/b.mdx : la lignée va toujours d’une reprise vers sa source."
    `);
  });

  it('signalent un projet qui s’essaime depuis lui-même', () => {
    const problems = lineageProblems([entry('source'), entry('boucle', 'boucle')]);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0] ?? { file: '', message: '', fix: '' })).toMatchInlineSnapshot(`
      "content/projets/boucle.mdx — champ « essaimeDepuis » : le projet dit s’essaimer depuis lui-même (« boucle »).
          → Indiquez dans « essaimeDepuis » l’identifiant du projet d’origine, un autre que celui-ci, ou retirez la ligne si le projet n’en reprend aucun."
    `);
  });

  it('signalent un cycle de trois projets une fois par fichier, sans accuser le projet qui y mène', () => {
    const problems = lineageProblems([entry('a', 'c'), entry('b', 'a'), entry('c', 'b'), entry('d', 'a')]);
    expect(problems.map((p) => p.file)).toEqual(['content/projets/a.mdx', 'content/projets/b.mdx', 'content/projets/c.mdx']);
    expect(problems[1]?.message).toContain(
      'content/projets/b.mdx reprend content/projets/a.mdx, qui reprend content/projets/c.mdx, qui reprend content/projets/b.mdx',
    );
  });
});
