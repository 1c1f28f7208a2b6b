/**
 * The map of the labs, computed at build time: the regions' contours projected to small SVG paths
 * (mainland France with a conformal conic projection, each overseas region in its own Mercator inset),
 * each lab placed by its coordinates, each region given a shade level from its number of case studies.
 * Pure: the page reads the GeoJSON and passes it in, so this is unit-tested without Astro.
 */
import { geoArea, geoConicConformal, geoMercator, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type RegionGeometry = Polygon | MultiPolygon;
export type RegionFeature = Feature<RegionGeometry, { code: string; nom: string }>;
export type RegionCollection = FeatureCollection<RegionGeometry, { code: string; nom: string }>;

/** What the map needs to know of a lab. */
export interface MapLab {
  id: string;
  nom: string;
  ville: string;
  /** INSEE code of its region: an overseas code puts it in that region's inset. */
  region: string;
  lat: number;
  lon: number;
  /** False once the lab has closed: drawn hollow. */
  actif: boolean;
}

export interface MapRegion {
  code: string;
  nom: string;
  /** SVG path data, in whole units of the view. */
  d: string;
  /** Number of case studies in the region. */
  count: number;
  /** Index in SHADE_LEVELS. */
  level: number;
  /** Where the count is written: the region's centroid, moved aside when a lab mark is there. */
  label: { x: number; y: number };
}

export interface MapPoint {
  id: string;
  nom: string;
  ville: string;
  region: string;
  actif: boolean;
  x: number;
  y: number;
}

/** One drawing: mainland France, or one overseas region; its coordinates run from 0 to width and height. */
export interface MapView {
  /** "metropole", or the INSEE code of the overseas region. */
  id: string;
  nom: string;
  width: number;
  height: number;
  regions: MapRegion[];
  points: MapPoint[];
}

export interface ShadeLevel {
  min: number;
  max: number;
  /** How the legend names the range ("2 ou 3"). */
  label: string;
}

export interface LabMap {
  metropole: MapView;
  /** Overseas regions, in the order of `OVERSEAS`. */
  insets: MapView[];
  levels: readonly ShadeLevel[];
}

/** Shade levels of a region by its number of case studies; the count is also written on the map. */
export const SHADE_LEVELS: readonly ShadeLevel[] = [
  { min: 0, max: 0, label: 'aucune' },
  { min: 1, max: 1, label: '1' },
  { min: 2, max: 3, label: '2 ou 3' },
  { min: 4, max: Number.POSITIVE_INFINITY, label: '4 ou plus' },
];

export function levelOf(count: number, levels: readonly ShadeLevel[] = SHADE_LEVELS): number {
  const i = levels.findIndex((l) => count >= l.min && count <= l.max);
  return i < 0 ? 0 : i;
}

/** Overseas regions, in the order of their INSEE codes (the insets' order on the map). */
export const OVERSEAS = ['01', '02', '03', '04', '06'] as const;

export const MAINLAND_WIDTH = 500;
export const INSET_SIZE = 120;
const PADDING = 6;
/** How far a count is moved when a lab mark sits on the region's centroid, and how clear it must stay. */
const NUDGE = 22;
const CLEARANCE = 16;

/** Reads the regions' GeoJSON; throws, in French, on a file that is not one. */
export function parseRegions(text: string): RegionCollection {
  const data = JSON.parse(text) as Partial<RegionCollection>;
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw new Error('Contours des régions : une FeatureCollection GeoJSON est attendue (src/data/regions.geojson).');
  }
  for (const f of data.features) {
    const ok =
      f.properties && typeof f.properties.code === 'string' && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
    if (!ok) throw new Error('Contours des régions : chaque région doit avoir un polygone et une propriété « code » (code INSEE).');
  }
  return data as RegionCollection;
}

/**
 * d3-geo reads a ring's winding as which side is inside: GeoJSON (RFC 7946) winds exterior rings
 * anticlockwise, which d3 takes as "the whole globe but this region". Rewinds such polygons.
 */
export function rewind(feature: RegionFeature): RegionFeature {
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  const g = feature.geometry;
  const geometry: RegionGeometry =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: fix(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
  return { ...feature, geometry };
}

/** Numbers joined as SVG path data allows: no space before a minus sign. */
function joinNumbers(values: number[]): string {
  return values.map((v, i) => (i > 0 && v >= 0 ? ` ${v}` : `${v}`)).join('');
}

/** Douglas–Peucker: keeps the points that stray more than `tolerance` from the straight line between kept points. */
export function simplifyLine(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    const a = points[first];
    const b = points[last];
    if (!a || !b) continue;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const p = points[i];
      if (!p) continue;
      const d = length === 0 ? Math.hypot(p[0] - a[0], p[1] - a[1]) : Math.abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / length;
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * A d3 path context writing small SVG path data: each ring simplified (Douglas–Peucker, under a
 * unit), rounded to whole units and written as relative moves; rings that shrink to nothing vanish.
 */
class CompactPath implements GeoContext {
  private out = '';
  private ring: [number, number][] = [];
  private readonly tolerance: number;

  constructor(tolerance: number) {
    this.tolerance = tolerance;
  }

  beginPath(): void {
    // Each ring starts with moveTo; nothing to reset between features.
  }

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[x, y]];
  }

  lineTo(x: number, y: number): void {
    this.ring.push([x, y]);
  }

  closePath(): void {
    this.flush();
  }

  arc(): void {
    // Points are drawn as marks by the component, never through the path.
  }

  private flush(): void {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < 3) return;
    // A closed ring is simplified as two lines, split at the point farthest from its start.
    const start = ring[0] ?? [0, 0];
    const distances = ring.map((p) => Math.hypot(p[0] - start[0], p[1] - start[1]));
    const split = distances.indexOf(Math.max(...distances));
    const simplified = [
      ...simplifyLine(ring.slice(0, split + 1), this.tolerance),
      ...simplifyLine([...ring.slice(split), start], this.tolerance).slice(1, -1),
    ];
    const points: [number, number][] = [];
    for (const [x, y] of simplified) {
      const p: [number, number] = [Math.round(x), Math.round(y)];
      const last = points.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    const first = points[0];
    const end = points.at(-1);
    if (first && end && points.length > 1 && end[0] === first[0] && end[1] === first[1]) points.pop();
    if (!first || points.length < 3) return;
    const deltas: number[] = [];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b) deltas.push(b[0] - a[0], b[1] - a[1]);
    }
    this.out += `M${joinNumbers(first)}l${joinNumbers(deltas)}z`;
  }

  toString(): string {
    this.flush();
    return this.out;
  }
}

