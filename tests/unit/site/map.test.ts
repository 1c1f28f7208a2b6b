import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  buildLabMap,
  INSET_SIZE,
  labelPosition,
  levelOf,
  MAINLAND_WIDTH,
  OVERSEAS,
  parseRegions,
  rewind,
  simplifyLine,
  type MapLab,
  type MapView,
} from '../../../src/lib/map.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const geo = parseRegions(readFileSync(path.join(ROOT, 'src/data/regions.geojson'), 'utf8'));

/** The labs of the real corpus, as the map reads them. */
const labs: MapLab[] = readdirSync(path.join(ROOT, 'content/labs')).map((name) => {
  const d = parse(readFileSync(path.join(ROOT, 'content/labs', name), 'utf8').split(/^---$/m)[1] ?? '') as {
    nom: string;
    ville: string;
    region: string;
    coordonnees: { lat: number; lon: number };
    actif: boolean;
  };
  return {
    id: name.replace(/\.md$/, ''),
    nom: d.nom,
    ville: d.ville,
    region: d.region,
    lat: d.coordonnees.lat,
    lon: d.coordonnees.lon,
    actif: d.actif,
  };
});
const map = buildLabMap(geo, labs, { '53': 4, '76': 4, '75': 3, '11': 1, '04': 1 });
const views: MapView[] = [map.metropole, ...map.insets];
const inside = (v: MapView, p: { x: number; y: number }) => p.x >= 0 && p.x <= v.width && p.y >= 0 && p.y <= v.height;

describe('la carte des labs', () => {
  it('dessine les 18 régions : 13 en métropole, 5 en médaillons', () => {
    expect(map.metropole.regions).toHaveLength(13);
    expect(map.insets.map((v) => v.id)).toEqual([...OVERSEAS]);
    expect(map.insets.map((v) => v.nom)).toEqual(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']);
    expect(map.metropole.width).toBe(MAINLAND_WIDTH);
    expect(map.metropole.height).toBeGreaterThan(400);
    expect(map.metropole.height).toBeLessThan(560);
  });

  it('place chaque lab une fois, à l’intérieur de sa vue', () => {
    expect(labs.length).toBeGreaterThan(10);
    const placed = views.flatMap((v) => v.points.map((p) => ({ v, p })));
    expect(placed.map((x) => x.p.id).sort()).toEqual(labs.map((l) => l.id).sort());
    for (const { v, p } of placed) expect(inside(v, p), `${p.id} dans ${v.id}`).toBe(true);
  });

  it('met les labs d’outre-mer dans le médaillon de leur région', () => {
    const overseas = labs.filter((l) => (OVERSEAS as readonly string[]).includes(l.region));
    expect(overseas.map((l) => l.id).sort()).toEqual(['lab-guadeloupe', 'lab-guyane', 'lab-reunion']);
    for (const l of overseas) {
      const inset = map.insets.find((v) => v.id === l.region);
      expect(inset?.points.map((p) => p.id)).toContain(l.id);
      expect(inset?.width).toBe(INSET_SIZE);
    }
    expect(map.metropole.points.some((p) => (OVERSEAS as readonly string[]).includes(p.region))).toBe(false);
  });

  it('met Rennes à l’ouest de Strasbourg et Lille au nord de Marseille', () => {
    const at = (id: string) => map.metropole.points.find((p) => p.id === id) ?? { x: Number.NaN, y: Number.NaN };
    expect(at('ti-lab').x).toBeLessThan(at('lab-est').x);
    expect(at('siilab').y).toBeLessThan(at('lab-zero').y);
  });

  it('refuse, en français, un lab dont les coordonnées tombent hors de la carte', () => {
    const lost = { id: 'perdu', nom: 'Lab perdu', ville: 'Rennes', region: '53', lat: -1.68, lon: 48.11, actif: true };
    expect(() => buildLabMap(geo, [lost], {})).toThrow(
      'le lab « Lab perdu » (perdu) a des coordonnées (-1.68, 48.11) hors de sa région sur la carte',
    );
  });

  it('nuance chaque région selon son nombre d’études de cas', () => {
    expect([0, 1, 2, 3, 4, 12].map((n) => levelOf(n))).toEqual([0, 1, 2, 2, 3, 3]);
    const region = (code: string) => views.flatMap((v) => v.regions).find((r) => r.code === code);
    expect(region('53')).toMatchObject({ count: 4, level: 3 });
    expect(region('04')).toMatchObject({ count: 1, level: 1 });
    expect(region('27')).toMatchObject({ count: 0, level: 0 });
  });

  it('écrit le nombre d’une région à l’écart des points des labs', () => {
    expect(labelPosition([100, 100], [])).toEqual({ x: 100, y: 100 });
    expect(labelPosition([100, 100], [{ x: 100, y: 102 }])).toEqual({ x: 100, y: 122 });
    for (const v of views) {
      for (const r of v.regions) {
        expect(inside(v, r.label), `${r.code}`).toBe(true);
        for (const p of v.points) expect(Math.hypot(p.x - r.label.x, p.y - r.label.y), `${r.code} / ${p.id}`).toBeGreaterThanOrEqual(16);
      }
    }
  });

  it('écrit des tracés courts : unités entières, déplacements relatifs, moins de 16 Ko pour toute la France', () => {
    const all = views.flatMap((v) => v.regions.map((r) => r.d));
    for (const d of all) expect(d).toMatch(/^(M-?\d+[ -]?\d+l[-\d ]+z)+$/);
    expect(all.join('').length).toBeLessThan(16_000);
  });

  it('simplifie une ligne sans perdre ses coins', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.1],
          [2, 0],
          [3, 5],
          [4, 0],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
  });

  it('remet dans le sens attendu par d3 les anneaux écrits selon la RFC 7946', () => {
    const ccw = {
      type: 'Feature' as const,
      properties: { code: 'x', nom: 'x' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    };
    const fixed = rewind(ccw);
    expect(fixed.geometry.type === 'Polygon' && fixed.geometry.coordinates[0]).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
    expect(rewind(fixed)).toEqual(fixed);
  });
});
