/** The bench's measurements for one handbook size, and the Markdown table that compares them. */
import type { Measured } from './measure.ts';
import type { HeaviestPages, PageWeight } from './page-weight.ts';
import type { RelatedCost } from './related-cost.ts';
import type { BuildProfile } from './profile.ts';
import { FIRST_QUERY } from './search-queries.ts';
import type { SearchTransfer } from './search-transfer.ts';

/** DESIGN.md's budget for the HTML of every page type at 5,000 entries. */
export const HTML_BUDGET_BYTES = 20 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

export interface Row {
  size: number;
  pages: number;
  baseline: Measured;
  cold: Measured;
  warmDiagrams: Measured;
  rebuild: Measured;
  /** A rebuild after one ADR's text changed, every cache warm. */
  changed: Measured;
  /** Where each Atrium build's time went: cold, diagrams warm, no-change rebuild. */
  profiles: { name: string; profile: BuildProfile }[];
  diagrams: { rendered: number; msEach: number; coldLaunches: number; warmLaunches: number };
  weights: Record<string, PageWeight>;
  heaviest: HeaviestPages;
  search: SearchTransfer;
  related: RelatedCost;
}

export function table(rows: Row[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const header = ['', ...rows.map((r) => `${r.size} entries`)];
  const metric = (name: string, value: (r: Row) => string) => line([name, ...rows.map(value)]);
  return [
    line(header),
    line(header.map(() => '---')),
    metric('pages built', (r) => String(r.pages)),
    metric(
      'plain Astro build (baseline): time, peak RSS / PSS',
      (r) => `${s(r.baseline.seconds)}, ${mb(r.baseline.peakBytes)} / ${mb(r.baseline.peakPssBytes)}`,
    ),
    metric('Atrium cold build (no caches)', (r) => `${s(r.cold.seconds)}, ${mb(r.cold.peakBytes)} / ${mb(r.cold.peakPssBytes)}`),
    metric('Atrium / baseline, cold', (r) => `${(r.cold.seconds / r.baseline.seconds).toFixed(2)}×`),
    metric('Atrium with diagram cache warm', (r) => `${s(r.warmDiagrams.seconds)}, ${mb(r.warmDiagrams.peakBytes)} / ${mb(r.warmDiagrams.peakPssBytes)}`),
    metric('Atrium / baseline, diagrams warm', (r) => `${(r.warmDiagrams.seconds / r.baseline.seconds).toFixed(2)}×`),
    metric('pages per second (Atrium cold)', (r) => (r.pages / r.cold.seconds).toFixed(0)),
    metric('no-change rebuild (after the diagrams-warm build)', (r) => `${s(r.rebuild.seconds)}, ${mb(r.rebuild.peakBytes)} / ${mb(r.rebuild.peakPssBytes)}`),
    metric('no-change rebuild / diagrams-warm build', (r) => `${Math.round((100 * r.rebuild.seconds) / r.warmDiagrams.seconds)}%`),
    metric('rebuild after one ADR changed', (r) => `${s(r.changed.seconds)}, ${mb(r.changed.peakBytes)} / ${mb(r.changed.peakPssBytes)}`),
    metric('one-ADR rebuild / diagrams-warm build', (r) => `${Math.round((100 * r.changed.seconds) / r.warmDiagrams.seconds)}%`),
    metric('diagrams rendered cold (SVGs, ms each)', (r) => `${r.diagrams.rendered}, ${r.diagrams.msEach} ms`),
    metric('browser launches: cold / warm', (r) => `${r.diagrams.coldLaunches} / ${r.diagrams.warmLaunches}`),
    ...Object.keys(rows[0]?.weights ?? {}).map((kind) =>
      metric(`${kind}: HTML / CSS / JS (gzip)`, (r) => {
        const weight = r.weights[kind];
        return weight ? `${kb(weight.html)} / ${kb(weight.css)} / ${kb(weight.js)}` : '–';
      }),
    ),
    metric(`pages over ${kb(HTML_BUDGET_BYTES)} of HTML (gzip)`, (r) => `${r.heaviest.over} of ${r.heaviest.pages}`),
    metric('heaviest pages, HTML (gzip)', (r) => r.heaviest.heaviest.map((page) => `/${page.page} ${kb(page.html)}`).join('<br>')),
    metric(`search: first query ("${FIRST_QUERY}")`, (r) => kb(r.search.first.bytes)),
    metric('search: later queries, median of 20 (least–most)', (r) => {
      const bytes = r.search.later.map((q) => q.bytes);
      return `${kb(r.search.laterMedian)} (${kb(Math.min(...bytes))}–${kb(Math.max(...bytes))})`;
    }),
    metric('related work (budget 2 s at 5,000): documents, pairs, time', (r) => `${r.related.documents}, ${r.related.pairs}, ${r.related.relatedMs} ms`),
    metric('expert finder: tags, time', (r) => `${r.related.tags}, ${r.related.expertsMs} ms`),
    metric('search: "Did you mean" vocabulary (gzip)', (r) => `${r.search.vocabulary.words} words, ${kb(r.search.vocabulary.gzipBytes)}`),
  ].join('\n');
}
