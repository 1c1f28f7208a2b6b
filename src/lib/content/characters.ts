/**
 * Characters that have no place in a contributed file: invisible ones and bidirectional controls can make
 * a title or an identifier read differently from what it is (a "Trojan Source" right-to-left override, a
 * zero-width space inside an id), and C0/C1 controls are never ordinary text. Tabs and line ends are fine;
 * so are the no-break spaces of French typography (U+00A0, U+202F) and the joiners of emoji (U+200D).
 */
import type { Problem } from './problems.ts';

/** French names of the refused characters, by code point. */
const NAMES: Record<number, string> = {
  0x061c: 'marque de lettre arabe',
  0x200b: 'espace sans largeur',
  0x200e: 'marque gauche-à-droite',
  0x200f: 'marque droite-à-gauche',
  0x202a: 'enchâssement gauche-à-droite',
  0x202b: 'enchâssement droite-à-gauche',
  0x202c: 'fin d’enchâssement bidirectionnel',
  0x202d: 'forçage gauche-à-droite',
  0x202e: 'forçage droite-à-gauche',
  0x2060: 'gluon de mots',
  0x2061: 'application de fonction invisible',
  0x2062: 'multiplication invisible',
  0x2063: 'séparateur invisible',
  0x2064: 'addition invisible',
  0x2066: 'isolat gauche-à-droite',
  0x2067: 'isolat droite-à-gauche',
  0x2068: 'isolat de première force',
  0x2069: 'fin d’isolat bidirectionnel',
  0x180e: 'séparateur de voyelles mongol',
  0xfeff: 'espace insécable sans largeur (BOM)',
  0xfff9: 'ancre d’annotation interlinéaire',
  0xfffa: 'séparateur d’annotation interlinéaire',
  0xfffb: 'fin d’annotation interlinéaire',
};

/** C0 controls but tab, line feed and carriage return; DEL and C1 controls; and the characters named above. */
const REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

function nameOf(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code] ?? 'caractère de contrôle';
  return `${name} (${hex})`;
}

/** One problem per line that holds refused characters, at the first of them; the file is a decoded text. */
export function characterProblems(source: string, file: string): Problem[] {
  const problems: Problem[] = [];
  let line = 1;
  let lineStart = 0;
  let reportedLine = 0;
  let scanned = 0;
  for (const match of source.matchAll(REFUSED)) {
    for (let i = source.indexOf('\n', scanned); i !== -1 && i < match.index; i = source.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    scanned = match.index;
    if (line === reportedLine) continue;
    reportedLine = line;
    const code = match[0].codePointAt(0) ?? 0;
    problems.push({
      file,
      line,
      column: match.index - lineStart + 1,
      message: `caractère invisible ou de contrôle refusé : ${nameOf(code)}. Il peut faire lire un titre ou un identifiant autrement qu’il n’est écrit.`,
      fix: 'Supprimez-le (il vient souvent d’un copier-coller depuis un traitement de texte ou une page web) : effacez puis retapez le texte autour.',
    });
  }
  return problems;
}
