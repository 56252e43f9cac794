/**
 * The code that runs inside the render page, next to the Mermaid loaded there. Passed to
 * `page.evaluate`, so each function stands alone: it may use only its arguments, the
 * page's globals and `atriumProgress`, the binding through which the page reports each
 * diagram as it starts and ends (the build keeps the time budget from outside, since a
 * layout that runs away blocks the page itself).
 */
import type { ThemeVariables } from './colours.ts';

export interface PageJob {
  /** Position in the batch, echoed back in progress reports. */
  position: number;
  /** Unique, CSS-safe: becomes the SVG's id. */
  id: string;
  source: string;
}

/** One diagram's outcome in the page: its SVG and the smallest font its labels use (in its own units), or Mermaid's error. */
export type PageResult = { svg: string; font: number } | { error: string };

/** A look for `mermaid.initialize`: the `base` theme with these variables. */
export interface PageLook {
  fontFamily: string;
  themeVariables: ThemeVariables;
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
  mermaidAPI: { getConfig(): { themeVariables: ThemeVariables } };
}

type Progress = (kind: 'start' | 'done', position: number, result?: PageResult) => Promise<void>;

/**
 * The theme variables Mermaid computes for each look (it derives dozens from the few
 * given), and which of their values are colours, by the browser's own reading.
 */
export function computedThemes(looks: Record<'light' | 'dark', PageLook>): { light: ThemeVariables; dark: ThemeVariables; colours: string[] } {
  const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
  const computed: Record<string, ThemeVariables> = {};
  const colours = new Set<string>();
  for (const scheme of ['light', 'dark'] as const) {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'base', ...looks[scheme] });
    computed[scheme] = mermaid.mermaidAPI.getConfig().themeVariables;
    const pending: unknown[] = [computed[scheme]];
    while (pending.length > 0) {
      const value = pending.pop();
      if (value && typeof value === 'object') pending.push(...Object.values(value));
      if (typeof value !== 'string') continue;
      for (const part of value.split(',')) if (CSS.supports('color', part.trim())) colours.add(part.trim());
    }
  }
  return { light: computed.light!, dark: computed.dark!, colours: [...colours] };
}

/** Renders a batch of diagrams one after the other, reporting each through `atriumProgress`. */
export async function renderBatch({ jobs, look }: { jobs: PageJob[]; look: PageLook }): Promise<void> {
  const page = globalThis as unknown as { mermaid: MermaidApi; atriumLook?: string; atriumProgress: Progress };
  const lookText = JSON.stringify(look);
  if (page.atriumLook !== lookText) {
    page.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'base', ...look });
    page.atriumLook = lookText;
  }

  /** The smallest label, in the SVG's own units: the site scales the SVG so that it stays readable. */
  function smallestFont(root: SVGSVGElement): number {
    let font = Number.POSITIVE_INFINITY;
    for (const element of root.querySelectorAll('text, tspan, foreignObject *')) {
      const text = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      const size = text ? parseFloat(getComputedStyle(element).fontSize) : Number.NaN;
      if (size > 0 && size < font) font = size;
    }
    return Number.isFinite(font) ? font : 16;
  }

  /**
   * Mermaid moves an edge's label to the middle of the path it finally draws, so two edges
   * that meet a box from the same side can get labels on top of each other: slide such a
   * label along its own edge until it is clear of the boxes and the labels placed before it.
   * Whether any label moved.
   */
  function separateEdgeLabels(root: SVGSVGElement): boolean {
    const labels = [...root.querySelectorAll<SVGGElement>('g.edgeLabel')];
    if (labels.length === 0) return false;
    const taken = [...root.querySelectorAll('g.node')].map((node) => node.getBoundingClientRect());
    let moved = false;
    for (const label of labels) {
      const rect = label.getBoundingClientRect();
      const clashes = (x: number, y: number) =>
        taken.some(
          (other) =>
            Math.abs(other.x + other.width / 2 - x) * 2 < other.width + rect.width + 4 &&
            Math.abs(other.y + other.height / 2 - y) * 2 < other.height + rect.height + 4,
        );
      const path = root.querySelector<SVGPathElement>(`path[id$="-${CSS.escape(label.querySelector('.label')?.getAttribute('data-id') ?? '')}"]`);
      if (rect.width > 0 && path && clashes(rect.x + rect.width / 2, rect.y + rect.height / 2)) {
        const length = path.getTotalLength();
        const toScreen = path.getScreenCTM()!;
        // Points along the edge, nearest its middle first, away from its two ends.
        for (let step = 1; step < 40; step++) {
          const along = length / 2 + (step % 2 === 1 ? 1 : -1) * Math.ceil(step / 2) * (length / 40);
          if (along < 12 || along > length - 12) continue;
          const onPath = path.getPointAtLength(along);
          const point = new DOMPoint(onPath.x, onPath.y).matrixTransform(toScreen);
          if (clashes(point.x, point.y)) continue;
          const local = point.matrixTransform((label.parentNode as SVGGraphicsElement).getScreenCTM()!.inverse());
          label.setAttribute('transform', `translate(${Math.round(local.x * 100) / 100}, ${Math.round(local.y * 100) / 100})`);
          moved = true;
          break;
        }
      }
      taken.push(label.getBoundingClientRect());
    }
    return moved;
  }

  for (const job of jobs) {
    // Not awaited: the report goes out before the render starts, and waiting for it would cost a round trip per diagram.
    void page.atriumProgress('start', job.position);
    let result: PageResult;
    const box = document.createElement('div');
    try {
      const { svg } = await page.mermaid.render(job.id, job.source);
      box.innerHTML = svg;
      document.body.append(box);
      const root = box.querySelector('svg')!;
      const font = smallestFont(root);
      result = { svg: separateEdgeLabels(root) ? root.outerHTML : svg, font };
    } catch (error) {
      result = { error: error instanceof Error ? error.message : String(error) };
    } finally {
      box.remove();
      document.getElementById(`d${job.id}`)?.remove(); // Mermaid's scratch element on failure
    }
    await page.atriumProgress('done', job.position, result);
  }
}
