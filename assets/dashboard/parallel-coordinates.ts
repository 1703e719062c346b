// A parallel-coordinates plot in SVG, as MLflow's compare page draws one: an axis per chosen param (numeric when every
// value reads as a number, categorical otherwise; runs without the param on an "n/a" mark) and the chosen metric as the
// last axis; one line per run, coloured from best to worst value of the metric. Drag along an axis to keep only the
// runs inside that range (click the axis to clear it); hover a line for the run, click it to open the run.

import type { MetricDirection } from '../../shared/report/dashboard/payload-types.js';
import type { Charts, Dom, Format } from './kit.js';

export interface PcRun {
  id: string;
  label: string;
  /** Param values by key; a run without one of the axes' keys sits on that axis's "n/a" mark. */
  values: Map<string, string>;
  metric: number | null;
}

export interface PcOptions {
  axes: string[];
  metricKey: string;
  direction: MetricDirection;
  runs: PcRun[];
  onOpen?: (runId: string) => void;
}

interface Axis {
  key: string;
  label: string;
  kind: 'numeric' | 'categorical';
  /** Position (0 at the bottom, 1 at the top) of a run's value. */
  at: (run: PcRun) => number;
  /** Labelled positions: left of the axis for numbers, right of it for categories. */
  ticks: { t: number; label: string; full: string }[];
}