/** Under a unit of the view: simplification that no one sees at the map's size. */
const TOLERANCE = 0.6;

function pathData(projection: GeoProjection, feature: RegionFeature): string {
  const context = new CompactPath(TOLERANCE);
  geoPath(projection, context)(feature);
  return context.toString();
}

/** The centroid of a region, moved aside until no lab mark is within reach of the written count. */
export function labelPosition(centroid: [number, number], marks: { x: number; y: number }[]): { x: number; y: number } {
  const offsets: [number, number][] = [
    [0, 0],
    [0, NUDGE],
    [0, -NUDGE],
    [NUDGE, 0],
    [-NUDGE, 0],
    [NUDGE, NUDGE],
    [-NUDGE, NUDGE],
    [NUDGE, -NUDGE],
    [-NUDGE, -NUDGE],
  ];
  const at = (o: [number, number]) => ({ x: Math.round(centroid[0] + o[0]), y: Math.round(centroid[1] + o[1]) });
  for (const o of offsets) {
    const p = at(o);
    if (marks.every((m) => Math.hypot(m.x - p.x, m.y - p.y) >= CLEARANCE)) return p;
  }
  return at([0, 0]);
}

function view(
  id: string,
  nom: string,
  features: RegionFeature[],
  projection: GeoProjection,
  width: number,
  height: number,
  labs: MapLab[],
  counts: Record<string, number>,
): MapView {
  const points = labs.map((l) => {
    const xy = projection([l.lon, l.lat]);
    const x = xy ? Math.round(xy[0]) : Number.NaN;
    const y = xy ? Math.round(xy[1]) : Number.NaN;
    if (!(x >= 0 && x <= width && y >= 0 && y <= height)) {
      throw new Error(
        `Carte des labs : le lab « ${l.nom} » (${l.id}) a des coordonnées (${l.lat}, ${l.lon}) hors de sa région sur la carte. Vérifiez « coordonnees » et « region » dans content/labs/${l.id}.md (latitude et longitude ne sont-elles pas inversées ?).`,
      );
    }
    return { id: l.id, nom: l.nom, ville: l.ville, region: l.region, actif: l.actif, x, y };
  });
  const path = geoPath(projection);
  const regions = features.map((f) => {
    const count = counts[f.properties.code] ?? 0;
    return {
      code: f.properties.code,
      nom: f.properties.nom,
      d: pathData(projection, f),
      count,
      level: levelOf(count),
      label: labelPosition(path.centroid(f), points),
    };
  });
  return { id, nom, width, height, regions, points };
}

/**
 * The whole map: mainland France `MAINLAND_WIDTH` units wide (its height follows from the projection),
 * and one square inset of `INSET_SIZE` units per overseas region.
 * @param counts number of case studies per INSEE region code
 */
export function buildLabMap(geo: RegionCollection, labs: readonly MapLab[], counts: Record<string, number>): LabMap {
  const features = geo.features.map(rewind);
  const overseas = new Set<string>(OVERSEAS);
  const mainland = features.filter((f) => !overseas.has(f.properties.code));
  const mainlandCollection: RegionCollection = { type: 'FeatureCollection', features: mainland };

  // Lambert-93's parallels and central meridian: the shape of France people know.
  const conic = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitWidth(MAINLAND_WIDTH - 2 * PADDING, mainlandCollection);
  const [[, y0], [, y1]] = geoPath(conic).bounds(mainlandCollection);
  const height = Math.ceil(y1 - y0) + 2 * PADDING;
  conic.fitExtent(
    [
      [PADDING, PADDING],
      [MAINLAND_WIDTH - PADDING, height - PADDING],
    ],
    mainlandCollection,
  );
  const metropole = view(
    'metropole',
    'France métropolitaine',
    mainland,
    conic,
    MAINLAND_WIDTH,
    height,
    labs.filter((l) => !overseas.has(l.region)),
    counts,
  );

  const insets = OVERSEAS.map((code) => {
    const feature = features.find((f) => f.properties.code === code);
    if (!feature)
      throw new Error(
        `Contours des régions : la région ${code} manque dans src/data/regions.geojson ; ses labs ne pourraient pas être placés.`,
      );
    const mercator = geoMercator().fitExtent(
      [
        [PADDING, PADDING],
        [INSET_SIZE - PADDING, INSET_SIZE - PADDING],
      ],
      feature,
    );
    return view(
      code,
      feature.properties.nom,
      [feature],
      mercator,
      INSET_SIZE,
      INSET_SIZE,
      labs.filter((l) => l.region === code),
      counts,
    );
  });
  return { metropole, insets, levels: SHADE_LEVELS };
}
