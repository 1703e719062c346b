// Line charts of metric histories in SVG: value against step, relative time (since the run started) or wall time, one
// or more series, each drawn to its own last point, with a hover read-out, drag to zoom (a box, or the x range alone
// for a flat drag), Ctrl/Alt + wheel to zoom around the pointer, double-click or Reset to undo, a log-scale toggle and
// optional smoothing (an exponential moving average, debiased as TensorBoard does, over the raw line drawn faintly).
// Series arrive finite and in step order (the payload drops NaN/±∞ and counts them); the notes under a chart say what
// is not drawn.

import type { Dom, Format } from './kit.js';

export interface ChartSeries {
  label: string;
  color: string;
  /** Finite points in step order. */
  steps: ArrayLike<number>;
  values: ArrayLike<number>;
  /** Each point's time (ms since the epoch), for the time axes. */
  times?: ArrayLike<number>;
  /** The run's start (ms since the epoch): relative time counts from it (else from the series' first point). */
  start?: number | null;
  /** Points logged in all, and how many of them are NaN or infinite (not drawn). */
  count: number;
  nan: number;
  posInf: number;
  negInf: number;
  sampled: boolean;
}

export interface LineChartOptions {
  title: string;
  series: ChartSeries[];
  /** A clickable legend that hides and shows series (compare view). */
  legend?: boolean;
  log?: boolean;
}

type XMode = 'step' | 'relative' | 'wall';

