/**
 * Bar charts drawn at build time as plain SVG: the geometry of a horizontal bar chart (one row per value,
 * its label above the bar, the value after it), computed here so that it is tested without a browser and
 * the page ships no script. The markup, the data table and the colours are in src/components/BarChart.astro.
 */

/** One bar: its label (a year, an edition, a theme) and its value. */
export interface Bar {
  label: string;
  value: number;
  /** How the value reads, as published ("plus de 350", "environ 100"); defaults to the formatted number. */
  text?: string;
}

export interface BarGeometry extends Bar {
  text: string;
  /** Top of the row's label (its baseline is labelY). */
  labelY: number;
  barY: number;
  barWidth: number;
  valueX: number;
  valueY: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: BarGeometry[];
}

/** The width of the drawing in SVG units; it is drawn at this many CSS pixels at most and shrinks to fit. */
export const CHART_WIDTH = 400;
const LABEL_LINE = 18;
const BAR_HEIGHT = 18;
const ROW_GAP = 12;
/** Room kept right of the longest bar for its value ("plus de 1 000 000 000 €"). */
const VALUE_ROOM = 150;
const PADDING = 4;

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A number written the French way (1 000, 3,5), with a narrow no-break space for thousands. */
export function formatNumber(value: number): string {
  return number.format(value);
}

/**
 * The geometry of a horizontal bar chart. The longest bar is the largest value, bars start at zero (a bar's
 * length is always proportional to its value), and a zero value draws no bar but keeps its row and its value.
 */
export function barChart(bars: Bar[], width = CHART_WIDTH): BarChartLayout {
  if (bars.length === 0) throw new Error('graphique sans valeur : donnez au moins une barre.');
  for (const bar of bars) {
    if (!Number.isFinite(bar.value) || bar.value < 0) {
      throw new Error(`graphique : la valeur de « ${bar.label} » doit être un nombre positif ou nul (reçu ${bar.value}).`);
    }
  }
  const max = Math.max(...bars.map((b) => b.value));
  const room = width - VALUE_ROOM - PADDING;
  const row = LABEL_LINE + BAR_HEIGHT + ROW_GAP;
  const geometry = bars.map((bar, i): BarGeometry => {
    const top = PADDING + i * row;
    const barWidth = max === 0 ? 0 : Math.round((bar.value / max) * room * 10) / 10;
    return {
      ...bar,
      text: bar.text ?? formatNumber(bar.value),
      labelY: top + LABEL_LINE - 5,
      barY: top + LABEL_LINE,
      barWidth,
      valueX: PADDING + barWidth + 6,
      valueY: top + LABEL_LINE + BAR_HEIGHT - 4,
    };
  });
  return { width, height: PADDING * 2 + bars.length * row - ROW_GAP, barHeight: BAR_HEIGHT, bars: geometry };
}
