import { describe, expect, it } from 'vitest';
import { barChart, CHART_WIDTH, formatNumber } from '../../../src/lib/charts.ts';

describe('le graphique en barres', () => {
  it('donne à chaque barre une longueur proportionnelle à sa valeur, la plus grande occupant la place', () => {
    const { bars, width } = barChart([
      { label: '2016', value: 12 },
      { label: '2024', value: 16 },
      { label: '2025', value: 0 },
    ]);
    expect(width).toBe(CHART_WIDTH);
    const [a, b, c] = bars;
    expect(b?.barWidth).toBeGreaterThan(0);
    expect((a?.barWidth ?? 0) / (b?.barWidth ?? 1)).toBeCloseTo(12 / 16, 2);
    expect(c?.barWidth).toBe(0);
    expect(Math.max(...bars.map((x) => x.valueX))).toBeLessThan(width);
  });

  it('écrit les nombres à la française et garde le texte publié', () => {
    expect(formatNumber(764000000)).toBe('764\u202f000\u202f000');
    const { bars } = barChart([{ label: '2020', value: 350, text: 'plus de 350' }]);
    expect(bars[0]?.text).toBe('plus de 350');
  });

  it('place les lignes les unes sous les autres sans chevauchement', () => {
    const { bars, height } = barChart(Array.from({ length: 5 }, (_, i) => ({ label: String(i), value: i + 1 })));
    bars.slice(1).forEach((bar, i) => expect(bar.labelY).toBeGreaterThan((bars[i]?.barY ?? 0) + 18));
    expect(height).toBeGreaterThan(bars.at(-1)?.barY ?? Infinity);
  });

  it('refuse une valeur négative ou absente, en le disant', () => {
    expect(() => barChart([])).toThrow(/au moins une barre/);
    expect(() => barChart([{ label: 'x', value: -1 }])).toThrow(/« x »/);
  });
});
