// The dashboard's stylesheet: GitHub's look (Primer colours and system fonts), light and dark by the reader's setting.
// Plain CSS in a string: the page inlines it, and the Content-Security-Policy admits it by hash.

export const DASHBOARD_CSS = `
:root {
  --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --border-soft: #e6eaef; --bg: #ffffff; --canvas: #f6f8fa;
  --accent: #0969da; --accent-soft: #ddf4ff; --ok: #1a7f37; --ok-soft: #dafbe1; --bad: #d1242f; --bad-soft: #ffebe9;
  --warn: #9a6700; --warn-soft: #fff8c5; --run: #0969da; --sched: #8250df; --sched-soft: #fbefff; --killed: #6e7781;
  --diff: #fff8c5; --grid: #eaeef2; --shadow: 0 1px 0 rgba(31,35,40,0.04);
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --border-soft: #2a3038; --bg: #0d1117; --canvas: #151b23;
    --accent: #4493f8; --accent-soft: #15294a; --ok: #3fb950; --ok-soft: #12301d; --bad: #f85149; --bad-soft: #3b1618;
    --warn: #d29922; --warn-soft: #332a12; --run: #4493f8; --sched: #ab7df8; --sched-soft: #2b1f45; --killed: #9198a1;
    --diff: #3a3212; --grid: #262c36; --shadow: none;
  }
}
* { box-sizing: border-box; }
html { color-scheme: light dark; }
body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"; color: var(--fg); background: var(--canvas); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
h1 { font-size: 24px; font-weight: 600; margin: 0 0 4px; display: flex; align-items: center; gap: 10px; flex-wrap: wrap; overflow-wrap: anywhere; }
h2 { font-size: 16px; font-weight: 600; margin: 0 0 12px; }
.mono, code, pre { font-family: var(--mono); font-size: 12px; }
.muted { color: var(--muted); }
.small { font-size: 12px; }
.warn { color: var(--bad); }
.nowrap { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.noscript { padding: 24px; }
[hidden] { display: none !important; }

.topbar { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #1f2328; color: #f0f6fc; position: sticky; top: 0; z-index: 5; }
.topbar a { color: #f0f6fc; }
.brand { font-weight: 600; font-size: 16px; white-space: nowrap; }
.crumbs { display: flex; gap: 8px; align-items: center; min-width: 0; flex-wrap: wrap; color: #9198a1; }
.crumbs a { color: #d1d9e0; }
.crumbs [aria-current] { color: #f0f6fc; font-weight: 600; overflow-wrap: anywhere; }
.crumbs .sep { color: #59636e; }
main { max-width: 1360px; margin: 0 auto; padding: 24px; }
.footer { max-width: 1360px; margin: 0 auto; padding: 8px 24px 32px; font-size: 12px; }
.page-head { margin-bottom: 16px; }
.page-head .sub { color: var(--muted); font-size: 13px; }

.card { background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 16px; margin-bottom: 16px; box-shadow: var(--shadow); min-width: 0; }
.card-title { font-size: 15px; }
.two-col { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; }
.two-col > .card { margin-bottom: 0; }
.two-col { margin-bottom: 16px; }
@media (max-width: 900px) { .two-col { grid-template-columns: 1fr; } }
.empty { color: var(--muted); margin: 8px 0; }
.notice { background: var(--warn-soft); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; margin: 0 0 12px; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--bg); border-left: 3px solid var(--border); padding: 4px 12px; margin-bottom: 16px; color: var(--fg); }
.card .note { margin-bottom: 0; }

.badge { display: inline-block; font-size: 12px; font-weight: 500; line-height: 18px; padding: 0 8px; border-radius: 2em; border: 1px solid transparent; white-space: nowrap; vertical-align: middle; }
.status-finished { color: var(--ok); background: var(--ok-soft); border-color: color-mix(in srgb, var(--ok) 30%, transparent); }
.status-failed { color: var(--bad); background: var(--bad-soft); border-color: color-mix(in srgb, var(--bad) 30%, transparent); }
.status-running { color: var(--run); background: var(--accent-soft); border-color: color-mix(in srgb, var(--run) 30%, transparent); }
.status-scheduled { color: var(--sched); background: var(--sched-soft); border-color: color-mix(in srgb, var(--sched) 30%, transparent); }
.status-killed { color: var(--killed); background: var(--canvas); border-color: var(--border); }
.badge.deleted { color: var(--muted); background: var(--canvas); border-color: var(--border); text-decoration: line-through; }
.badge.context { color: var(--accent); background: var(--accent-soft); margin-left: 8px; }
h1 .badge { font-size: 12px; }

.stats { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0 16px; }
.stat { background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 10px 16px; min-width: 140px; }
.stat-value { font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.stat-label { color: var(--muted); font-size: 12px; }

.toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 0 0 12px; }
.toolbar .spacer { flex: 1; }
.toolbar .hint { font-size: 12px; }
input[type=search], select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 5px 10px; }
input[type=search] { min-width: 280px; }
.filter { margin-bottom: 8px; }
.toolbar .filter { margin-bottom: 0; }
input[type=search]:focus, select:focus, button:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: -1px; }
.button, button.button { display: inline-flex; align-items: center; gap: 6px; font: inherit; font-size: 13px; font-weight: 500; color: var(--fg); background: var(--canvas); border: 1px solid var(--border); border-radius: 6px; padding: 4px 12px; cursor: pointer; white-space: nowrap; user-select: none; }
.button:hover { background: var(--border-soft); text-decoration: none; }
.button.primary { color: #fff; background: #1f883d; border-color: rgba(31,35,40,0.15); }
.button.primary:hover { background: #1c8139; }
.button.disabled, button:disabled { opacity: 0.55; cursor: default; pointer-events: none; }
.link-button { font: inherit; font-size: 12px; color: var(--accent); background: none; border: 0; padding: 0; cursor: pointer; }
label.check { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; cursor: pointer; }
.column-chooser { position: relative; }
.column-chooser > summary { list-style: none; }
.column-chooser > summary::-webkit-details-marker { display: none; }
.column-chooser .menu { position: absolute; z-index: 4; top: 34px; left: 0; background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; box-shadow: 0 8px 24px rgba(66,74,83,0.2); max-height: 360px; overflow: auto; min-width: 260px; }
.column-chooser fieldset { border: 0; margin: 0 0 8px; padding: 0; display: flex; flex-direction: column; }
.column-chooser legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.column-chooser .menu > label.check { display: flex; }

.exp-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; margin-bottom: 24px; }
.exp-card { background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 16px; display: flex; flex-direction: column; gap: 6px; box-shadow: var(--shadow); }
.exp-card:hover { border-color: var(--accent); }
.exp-card.is-deleted { opacity: 0.75; border-style: dashed; }
.exp-card-head { display: flex; align-items: center; gap: 8px; }
.exp-name { font-size: 16px; font-weight: 600; overflow-wrap: anywhere; }
.exp-id { color: var(--muted); font-size: 11px; }
.exp-note { margin: 0; color: var(--muted); font-size: 13px; white-space: pre-wrap; overflow-wrap: anywhere; }
.exp-facts { margin: 4px 0; display: grid; gap: 2px; }
.exp-facts > div { display: grid; grid-template-columns: 76px 1fr; gap: 8px; }
.exp-facts dt { color: var(--muted); }
.exp-facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.best strong { font-variant-numeric: tabular-nums; }
.outcome-bar { display: flex; height: 6px; border-radius: 3px; overflow: hidden; background: var(--border-soft); margin-top: auto; gap: 1px; }
.outcome-bar .seg { display: block; flex-basis: 0; }
.seg.status-finished { background: var(--ok); }
.seg.status-failed { background: var(--bad); }
.seg.status-running { background: var(--run); }
.seg.status-scheduled { background: var(--sched); }
.seg.status-killed { background: var(--killed); }

table.data, table.pairs { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 13px; }
table.data th, table.data td, table.pairs th, table.pairs td { padding: 6px 10px; border-bottom: 1px solid var(--border-soft); text-align: left; vertical-align: top; }
table.data thead th, table.pairs thead th { background: var(--canvas); color: var(--muted); font-weight: 600; font-size: 12px; border-bottom: 1px solid var(--border); position: sticky; top: 0; }
table.data td.num, table.data th.num { text-align: right; }
table.data tbody tr:hover td { background: color-mix(in srgb, var(--accent-soft) 45%, transparent); }
table.pairs th.key, table.data th.key { font-family: var(--mono); font-size: 12px; font-weight: 500; color: var(--fg); white-space: nowrap; width: 1%; max-width: 320px; overflow: hidden; text-overflow: ellipsis; }
table.pairs td { overflow-wrap: anywhere; }
.value { white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--mono); font-size: 12px; }
.long-value { display: flex; flex-direction: column; align-items: flex-start; gap: 2px; }
.table-scroll { overflow: auto; max-width: 100%; border: 1px solid var(--border); border-radius: 6px; background: var(--bg); }
.table-scroll table.data tbody tr:last-child td { border-bottom: 0; }
.table-host { margin-bottom: 16px; }
.count-line { font-size: 12px; margin: -4px 0 8px; }
.runs-table { min-width: 100%; width: max-content; }
.runs-table .group-row th { background: var(--bg); border-bottom: 0; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; padding-bottom: 0; }
.runs-table .group-row th.group-metric { color: var(--accent); border-top: 2px solid var(--accent); }
.runs-table .group-row th.group-param { color: var(--sched); border-top: 2px solid var(--sched); }
.runs-table thead tr:last-child th { top: 0; }
.runs-table th.sortable { padding: 0; }
.sort-button { font: inherit; color: inherit; background: none; border: 0; padding: 6px 10px; width: 100%; text-align: inherit; cursor: pointer; display: flex; gap: 4px; align-items: center; white-space: nowrap; }
th.num .sort-button { justify-content: flex-end; }
th[aria-sort=ascending], th[aria-sort=descending] { color: var(--fg) !important; }
.sort-mark { font-size: 10px; color: var(--accent); }
.select-col { width: 32px; padding-right: 0 !important; }
.name-cell { white-space: nowrap; }
.tree-toggle { font: inherit; width: 20px; background: none; border: 0; color: var(--muted); cursor: pointer; padding: 0; }
.tree-spacer { display: inline-block; width: 20px; }
.child-count { display: inline-block; margin-left: 6px; font-size: 11px; color: var(--muted); background: var(--canvas); border: 1px solid var(--border); border-radius: 2em; padding: 0 6px; }
tr.child .name-cell { border-left: 0; }
tr.context td { opacity: 0.55; }
.run-link { font-weight: 500; overflow-wrap: anywhere; }
.show-more { margin-top: 8px; }
.top-chart .chart { border: 0; padding: 0; margin: 0; }
.tags-details { margin-bottom: 16px; }
.tags-details > summary, .system-tags > summary { cursor: pointer; color: var(--muted); margin-bottom: 8px; }

.tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--border); margin-bottom: 16px; }
.tab { padding: 8px 14px; color: var(--fg); border-bottom: 2px solid transparent; margin-bottom: -1px; display: inline-flex; gap: 6px; align-items: center; }
.tab:hover { text-decoration: none; border-bottom-color: var(--border); }
.tab.active { font-weight: 600; border-bottom-color: #fd8c73; }
.tab .count { font-size: 12px; background: var(--border-soft); border-radius: 2em; padding: 0 7px; color: var(--fg); }
dl.facts { margin: 0; display: grid; gap: 0; }
dl.facts > div { display: grid; grid-template-columns: 120px minmax(0, 1fr); gap: 12px; padding: 5px 0; border-bottom: 1px solid var(--border-soft); }
dl.facts > div:last-child { border-bottom: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
dl.facts.compact > div { padding: 2px 0; border: 0; grid-template-columns: 100px minmax(0, 1fr); }
.child-links { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.dataset { border: 1px solid var(--border-soft); border-radius: 6px; padding: 10px 12px; margin-bottom: 8px; }
.dataset-head { margin-bottom: 4px; }
.dataset details summary { cursor: pointer; color: var(--accent); font-size: 13px; }
pre.code.small { max-height: 240px; overflow: auto; background: var(--canvas); padding: 8px; border-radius: 6px; margin: 4px 0; }

.chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 16px; }
.chart { margin: 0; background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 10px 12px 8px; min-width: 0; }
.card .chart { border-color: var(--border-soft); }
.chart-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 4px; }
.chart-title { font-family: var(--mono); font-size: 12px; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chart-tools { display: flex; gap: 4px; }
.chart-tools button, .chart-tools select { font: inherit; font-size: 11px; color: var(--muted); background: var(--canvas); border: 1px solid var(--border); border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.chart-tools button[aria-pressed=true] { color: var(--accent); border-color: var(--accent); background: var(--accent-soft); }
.chart-body { position: relative; }
.chart-svg, .pc-svg { display: block; width: 100%; height: auto; user-select: none; }
.chart-svg .grid { stroke: var(--grid); stroke-width: 1; }
.chart-svg .frame { fill: none; stroke: var(--border); }
.chart-svg .tick, .pc-svg .tick { fill: var(--muted); font-size: 10.5px; font-family: var(--mono); }
.chart-svg .empty-plot { fill: var(--muted); font-size: 13px; }
.chart-svg .axis-label { fill: var(--muted); font-size: 10.5px; }
.chart-svg .series { fill: none; stroke-width: 1.6; stroke-linejoin: round; stroke-linecap: round; }
.chart-svg .series.raw { stroke-width: 1; opacity: 0.25; }
.chart-svg .crosshair { stroke: var(--muted); stroke-dasharray: 3 3; }
.chart-svg .chart-brush { fill: color-mix(in srgb, var(--accent) 14%, transparent); stroke: var(--accent); stroke-width: 1; }
.chart-svg .chart-overlay { fill: transparent; cursor: crosshair; }
.chart-notes { min-height: 4px; }
.chart-note { font-size: 12px; color: var(--muted); }
.chart-hint { position: absolute; left: 50%; top: 40%; transform: translateX(-50%); background: rgba(31,35,40,0.85); color: #fff; font-size: 12px; padding: 4px 10px; border-radius: 6px; pointer-events: none; }
.chart-tooltip { position: absolute; z-index: 3; pointer-events: none; background: var(--bg); border: 1px solid var(--border); border-radius: 6px; box-shadow: 0 8px 24px rgba(66,74,83,0.2); padding: 6px 8px; font-size: 12px; min-width: 140px; max-width: 320px; }
.tooltip-head { font-weight: 600; margin-bottom: 2px; }
.tooltip-row { display: flex; align-items: center; gap: 6px; }
.tooltip-label { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tooltip-value { font-family: var(--mono); font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; flex: none; margin-right: 4px; vertical-align: baseline; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 2px 10px; margin-top: 4px; }
.legend-item { font: inherit; font-size: 12px; color: var(--fg); background: none; border: 0; padding: 0; cursor: pointer; display: inline-flex; align-items: center; }
.legend-item.off { color: var(--muted); text-decoration: line-through; }
.legend-item.off .swatch { opacity: 0.3; }

.pc { position: relative; }
.pc-scroll { overflow-x: auto; }
.pc-svg { width: auto; max-width: none; }
.pc-line { fill: none; stroke-width: 2; stroke-opacity: 0.85; cursor: pointer; }
.pc-lines.hovering .pc-line { stroke-opacity: 0.25; }
.pc-lines .pc-line.hover { stroke-opacity: 1; stroke-width: 3.5; }
.pc-line.filtered-out { stroke: var(--border) !important; stroke-opacity: 0.35; }
.pc-axis-line { stroke: var(--fg); stroke-width: 1.2; }
.pc-tick { stroke: var(--fg); }
.pc-axis-title { fill: var(--fg); font-size: 12px; font-weight: 600; font-family: var(--mono); }
.pc-axis-kind { fill: var(--muted); font-size: 10px; }
.pc-band { fill: transparent; cursor: ns-resize; }
.pc-brush { fill: color-mix(in srgb, var(--accent) 25%, transparent); stroke: var(--accent); }
.pc-colorbar { stroke: var(--border); }
tr.differs th, tr.differs td { background: var(--diff); }
.diff-table td { min-width: 140px; }
td.best { font-weight: 700; color: var(--ok); }

.artifacts { display: grid; grid-template-columns: minmax(240px, 320px) minmax(0, 1fr); gap: 16px; align-items: start; }
@media (max-width: 900px) { .artifacts { grid-template-columns: 1fr; } }
.artifacts .card { margin-bottom: 0; }
.tree-head { font-size: 12px; margin-bottom: 8px; }
ul.tree, ul.tree ul { list-style: none; margin: 0; padding: 0; }
ul.tree ul { padding-left: 16px; }
ul.tree li { margin: 0; }
.tree-file, .tree-dir summary { display: flex; gap: 8px; align-items: baseline; padding: 2px 6px; border-radius: 4px; }
.tree-file a { flex: 1; min-width: 0; overflow-wrap: anywhere; color: var(--fg); }
.tree-file[data-kind=text] a { color: var(--accent); }
.tree-file.selected { background: var(--accent-soft); }
.tree-dir summary { cursor: pointer; list-style: none; }
.tree-dir summary::-webkit-details-marker { display: none; }
.tree-dir .tree-name { flex: 1; font-weight: 500; }
.tree-icon { color: var(--muted); font-size: 10px; display: inline-block; transition: transform .1s; }
.tree-dir > details[open] > summary .tree-icon { transform: rotate(90deg); }
.size { color: var(--muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.viewer-head { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; padding-bottom: 8px; border-bottom: 1px solid var(--border-soft); margin-bottom: 8px; }
.viewer-path { font-weight: 600; overflow-wrap: anywhere; }
.viewer-head label.check { margin-left: auto; font-size: 12px; }
.image-view { background: var(--canvas); border-radius: 6px; padding: 8px; text-align: center; overflow: auto; max-height: 80vh; }
.image-view img { max-width: 100%; height: auto; background: #fff; }
.code-view { display: flex; max-height: 70vh; overflow: auto; background: var(--canvas); border-radius: 6px; font-size: 12px; }
.code-view pre { margin: 0; padding: 8px 10px; line-height: 1.5; }
.code-view .gutter { color: var(--muted); text-align: right; user-select: none; border-right: 1px solid var(--border); flex: none; }
.code-view .code { flex: 1; white-space: pre; }
.code-view.wrapped .gutter { display: none; }
.code-view.wrapped .code { white-space: pre-wrap; overflow-wrap: anywhere; }
`;