export function createParallelCoordinates(dom: Dom, fmt: Format, charts: Charts) {
  const { h, s } = dom;
  const height = 380;
  const top = 46;
  const bottom = 28;
  const plotH = height - top - bottom;
  let plotCount = 0;

  const asNumber = (v: string) => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

  /** Best runs blue, worst orange-red, through violet: no pale yellows to lose on a white page. */
  function colorFor(t: number): string {
    const hue = (220 + 170 * t) % 360;
    return `hsl(${hue.toFixed(0)} 70% 48%)`;
  }

  /**
   * An axis over the runs' values of `key` (or their metric). A run without a value sits on an "n/a" mark at the
   * bottom, below the values' range, so that a param logged by only some runs does not hide the others.
   */
  function makeAxis(key: string, runs: PcRun[], metric: boolean): Axis {
    const raw = runs.map((r) => (metric ? r.metric : r.values.get(key)));
    const missing = raw.some((v) => v === undefined || v === null);
    const base = missing ? 0.12 : 0;
    const within = (t: number) => base + (1 - base) * t;
    const naTick = missing ? [{ t: 0, label: 'n/a', full: 'not logged by this run' }] : [];
    const present = raw.filter((v): v is string | number => v !== undefined && v !== null);
    const numbers = present.map((v) => (typeof v === 'number' ? v : asNumber(v)));
    if (numbers.every((n) => n !== null)) {
      const ns = numbers as number[];
      let lo = ns.length ? Math.min(...ns) : 0;
      let hi = ns.length ? Math.max(...ns) : 1;
      if (lo === hi) {
        lo -= lo === 0 ? 1 : Math.abs(lo) * 0.5;
        hi += hi === 0 ? 1 : Math.abs(hi) * 0.5;
      }
      const { ticks, spacing } = charts.niceTicks(lo, hi, 5);
      const at = (run: PcRun) => {
        const v = metric ? run.metric : run.values.has(key) ? asNumber(run.values.get(key)!) : null;
        return v === null ? 0 : within((v - lo) / (hi - lo));
      };
      const labels = ticks.map((v) => ({ t: within((v - lo) / (hi - lo)), label: fmt.tick(v, spacing), full: String(v) }));
      return { key, label: key, kind: 'numeric', at, ticks: [...naTick, ...labels] };
    }
    const categories = [...new Set(present.map(String))].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    const position = new Map(categories.map((c, i) => [c, within(categories.length === 1 ? 0.5 : i / (categories.length - 1))]));
    const every = Math.max(1, Math.ceil(categories.length / 12)); // label at most ~12 categories
    const labels = categories.filter((_, i) => i % every === 0).map((c) => ({ t: position.get(c)!, label: fmt.clip(c.replace(/\s+/g, ' '), 16), full: c }));
    const at = (run: PcRun) => (run.values.has(key) ? (position.get(run.values.get(key)!) ?? 0) : 0);
    return { key, label: key, kind: 'categorical', at, ticks: [...naTick, ...labels] };
  }

  function plot(options: PcOptions): HTMLElement {
    const id = `pc-${++plotCount}`;
    // The metric gives a line its colour, so a run needs a finite value of it.
    const drawn = options.runs.filter((r) => r.metric !== null && Number.isFinite(r.metric));
    const left = drawn.length === options.runs.length ? null : options.runs.length - drawn.length;
    const wrap = h('div', { class: 'pc' });
    if (drawn.length === 0) {
      wrap.append(h('p', { class: 'empty' }, `No run has a finite ${options.metricKey}.`));
      return wrap;
    }
    const axes = options.axes.map((k) => makeAxis(k, drawn, false));
    axes.push(makeAxis(options.metricKey, drawn, true));
    const metricAxis = axes[axes.length - 1]!;
    const badness = (r: PcRun) => {
      const t = metricAxis.at(r);
      return options.direction === 'min' ? t : 1 - t;
    };
    const yOf = (t: number) => top + plotH - t * plotH;
    const brushes = new Map<number, [number, number]>(); // axis index → [lo, hi] in 0..1, kept across re-layouts
    // Each axis takes the room its labels need: tick labels on one side (numbers left, categories right) and a
    // centred title, so that no two axes' texts overlap; the plot scrolls sideways when they need more than the page.
    const textWidth = (text: string) => text.length * 6.6;
    const leftOf = axes.map((a) => (a.kind === 'numeric' ? Math.max(0, ...a.ticks.map((t) => textWidth(t.label))) + 9 : 6));
    const rightOf = axes.map((a, i) => (a.kind === 'categorical' ? Math.max(0, ...a.ticks.map((t) => textWidth(t.label))) + 9 : i === axes.length - 1 ? 24 : 6));
    const kindOf = (i: number) => (i === axes.length - 1 ? (options.direction === 'min' ? 'metric, lower is better' : 'metric, higher is better') : axes[i]!.kind);
    const titleOf = axes.map((a, i) => Math.max(textWidth(fmt.clip(a.label, 22)), textWidth(kindOf(i)) * 0.85) / 2 + 6);
    const needs = axes.slice(1).map((_, i) => Math.max(rightOf[i]! + leftOf[i + 1]! + 10, titleOf[i]! + titleOf[i + 1]!, 90));
    const firstX = Math.max(leftOf[0]! + 8, titleOf[0]!, 40);
    const lastPad = Math.max(rightOf[axes.length - 1]! + 8, titleOf[axes.length - 1]!, 40);
    const minWidth = Math.ceil(firstX + needs.reduce((a, b) => a + b, 0) + lastPad);
    let width = Math.max(640, minWidth);
    const svg = s('svg', { class: 'pc-svg', role: 'img', 'aria-label': `Parallel coordinates of ${options.axes.join(', ')} against ${options.metricKey}` });
    const tooltip = h('div', { class: 'chart-tooltip', hidden: true });
    const status = h('div', { class: 'chart-note pc-status' });
    let paths: { run: PcRun; path: SVGElement }[] = [];
    const brushRects = new Map<number, SVGElement>();

    function applyBrushes(): void {
      let kept = 0;
      for (const { run, path } of paths) {
        const inside = [...brushes].every(([i, [lo, hi]]) => {
          const t = axes[i]!.at(run);
          return t >= lo - 1e-9 && t <= hi + 1e-9;
        });
        path.classList.toggle('filtered-out', !inside);
        if (inside) kept++;
      }
      status.textContent = brushes.size ? `${kept} of ${drawn.length} runs inside the selected ranges` : '';
      for (const [i, el] of brushRects) {
        const b = brushes.get(i);
        el.setAttribute('visibility', b ? 'visible' : 'hidden');
        if (b) {
          el.setAttribute('y', String(yOf(b[1])));
          el.setAttribute('height', String(Math.max(1, yOf(b[0]) - yOf(b[1]))));
        }
      }
    }

    function tAt(event: MouseEvent): number {
      const rect = svg.getBoundingClientRect();
      const y = ((event.clientY - rect.top) * height) / rect.height;
      return Math.max(0, Math.min(1, (top + plotH - y) / plotH));
    }

    function startBrush(event: MouseEvent, i: number): void {
      event.preventDefault();
      const from = tAt(event);
      let moved = false;
      const move = (e: MouseEvent) => {
        const to = tAt(e);
        if (Math.abs(to - from) * plotH < 3) return;
        moved = true;
        brushes.set(i, [Math.min(from, to), Math.max(from, to)]);
        applyBrushes();
      };
      const end = () => {
        dom.doc.removeEventListener('mousemove', move);
        dom.doc.removeEventListener('mouseup', end);
        if (!moved) brushes.delete(i); // a click clears the axis
        applyBrushes();
      };
      dom.doc.addEventListener('mousemove', move);
      dom.doc.addEventListener('mouseup', end);
    }

    function lineFor(run: PcRun, xOf: (i: number) => number): SVGElement {
      const d = axes.map((a, i) => `${i === 0 ? 'M' : 'L'}${xOf(i).toFixed(1)} ${yOf(a.at(run)).toFixed(1)}`).join('');
      const path = s('path', { class: 'pc-line', d, stroke: colorFor(badness(run)), 'data-run': run.id });
      path.addEventListener('mousemove', (event) => {
        const rect = wrap.getBoundingClientRect();
        dom.clear(
          tooltip,
          h('div', { class: 'tooltip-head' }, run.label),
          axes.map((a, i) => h('div', { class: 'tooltip-row' }, h('span', { class: 'tooltip-label' }, a.label), h('span', { class: 'tooltip-value' }, i === axes.length - 1 ? fmt.metric(run.metric!) : fmt.clip(run.values.get(a.key) ?? '', 30)))),
        );
        tooltip.hidden = false;
        tooltip.style.setProperty('left', `${Math.max(0, Math.min(event.clientX - rect.left + 14, rect.width - 240))}px`);
        tooltip.style.setProperty('top', `${event.clientY - rect.top + 10}px`);
        lines.classList.add('hovering');
        path.classList.add('hover');
      });
      path.addEventListener('mouseleave', () => {
        tooltip.hidden = true;
        lines.classList.remove('hovering');
        path.classList.remove('hover');
      });
      if (options.onOpen) path.addEventListener('click', () => options.onOpen!(run.id));
      return path;
    }

    function axisGroup(axis: Axis, i: number, x: number): SVGElement {
      const g = s('g', { class: `pc-axis${i === axes.length - 1 ? ' metric-axis' : ''}`, 'data-axis': axis.key });
      g.append(s('line', { class: 'pc-axis-line', x1: x, x2: x, y1: top, y2: top + plotH }));
      const title = s('text', { class: 'pc-axis-title', x, y: top - 26, 'text-anchor': 'middle' }, fmt.clip(axis.label, 22));
      title.append(s('title', null, axis.label));
      g.append(title);
      const kind = kindOf(i);
      g.append(s('text', { class: 'pc-axis-kind', x, y: top - 12, 'text-anchor': 'middle' }, kind));
      const right = axis.kind === 'categorical';
      // Labels closer than a line's height to one already placed are left out (the tick mark stays).
      const placed: number[] = [];
      for (const tick of axis.ticks) {
        const y = yOf(tick.t);
        if (placed.some((p) => Math.abs(p - y) < 13)) {
          g.append(s('line', { class: 'pc-tick', x1: right ? x : x - 4, x2: right ? x + 4 : x, y1: y, y2: y }));
          continue;
        }
        placed.push(y);
        g.append(s('line', { class: 'pc-tick', x1: right ? x : x - 4, x2: right ? x + 4 : x, y1: y, y2: y }));
        const label = s('text', { class: 'tick', x: right ? x + 7 : x - 7, y: y + 4, 'text-anchor': right ? 'start' : 'end' }, tick.label);
        label.append(s('title', null, tick.full));
        g.append(label);
      }
      const brush = s('rect', { class: 'pc-brush', x: x - 7, width: 14, y: top, height: 0, visibility: 'hidden' });
      brushRects.set(i, brush);
      g.append(brush);
      // A wide invisible band takes the drags.
      const band = s('rect', { class: 'pc-band', x: x - 12, width: 24, y: top - 4, height: plotH + 8 });
      band.addEventListener('mousedown', (event) => startBrush(event, i));
      g.append(band);
      return g;
    }

    const lines = s('g', { class: 'pc-lines' });
    /** Lays the plot out at the width it is shown at, so that text keeps its size. */
    function layout(): void {
      // Spare width is shared out evenly between the gaps.
      const extra = axes.length > 1 ? (width - minWidth) / (axes.length - 1) : 0;
      const xs = [firstX];
      for (const need of needs) xs.push(xs[xs.length - 1]! + need + extra);
      const xOf = (i: number) => (axes.length > 1 ? xs[i]! : width / 2);
      paths = drawn.map((run) => ({ run, path: lineFor(run, xOf) }));
      dom.clear(lines, paths.map((p) => p.path));
      brushRects.clear();
      // A colour bar beside the metric axis: the line colours from best to worst.
      const gradient = s('linearGradient', { id: `${id}-grad`, x1: 0, x2: 0, y1: 1, y2: 0 });
      for (let k = 0; k <= 10; k++) {
        const t = k / 10; // bottom → top of the axis
        gradient.append(s('stop', { offset: `${k * 10}%`, 'stop-color': colorFor(options.direction === 'min' ? t : 1 - t) }));
      }
      const xm = xOf(axes.length - 1);
      svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
      svg.setAttribute('width', String(width));
      svg.setAttribute('height', String(height));
      dom.clear(svg, s('defs', null, gradient), lines, axes.map((a, i) => axisGroup(a, i, xOf(i))), s('rect', { class: 'pc-colorbar', x: xm + 14, y: top, width: 6, height: plotH, fill: `url(#${id}-grad)` }));
      applyBrushes();
    }

    const scroller = h('div', { class: 'pc-scroll' }, svg);
    new ResizeObserver((entries) => {
      const w = Math.max(minWidth, Math.round(entries[0]?.contentRect.width ?? 0));
      if (w === width) return;
      width = w;
      layout();
    }).observe(scroller);
    layout();
    wrap.append(scroller, tooltip, status);
    if (left) wrap.append(h('div', { class: 'chart-note' }, `${left} run(s) without a finite ${options.metricKey} are not drawn.`));
    return wrap;
  }

  return { plot };
}