export function createLineChart(dom: Dom, fmt: Format) {
  const { h, s } = dom;
  const height = 250;
  const margin = { left: 58, right: 14, top: 12, bottom: 30 };
  const plotH = height - margin.top - margin.bottom;
  let chartCount = 0;

  const palette = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];
  const colorAt = (i: number) => palette[i % palette.length]!;

  /** About `count` round ticks (1, 2 or 5 × 10^k apart) covering [lo, hi]. */
  function niceTicks(lo: number, hi: number, count: number): { ticks: number[]; spacing: number } {
    const span = hi - lo;
    if (!(span > 0) || !Number.isFinite(span)) return { ticks: [lo], spacing: 1 };
    const raw = span / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    const spacing = [1, 2, 5, 10].map((m) => m * power).find((v) => v >= raw) ?? 10 * power;
    const ticks: number[] = [];
    for (let v = Math.ceil(lo / spacing) * spacing; v <= hi + spacing * 1e-9; v += spacing) {
      ticks.push(Math.abs(v) < spacing * 1e-9 ? 0 : v);
    }
    return { ticks, spacing };
  }

  /**
   * Value ticks of a log axis spanning [lo, hi] in log10 units: powers of ten (thinned to about eight), then 1-2-5 steps
   * when fewer than three powers fit, then round linear values when the axis spans less than that.
   */
  function logTicks(lo: number, hi: number): number[] {
    const inside = (v: number) => Math.log10(v) >= lo - 1e-9 && Math.log10(v) <= hi + 1e-9;
    const powers: number[] = [];
    for (let e = Math.ceil(lo - 1e-9); e <= hi + 1e-9; e++) powers.push(10 ** e);
    if (powers.length >= 3) return powers.filter((_, i) => i % Math.ceil(powers.length / 8) === 0);
    const dense: number[] = [];
    for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) for (const m of [1, 2, 5]) if (inside(m * 10 ** e)) dense.push(m * 10 ** e);
    if (dense.length >= 3) return dense;
    return niceTicks(10 ** lo, 10 ** hi, 4).ticks.filter((v) => v > 0 && inside(v));
  }

  /** First index with steps[i] >= x. */
  function lowerBound(steps: ArrayLike<number>, x: number): number {
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First index with steps[i] > x. */
  function upperBound(steps: ArrayLike<number>, x: number): number {
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function lineChart(options: LineChartOptions): HTMLElement {
    const id = `chart-${++chartCount}`;
    const series = options.series;
    const hidden = new Set<number>();
    let log = options.log ?? false;
    const hasTimes = series.length > 0 && series.every((t) => t.times !== undefined && t.times.length === t.steps.length);
    let xMode: XMode = 'step';
    let smoothing = 0;
    // What is drawn: each series on the chosen x axis (in x order) and, when smoothing, its smoothed values; `raw` keeps
    // the unsmoothed values on the same x.
    let shown: ChartSeries[] = series;
    let raw: ChartSeries[] = series;
    let fullX0 = 0;
    let fullX1 = 1;
    function derive(): void {
      raw = series.map((t) => {
        if (xMode === 'step' || !hasTimes) return t;
        const times = t.times!;
        const base = xMode === 'wall' ? 0 : (t.start ?? (times.length ? times[0]! : 0));
        const order = Array.from({ length: times.length }, (_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
        return { ...t, steps: Float64Array.from(order, (i) => times[i]! - base), values: Float64Array.from(order, (i) => t.values[i]!) };
      });
      shown = smoothing > 0 ? raw.map((t) => ({ ...t, values: smooth(t.values, smoothing) })) : raw;
      const drawable = shown.filter((t) => t.steps.length > 0);
      fullX0 = drawable.length ? Math.min(...drawable.map((t) => t.steps[0]!)) : 0;
      fullX1 = drawable.length ? Math.max(...drawable.map((t) => t.steps[t.steps.length - 1]!)) : 1;
    }
    derive();
    // Drawn at the width it is shown at (followed with a ResizeObserver), so text keeps its size on any screen.
    let width = 560;
    let plotW = width - margin.left - margin.right;
    let view: { x0: number; x1: number; y0: number | null; y1: number | null } | null = null;

    const svg = s('svg', {
      class: 'chart-svg',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': `${options.title}: line chart`,
    });
    const tooltip = h('div', { class: 'chart-tooltip', hidden: true });
    const hint = h('div', { class: 'chart-hint', hidden: true }, 'Hold Ctrl or Alt and scroll to zoom');
    const body = h('div', { class: 'chart-body' }, svg, tooltip, hint);
    const notes = h('div', { class: 'chart-notes' });
    const resetButton = h('button', { type: 'button', class: 'chart-reset', hidden: true, title: 'Show all steps' }, 'Reset zoom');
    const logButton = h('button', { type: 'button', class: 'chart-log', 'aria-pressed': String(log), title: 'Logarithmic value axis' }, 'Log');
    const xSelect = h(
      'select',
      { class: 'chart-x', 'aria-label': 'x axis', title: 'What the x axis shows' },
      h('option', { value: 'step' }, 'Step'),
      hasTimes ? h('option', { value: 'relative' }, 'Relative time') : null,
      hasTimes ? h('option', { value: 'wall' }, 'Wall time') : null,
    );
    const smoothSelect = h(
      'select',
      { class: 'chart-smooth', 'aria-label': 'Smoothing', title: 'Exponential moving average; the raw line stays, faint' },
      [0, 0.6, 0.8, 0.9, 0.95, 0.99].map((w) => h('option', { value: String(w) }, w === 0 ? 'No smoothing' : `Smooth ${w}`)),
    );
    const legend = options.legend ? h('div', { class: 'chart-legend' }) : null;
    const card = h(
      'figure',
      { class: 'chart', 'data-metric': options.title },
      h('figcaption', { class: 'chart-head' }, h('span', { class: 'chart-title', title: options.title }, options.title), h('span', { class: 'chart-tools' }, resetButton, xSelect, smoothSelect, logButton)),
      body,
      notes,
      legend,
    );

    const tx = (v: number) => (log ? Math.log10(v) : v);
    const visible = () => shown.map((t, i) => ({ t, i })).filter(({ i }) => !hidden.has(i));

    function domain() {
      const x0 = view ? view.x0 : fullX0;
      const x1 = view ? view.x1 : fullX1;
      let y0 = view?.y0 ?? null;
      let y1 = view?.y1 ?? null;
      if (y0 === null || y1 === null) {
        let lo = Infinity;
        let hi = -Infinity;
        for (const { t } of visible()) {
          const from = lowerBound(t.steps, x0);
          for (let i = from; i < t.steps.length && t.steps[i]! <= x1; i++) {
            const v = t.values[i]!;
            if (log && !(v > 0)) continue;
            const y = tx(v);
            if (y < lo) lo = y;
            if (y > hi) hi = y;
          }
        }
        if (lo === Infinity) {
          lo = 0;
          hi = 1;
        } else if (lo === hi) {
          const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
          lo -= pad;
          hi += pad;
        } else {
          const pad = (hi - lo) * 0.05;
          lo -= pad;
          hi += pad;
        }
        y0 = lo;
        y1 = hi;
      }
      return x0 === x1 ? { x0: x0 - 1, x1: x1 + 1, y0, y1 } : { x0, x1, y0, y1 };
    }

    let current = domain();
    const sx = (x: number) => margin.left + ((x - current.x0) / (current.x1 - current.x0)) * plotW;
    const sy = (y: number) => margin.top + plotH - ((y - current.y0) / (current.y1 - current.y0)) * plotH;
    const invX = (px: number) => current.x0 + ((px - margin.left) / plotW) * (current.x1 - current.x0);
    const invY = (py: number) => current.y0 + ((margin.top + plotH - py) / plotH) * (current.y1 - current.y0);

    function render(): void {
      current = domain();
      const parts: SVGElement[] = [];
      parts.push(s('defs', null, s('clipPath', { id: `${id}-clip` }, s('rect', { x: margin.left, y: margin.top, width: plotW, height: plotH }))));
      // Grid and value axis.
      const yTicks = log
        ? logTicks(current.y0, current.y1).map((v) => ({ at: Math.log10(v), label: fmt.metric(v) }))
        : (() => {
            const { ticks, spacing } = niceTicks(current.y0, current.y1, 5);
            return ticks.map((v) => ({ at: v, label: fmt.tick(v, spacing) }));
          })();
      for (const t of yTicks) {
        const y = sy(t.at);
        if (y < margin.top - 0.5 || y > margin.top + plotH + 0.5) continue;
        parts.push(s('line', { class: 'grid', x1: margin.left, x2: margin.left + plotW, y1: y, y2: y }));
        parts.push(s('text', { class: 'tick', x: margin.left - 6, y: y + 4, 'text-anchor': 'end' }, t.label));
      }
      for (const { at, label } of stepTicks()) {
        const x = sx(at);
        parts.push(s('line', { class: 'grid', x1: x, x2: x, y1: margin.top, y2: margin.top + plotH }));
        // A long label at either end is kept inside the chart rather than centred under its tick.
        const half = (label.length * 6.5) / 2;
        const anchor = x + half > width ? 'end' : x - half < 0 ? 'start' : 'middle';
        const tx = anchor === 'end' ? width - 1 : anchor === 'start' ? 1 : x;
        parts.push(s('text', { class: 'tick', x: tx, y: margin.top + plotH + 16, 'text-anchor': anchor }, label));
      }
      parts.push(s('rect', { class: 'frame', x: margin.left, y: margin.top, width: plotW, height: plotH }));
      const axisName = xMode === 'step' ? 'step' : xMode === 'relative' ? 'time since the run started' : 'wall time';
      parts.push(s('text', { class: 'axis-label', x: margin.left + plotW, y: height - 2, 'text-anchor': 'end' }, axisName));
      // Series: the points in view plus one beyond each edge, so lines run to the frame; gaps where log hides a value.
      const lines = s('g', { 'clip-path': `url(#${id}-clip)` });
      const path = (t: ChartSeries): string => {
        const from = Math.max(0, lowerBound(t.steps, current.x0) - 1);
        const to = Math.min(t.steps.length, upperBound(t.steps, current.x1) + 1);
        let d = '';
        let pen = 'M';
        for (let k = from; k < to; k++) {
          const v = t.values[k]!;
          if (log && !(v > 0)) {
            pen = 'M';
            continue;
          }
          d += `${pen}${sx(t.steps[k]!).toFixed(1)} ${sy(tx(v)).toFixed(1)}`;
          pen = 'L';
        }
        return d;
      };
      // Smoothing draws the raw line faintly under the smoothed one.
      if (smoothing > 0) for (const { i } of visible()) if (raw[i]!.steps.length > 1) lines.append(s('path', { class: 'series raw', d: path(raw[i]!), stroke: raw[i]!.color, 'data-series': i }));
      for (const { t, i } of visible()) {
        const from = Math.max(0, lowerBound(t.steps, current.x0) - 1);
        const to = Math.min(t.steps.length, upperBound(t.steps, current.x1) + 1);
        let d = '';
        let pen = 'M';
        let drawn = 0;
        let lastX = 0;
        let lastY = 0;
        for (let k = from; k < to; k++) {
          const v = t.values[k]!;
          if (log && !(v > 0)) {
            pen = 'M';
            continue;
          }
          lastX = sx(t.steps[k]!);
          lastY = sy(tx(v));
          d += `${pen}${lastX.toFixed(1)} ${lastY.toFixed(1)}`;
          pen = 'L';
          drawn++;
        }
        if (drawn > 1) lines.append(s('path', { class: 'series', d, stroke: t.color, 'data-series': i }));
        else if (drawn === 1) lines.append(s('circle', { class: 'series-dot', cx: lastX, cy: lastY, r: 3.5, fill: t.color, 'data-series': i }));
      }
      parts.push(lines);
      if (visible().every(({ t }) => t.steps.length === 0)) {
        parts.push(s('text', { class: 'empty-plot', x: margin.left + plotW / 2, y: margin.top + plotH / 2, 'text-anchor': 'middle' }, 'No finite values to draw'));
      }
      parts.push(s('line', { class: 'crosshair', x1: 0, x2: 0, y1: margin.top, y2: margin.top + plotH, visibility: 'hidden' }));
      parts.push(s('rect', { class: 'chart-brush', x: 0, y: 0, width: 0, height: 0, visibility: 'hidden' }));
      parts.push(s('rect', { class: 'chart-overlay', x: margin.left, y: margin.top, width: plotW, height: plotH }));
      dom.clear(svg, parts);
      svg.setAttribute('data-x-domain', `${current.x0},${current.x1}`);
      resetButton.hidden = view === null;
      logButton.setAttribute('aria-pressed', String(log));
      renderNotes();
    }

    /** Ticks at round times: seconds, minutes, hours or days apart (in the reader's time zone for wall time). */
    function timeTicks(): { at: number; label: string }[] {
      const units = [1e3, 2e3, 5e3, 1e4, 15e3, 3e4, 6e4, 12e4, 3e5, 6e5, 9e5, 18e5, 36e5, 72e5, 108e5, 216e5, 432e5, 864e5, 1728e5, 6048e5];
      const span = current.x1 - current.x0;
      const fit = Math.max(2, Math.floor(plotW / 90));
      const spacing = units.find((u) => span / u <= fit) ?? Math.ceil(span / fit / 864e5) * 864e5;
      const zone = xMode === 'wall' ? new Date(current.x0).getTimezoneOffset() * 6e4 : 0;
      const out: { at: number; label: string }[] = [];
      for (let v = Math.ceil((current.x0 - zone) / spacing) * spacing + zone; v <= current.x1 && out.length < 50; v += spacing) {
        out.push({ at: v, label: xMode === 'wall' ? wallLabel(v, spacing) : durationLabel(v) });
      }
      return out;
    }

    function durationLabel(ms: number): string {
      const sign = ms < 0 ? '−' : '';
      let rest = Math.round(Math.abs(ms) / 1000);
      const d = Math.floor(rest / 86400);
      rest -= d * 86400;
      const hh = Math.floor(rest / 3600);
      rest -= hh * 3600;
      const mm = Math.floor(rest / 60);
      const ss = rest - mm * 60;
      const parts = d ? [`${d}d`, hh ? `${hh}h` : ''] : hh ? [`${hh}h`, mm ? `${mm}m` : ''] : mm ? [`${mm}m`, ss ? `${ss}s` : ''] : [`${ss}s`];
      return sign + parts.filter(Boolean).join(' ');
    }

    function wallLabel(ms: number, spacing: number): string {
      const full = fmt.date(ms); // YYYY-MM-DD HH:MM:SS
      if (spacing >= 864e5) return full.slice(5, 10);
      return spacing < 6e4 ? full.slice(11) : full.slice(11, 16);
    }

    function xLabel(x: number): string {
      return xMode === 'step' ? `step ${fmt.count(x)}` : xMode === 'relative' ? `+${durationLabel(x)}` : fmt.date(x);
    }

    /** Integer step ticks, as many as fit side by side (steps can be 13 digits long). */
    function stepTicks(): { at: number; label: string }[] {
      if (xMode !== 'step') return timeTicks();
      const label = (v: number) => (Math.abs(v) < 1e15 ? fmt.count(v) : fmt.tick(v, 1));
      let count = 6;
      for (;;) {
        const { ticks, spacing } = niceTicks(current.x0, current.x1, count);
        const kept = ticks.filter((v) => spacing >= 1 || Number.isInteger(v)).map((v) => ({ at: v, label: label(v) }));
        const widest = Math.max(1, ...kept.map((k) => k.label.length));
        const fit = Math.max(2, Math.floor(plotW / (widest * 6.5 + 16)));
        if (kept.length <= fit || count <= 2) return kept;
        count = Math.max(2, Math.min(count - 1, fit - 1));
      }
    }

    function renderNotes(): void {
      const shown = visible().map(({ t }) => t);
      const sum = (f: (t: ChartSeries) => number) => shown.reduce((a, t) => a + f(t), 0);
      const lines: string[] = [];
      const skipped = [
        [sum((t) => t.nan), 'NaN'],
        [sum((t) => t.posInf), '+∞'],
        [sum((t) => t.negInf), '−∞'],
      ].filter(([n]) => (n as number) > 0);
      if (skipped.length) lines.push(`Not plotted: ${skipped.map(([n, what]) => `${fmt.count(n as number)} ${what}`).join(', ')}`);
      if (log) {
        const nonPositive = sum((t) => {
          let n = 0;
          for (let i = 0; i < t.values.length; i++) if (!(t.values[i]! > 0)) n++;
          return n;
        });
        if (nonPositive > 0) lines.push(`${fmt.count(nonPositive)} value(s) ≤ 0 hidden on the log scale`);
      }
      const sampled = shown.filter((t) => t.sampled);
      if (sampled.length) {
        const keptPts = sampled.reduce((a, t) => a + t.steps.length, 0);
        const totalPts = sampled.reduce((a, t) => a + t.count - t.nan - t.posInf - t.negInf, 0);
        lines.push(`Downsampled for this report: ${fmt.count(keptPts)} of ${fmt.count(totalPts)} points drawn`);
      }
      dom.clear(notes, lines.map((text) => h('div', { class: 'chart-note' }, text)));
    }

    function renderLegend(): void {
      if (!legend) return;
      dom.clear(
        legend,
        series.map((t, i) =>
          h(
            'button',
            {
              type: 'button',
              class: `legend-item${hidden.has(i) ? ' off' : ''}`,
              'aria-pressed': String(!hidden.has(i)),
              title: hidden.has(i) ? 'Show this run' : 'Hide this run',
              onClick: () => {
                if (hidden.has(i)) hidden.delete(i);
                else hidden.add(i);
                renderLegend();
                render();
              },
            },
            swatch(t.color),
            t.label,
          ),
        ),
      );
    }

    function swatch(color: string): HTMLElement {
      const el = h('span', { class: 'swatch' });
      el.style.setProperty('background', color);
      return el;
    }

    // ---- interaction ----

    const toSvg = (event: MouseEvent) => {
      const rect = svg.getBoundingClientRect();
      return { x: ((event.clientX - rect.left) * width) / rect.width, y: ((event.clientY - rect.top) * height) / rect.height };
    };
    const inPlot = (p: { x: number; y: number }) =>
      p.x >= margin.left && p.x <= margin.left + plotW && p.y >= margin.top && p.y <= margin.top + plotH;
    const clampX = (x: number) => Math.max(margin.left, Math.min(margin.left + plotW, x));
    const clampY = (y: number) => Math.max(margin.top, Math.min(margin.top + plotH, y));
    let drag: { x: number; y: number } | null = null;

    function brushBox(p: { x: number; y: number }) {
      if (!drag) return null;
      const x = clampX(p.x);
      const y = clampY(p.y);
      const flat = Math.abs(y - drag.y) < 12; // a flat drag zooms steps only
      return {
        flat,
        x: Math.min(drag.x, x),
        w: Math.abs(x - drag.x),
        y: flat ? margin.top : Math.min(drag.y, y),
        h: flat ? plotH : Math.abs(y - drag.y),
      };
    }

    // While dragging, the document follows the pointer, so a release outside the chart still ends the drag.
    const onDragMove = (event: MouseEvent) => {
      const box = brushBox(toSvg(event));
      const brush = svg.querySelector('.chart-brush');
      if (!box || !brush) return;
      brush.setAttribute('x', String(box.x));
      brush.setAttribute('y', String(box.y));
      brush.setAttribute('width', String(box.w));
      brush.setAttribute('height', String(box.h));
      brush.setAttribute('visibility', 'visible');
    };
    const onDragEnd = (event: MouseEvent) => {
      dom.doc.removeEventListener('mousemove', onDragMove);
      dom.doc.removeEventListener('mouseup', onDragEnd);
      const box = brushBox(toSvg(event));
      drag = null;
      svg.querySelector('.chart-brush')?.setAttribute('visibility', 'hidden');
      if (!box || box.w < 5) return;
      const x0 = invX(box.x);
      const x1 = invX(box.x + box.w);
      view = box.flat ? { x0, x1, y0: null, y1: null } : { x0, x1, y0: invY(box.y + box.h), y1: invY(box.y) };
      render();
    };
    svg.addEventListener('mousedown', (event) => {
      const p = toSvg(event);
      if (event.button !== 0 || !inPlot(p)) return;
      event.preventDefault();
      drag = p;
      hideTooltip();
      dom.doc.addEventListener('mousemove', onDragMove);
      dom.doc.addEventListener('mouseup', onDragEnd);
    });

    svg.addEventListener('mousemove', (event) => {
      const p = toSvg(event);
      if (drag || !inPlot(p)) return hideTooltip();
      showTooltip(p);
    });
    svg.addEventListener('mouseleave', () => hideTooltip());
    svg.addEventListener('dblclick', () => resetZoom());
    svg.addEventListener(
      'wheel',
      (event) => {
        const p = toSvg(event);
        if (!inPlot(p)) return;
        if (!(event.ctrlKey || event.altKey || event.metaKey)) {
          flashHint();
          return;
        }
        event.preventDefault();
        const factor = event.deltaY > 0 ? 1.25 : 0.8;
        const c = invX(p.x);
        let x0 = c - (c - current.x0) * factor;
        let x1 = c + (current.x1 - c) * factor;
        if (x0 <= fullX0 && x1 >= fullX1) return resetZoom();
        x0 = Math.max(x0, Math.min(fullX0, current.x0));
        x1 = Math.min(x1, Math.max(fullX1, current.x1));
        view = { x0, x1, y0: null, y1: null };
        render();
      },
      { passive: false },
    );
    resetButton.addEventListener('click', () => resetZoom());
    xSelect.addEventListener('change', () => {
      xMode = xSelect.value as XMode;
      view = null;
      derive();
      render();
    });
    smoothSelect.addEventListener('change', () => {
      smoothing = Number(smoothSelect.value);
      derive();
      render();
    });
    logButton.addEventListener('click', () => {
      log = !log;
      if (view) view = { ...view, y0: null, y1: null };
      render();
    });

    function resetZoom(): void {
      if (view === null) return;
      view = null;
      render();
    }

    let hintTimer = 0;
    function flashHint(): void {
      hint.hidden = false;
      dom.win.clearTimeout(hintTimer);
      hintTimer = dom.win.setTimeout(() => {
        hint.hidden = true;
      }, 1200);
    }

    function hideTooltip(): void {
      tooltip.hidden = true;
      svg.querySelector('.crosshair')?.setAttribute('visibility', 'hidden');
    }

    function showTooltip(p: { x: number; y: number }): void {
      const x = invX(p.x);
      const rows: { label: string; color: string; step: number; value: number }[] = [];
      let nearest: number | null = null;
      for (const { t } of visible()) {
        if (t.steps.length === 0) continue;
        const i = lowerBound(t.steps, x);
        const k = i === 0 ? 0 : i >= t.steps.length ? t.steps.length - 1 : x - t.steps[i - 1]! <= t.steps[i]! - x ? i - 1 : i;
        const step = t.steps[k]!;
        if (step < current.x0 || step > current.x1) continue;
        rows.push({ label: t.label, color: t.color, step, value: t.values[k]! });
        if (nearest === null || Math.abs(step - x) < Math.abs(nearest - x)) nearest = step;
      }
      if (nearest === null) return hideTooltip();
      const cross = svg.querySelector('.crosshair');
      cross?.setAttribute('x1', String(sx(nearest)));
      cross?.setAttribute('x2', String(sx(nearest)));
      cross?.setAttribute('visibility', 'visible');
      const shown = rows.slice(0, 12);
      dom.clear(
        tooltip,
        h('div', { class: 'tooltip-head' }, xLabel(nearest)),
        shown.map((r) =>
          h('div', { class: 'tooltip-row' }, swatch(r.color), h('span', { class: 'tooltip-label' }, r.label), h('span', { class: 'tooltip-value' }, r.step === nearest ? fmt.metric(r.value) : `${fmt.metric(r.value)} @${xMode === 'step' ? r.step : xLabel(r.step)}`)),
        ),
        rows.length > shown.length ? h('div', { class: 'tooltip-more' }, `+${rows.length - shown.length} more`) : null,
      );
      tooltip.hidden = false;
      const rect = svg.getBoundingClientRect();
      const px = (p.x / width) * rect.width;
      const left = px > rect.width * 0.6 ? px - tooltip.getBoundingClientRect().width - 12 : px + 12;
      tooltip.style.setProperty('left', `${Math.max(0, left)}px`);
      tooltip.style.setProperty('top', `${(margin.top / height) * rect.height + 4}px`);
    }

    const resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w < 200 || w === width) return;
      width = w;
      plotW = width - margin.left - margin.right;
      svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
      render();
    });
    resize.observe(body);

    renderLegend();
    render();
    return card;
  }

  /** Exponential moving average with weight `w` on the past, debiased at the start (as TensorBoard smooths). */
  function smooth(values: ArrayLike<number>, w: number): Float64Array {
    const out = new Float64Array(values.length);
    let last = 0;
    for (let i = 0; i < values.length; i++) {
      last = last * w + (1 - w) * values[i]!;
      out[i] = last / (1 - w ** (i + 1));
    }
    return out;
  }

  return { lineChart, colorAt, palette, niceTicks };
}
