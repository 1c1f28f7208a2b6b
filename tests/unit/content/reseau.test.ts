/** The network's figures (content/reseau.yaml): a figure without its date or its source is refused, naming the file and the fix. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../support/corpus.ts';

const REAL = readFileSync(path.resolve('content/reseau.yaml'), 'utf8');

/** The real file with one line of its first figure removed. */
const without = (key: string) => {
  const lines = REAL.split('\n');
  const first = lines.findIndex((l) => l.startsWith('chiffres:'));
  const at = lines.findIndex((l, i) => i > first && l.trimStart().startsWith(`${key}:`));
  return { line: at + 1, text: [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n') };
};

describe('les chiffres du réseau', () => {
  it('le fichier du dépôt passe la vérification', () => {
    expect(problemsOf({ 'content/reseau.yaml': REAL }).lines).toEqual([]);
  });

  it('refuse un chiffre sans date, en nommant le fichier, le champ et la correction', () => {
    const { lines } = problemsOf({ 'content/reseau.yaml': without('date').text });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/reseau\.yaml:\d+:\d+ — champ « chiffres\.0\.date » : chiffre du réseau sans date\./);
    expect(lines[0]).toContain('Ajoutez « date: » avec l’année, le mois ou le jour');
  });

  it('refuse un chiffre sans source, et un numéro de source hors de la liste', () => {
    const missing = problemsOf({ 'content/reseau.yaml': without('source').text }).lines;
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^content\/reseau\.yaml:\d+:\d+ — champ « chiffres\.0\.source » : chiffre du réseau sans source\./);
    expect(missing[0]).toContain('Ajoutez « source: » avec le numéro');
    const outside = problemsOf({ 'content/reseau.yaml': REAL.replace('    source: 4\n', '    source: 99\n') }).lines;
    expect(outside[0]).toMatch(/champ « chiffres\.0\.source » : « 99 » : la source n° 99 n’existe pas : le fichier en a \d+\./);
  });

  it('refuse un jalon sans date, et une date qui n’existe pas', () => {
    const jalons = REAL.indexOf('jalons:');
    const noDate = REAL.slice(0, jalons) + REAL.slice(jalons).replace(/\n    date: [^\n]+/, '');
    expect(problemsOf({ 'content/reseau.yaml': noDate }).lines[0]).toMatch(/champ « jalons\.0\.date » : jalon du réseau sans date/);
    const impossible = problemsOf({ 'content/reseau.yaml': REAL.replace('date: "2016-11-18"', 'date: "2016-11-31"') }).lines;
    expect(impossible[0]).toMatch(/reseau\.yaml:\d+:\d+ — champ « chiffres\.0\.date » .*cette date n’existe pas/);
  });

  it('un corpus sans fichier du réseau reste valide', () => {
    expect(problemsOf({}).lines).toEqual([]);
  });
});
