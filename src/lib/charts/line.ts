/** A line chart of one measure over quarters: a point per quarter, a gap where there is no value. */
import { niceMax, px, svgFrame, text } from './svg.ts';

export interface LineChart {
  id: string;
  title: string;
  /** One label per point, e.g. quarters. */
  labels: readonly string[];
  values: readonly (number | null)[];
  /** How a value reads: "75%", "3.6". */
  format: (value: number) => string;
  /** Top of the y axis; by default a round number above the largest value. */
  max?: number;
  /** Bottom of the y axis (1 for a 1–5 scale); 0 by default. */
  min?: number;
}

const WIDTH = 320;
const HEIGHT = 170;
const PAD = { left: 44, right: 30, top: 24, bottom: 30 };

export function lineChart(chart: LineChart): string {
  const present = chart.values.filter((value): value is number => value !== null);
  const min = chart.min ?? 0;
  const max = chart.max ?? niceMax(Math.max(...present, min + 1e-9));
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (chart.labels.length === 1 ? innerWidth / 2 : (innerWidth * index) / (chart.labels.length - 1));
  const y = (value: number) => PAD.top + innerHeight - ((value - min) / (max - min || 1)) * innerHeight;
  const axis =
    `<line class="chart-axis" x1="${PAD.left}" y1="${px(y(min))}" x2="${WIDTH - PAD.right}" y2="${px(y(min))}"/>` +
    `<line class="chart-grid" x1="${PAD.left}" y1="${px(y(max))}" x2="${WIDTH - PAD.right}" y2="${px(y(max))}"/>` +
    text(PAD.left - 6, y(min) + 4, chart.format(min), 'end') +
    text(PAD.left - 6, y(max) + 4, chart.format(max), 'end');
  const labels = chart.labels.map((label, index) => text(x(index), HEIGHT - 8, label)).join('');
  // Runs of consecutive values become one line each; a missing quarter breaks the line.
  const runs: string[][] = [[]];
  chart.values.forEach((value, index) => {
    if (value === null) runs.push([]);
    else runs.at(-1)!.push(`${px(x(index))},${px(y(value))}`);
  });
  const lines = runs
    .filter((run) => run.length > 1)
    .map((run) => `<polyline class="chart-line" points="${run.join(' ')}"/>`)
    .join('');
  const points = chart.values
    .map((value, index) =>
      value === null ? '' : `<circle class="chart-point" cx="${px(x(index))}" cy="${px(y(value))}" r="4"/>${text(x(index), y(value) - 9, chart.format(value))}`,
    )
    .join('');
  const description = chart.labels
    .map((label, index) => `${label}: ${chart.values[index] === null ? 'no data' : chart.format(chart.values[index]!)}`)
    .join('; ');
  return svgFrame({ id: chart.id, title: chart.title, description, width: WIDTH, height: HEIGHT }, axis + labels + lines + points);
}
