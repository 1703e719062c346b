// Small pieces the pages share: status badges, cards, key/value tables that cope with long and multi-line values,
// tab bars and empty states.

import type { RunData } from '../../shared/report/dashboard/payload-types.js';
import type { Dom, Format, Index } from './kit.js';

export function createWidgets(dom: Dom, fmt: Format, index: Index) {
  const { h, link } = dom;
  /** Values longer than this (or with more lines) start folded. */
  const foldChars = 240;
  const foldLines = 4;

  function statusBadge(status: string): HTMLElement {
    return h('span', { class: `badge status-${status.toLowerCase()}`, title: `Status: ${status}` }, status.charAt(0) + status.slice(1).toLowerCase());
  }

  function deletedBadge(): HTMLElement {
    return h('span', { class: 'badge deleted', title: 'Lifecycle stage: deleted' }, 'Deleted');
  }

  function card(title: string | null, ...children: (HTMLElement | string | null)[]): HTMLElement {
    return h('section', { class: 'card' }, title === null ? null : h('h2', { class: 'card-title' }, title), ...children);
  }

  function empty(text: string): HTMLElement {
    return h('p', { class: 'empty' }, text);
  }

  /** A value shown whole when short; folded to its first lines with a toggle when long; line breaks kept. */
  function longValue(value: string): HTMLElement {
    if (value === '') return h('span', { class: 'muted' }, '(empty)');
    const lines = value.split('\n');
    if (value.length <= foldChars && lines.length <= foldLines) return h('span', { class: 'value' }, value);
    const head = lines.slice(0, foldLines).join('\n');
    const short = head.length > foldChars ? `${head.slice(0, foldChars)}…` : `${head}\n…`;
    const text = h('span', { class: 'value' }, short);
    let open = false;
    const toggle = h('button', { type: 'button', class: 'link-button fold-toggle' }, `Show all (${fmt.count(value.length)} characters)`);
    toggle.addEventListener('click', () => {
      open = !open;
      text.textContent = open ? value : short;
      toggle.textContent = open ? 'Show less' : `Show all (${fmt.count(value.length)} characters)`;
    });
    return h('span', { class: 'long-value' }, text, toggle);
  }

  /** A two-column table of pairs with an optional filter box (for params and tags). */
  function pairsTable(pairs: [string, string][], options: { emptyText: string; filter?: boolean; keyLabel?: string }): HTMLElement {
    if (pairs.length === 0) return empty(options.emptyText);
    const sorted = [...pairs].sort((a, b) => index.byCodePoint(a[0], b[0]));
    const body = h('tbody');
    const draw = (needle: string) => {
      const rows = sorted.filter(([k, v]) => needle === '' || k.toLowerCase().includes(needle) || v.toLowerCase().includes(needle));
      dom.clear(
        body,
        rows.length === 0
          ? h('tr', null, h('td', { colspan: 2, class: 'muted' }, 'Nothing matches the filter'))
          : rows.map(([k, v]) => h('tr', null, h('th', { scope: 'row', class: 'key' }, k), h('td', null, longValue(v)))),
      );
    };
    draw('');
    const table = h('table', { class: 'pairs' }, h('thead', null, h('tr', null, h('th', null, options.keyLabel ?? 'Name'), h('th', null, 'Value'))), body);
    if (!options.filter || pairs.length < 8) return table;
    const input = h('input', { type: 'search', class: 'filter', placeholder: 'Filter', 'aria-label': 'Filter by name or value' });
    input.addEventListener('input', dom.debounce(() => draw(input.value.trim().toLowerCase()), 120));
    return h('div', null, input, table);
  }

  /** A tab bar of route links; `active` is the index of the current tab. */
  function tabs(items: { label: string; href: string; count?: number }[], active: number): HTMLElement {
    return h(
      'nav',
      { class: 'tabs', 'aria-label': 'Sections' },
      items.map((item, i) =>
        h('a', { href: item.href, class: i === active ? 'tab active' : 'tab', 'aria-current': i === active ? 'page' : null }, item.label, item.count === undefined ? null : h('span', { class: 'count' }, fmt.count(item.count))),
      ),
    );
  }

  /** A run's name as a link to its page, with a hint of its id. */
  function runLink(run: RunData): HTMLElement {
    return link(['run', run.id], { class: 'run-link', title: `Run ${run.id}` }, run.name || run.id.slice(0, 8));
  }

  function stat(label: string, value: string | HTMLElement, hint?: string): HTMLElement {
    return h('div', { class: 'stat', title: hint ?? null }, h('div', { class: 'stat-value' }, value), h('div', { class: 'stat-label' }, label));
  }

  return { statusBadge, deletedBadge, card, empty, longValue, pairsTable, tabs, runLink, stat };
}
