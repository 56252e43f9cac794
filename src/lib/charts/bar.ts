/** A bar chart of counts by category, e.g. how many people answered 1, 2, 3, 4 and 5. */
import { niceMax, px, svgFrame, text } from './svg.ts';

export interface BarChart {
  id: string;
  title: string;
  labels: readonly string[];
  values: readonly number[];
}

const WIDTH = 240;
const HEIGHT = 130;
const PAD = { left: 8, right: 8, top: 18, bottom: 24 };

export function barChart(chart: BarChart): string {
  const max = niceMax(Math.max(...chart.values, 1));
  const slot = (WIDTH - PAD.left - PAD.right) / chart.values.length;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const bars = chart.values
    .map((value, index) => {
      const height = (value / max) * innerHeight;
      const x = PAD.left + slot * index + slot * 0.15;
      const top = PAD.top + innerHeight - height;
      return (
        `<rect class="chart-bar" x="${px(x)}" y="${px(top)}" width="${px(slot * 0.7)}" height="${px(height)}"/>` +
        text(x + slot * 0.35, top - 4, String(value)) +
        text(x + slot * 0.35, HEIGHT - 8, chart.labels[index] ?? '')
      );
    })
    .join('');
  const axis = `<line class="chart-axis" x1="${PAD.left}" y1="${PAD.top + innerHeight}" x2="${WIDTH - PAD.right}" y2="${PAD.top + innerHeight}"/>`;
  const description = chart.labels.map((label, index) => `${label}: ${chart.values[index]}`).join('; ');
  return svgFrame({ id: chart.id, title: chart.title, description, width: WIDTH, height: HEIGHT }, axis + bars);
}
