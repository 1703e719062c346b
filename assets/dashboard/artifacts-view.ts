// A run's artifacts: the tree with sizes, and a viewer for the text files the report carries (logs, summaries,
// configs), shown as text nodes, so markup in a log stays text. Each file has its own route, so a link to a log can
// be shared.

import type { ArtifactData, RunData } from '../../shared/report/dashboard/payload-types.js';
import type { Dom, Format, Widgets } from './kit.js';

interface TreeNode {
  name: string;
  entry: ArtifactData | null;
  children: TreeNode[];
}

export function createArtifactsView(dom: Dom, fmt: Format, ui: Widgets) {
  const { h } = dom;
  /** Trees with more entries than this start with only the top level open. */
  const openAllUpTo = 60;

  function buildTree(entries: ArtifactData[]): TreeNode {
    const root: TreeNode = { name: '', entry: null, children: [] };
    const dirs = new Map<string, TreeNode>([['', root]]);
    for (const entry of entries) {
      const cut = entry.path.lastIndexOf('/');
      const parentPath = cut < 0 ? '' : entry.path.slice(0, cut);
      let parent = dirs.get(parentPath);
      if (!parent) {
        // A listing always names a directory before its contents; a reader that did not still gets a tree.
        parent = { name: parentPath, entry: { path: parentPath, dir: true, size: null }, children: [] };
        dirs.set(parentPath, parent);
        root.children.push(parent);
      }
      const node: TreeNode = { name: entry.path.slice(cut + 1), entry, children: [] };
      parent.children.push(node);
      if (entry.dir) dirs.set(entry.path, node);
    }
    return root;
  }

  function dirSize(node: TreeNode): number {
    return node.children.reduce((sum, c) => sum + (c.entry?.dir ? dirSize(c) : (c.entry?.size ?? 0)), 0);
  }

  function render(run: RunData, selected: string | null): HTMLElement {
    if (run.artifacts.length === 0) return ui.card(null, ui.empty('This run has no artifacts.'));
    const openAll = run.artifacts.length <= openAllUpTo;
    const drawNode = (node: TreeNode, depth: number): HTMLElement => {
      const entry = node.entry!;
      if (entry.dir) {
        const open = openAll || depth === 0 || (selected !== null && selected.startsWith(`${entry.path}/`));
        return h(
          'li',
          { class: 'tree-dir' },
          h(
            'details',
            { open },
            h('summary', null, h('span', { class: 'tree-icon' }, '▸'), h('span', { class: 'tree-name' }, node.name), h('span', { class: 'size' }, fmt.bytes(dirSize(node)))),
            h('ul', null, node.children.map((c) => drawNode(c, depth + 1))),
          ),
        );
      }
      const kind = entry.text !== undefined ? 'text' : entry.image ? 'image' : 'other';
      return h(
        'li',
        { class: `tree-file${entry.path === selected ? ' selected' : ''}`, 'data-kind': kind },
        h('a', { href: dom.routeHref('run', run.id, 'artifacts', ...entry.path.split('/')), title: entry.path }, h('span', { class: 'tree-name' }, node.name)),
        h('span', { class: 'size' }, fmt.bytes(entry.size)),
      );
    };
    const tree = buildTree(run.artifacts);
    const entry = selected === null ? undefined : run.artifacts.find((a) => a.path === selected && !a.dir);
    const total = run.artifacts.reduce((sum, a) => sum + (a.size ?? 0), 0);
    return h(
      'div',
      { class: 'artifacts' },
      h(
        'div',
        { class: 'artifact-tree card' },
        h('div', { class: 'tree-head muted' }, `${fmt.count(run.artifacts.filter((a) => !a.dir).length)} files · ${fmt.bytes(total)}`),
        h('ul', { class: 'tree' }, tree.children.map((c) => drawNode(c, 0))),
      ),
      h('div', { class: 'artifact-viewer card' }, viewer(entry, selected)),
    );
  }

  function viewer(entry: ArtifactData | undefined, selected: string | null): HTMLElement | HTMLElement[] {
    if (selected === null) return ui.empty('Select a file to see it here. Text files (logs, summaries, configs) are shown in full up to the report’s size limit.');
    if (!entry) return ui.empty(`No file ${selected} among this run's artifacts.`);
    const head = h('div', { class: 'viewer-head' }, h('span', { class: 'viewer-path mono' }, entry.path), h('span', { class: 'size' }, fmt.bytes(entry.size)));
    if (entry.image) {
      // A data: URI in an <img>: an SVG's scripts never run there, and the page's CSP allows img-src data: only.
      const img = h('img', { class: 'artifact-image', alt: entry.path, src: `data:${entry.image.mime};base64,${entry.image.base64}` });
      return [head, h('div', { class: 'image-view' }, img)];
    }
    if (entry.text === undefined) {
      return [head, ui.empty(entry.omitted ? `Not included in this report: ${entry.omitted}.` : 'Not included in this report.')];
    }
    if (entry.text === '') return [head, ui.empty('(empty file)')];
    const lines = entry.text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const gutter = h('pre', { class: 'gutter', 'aria-hidden': 'true' }, lines.map((_, i) => String(i + 1)).join('\n'));
    const code = h('pre', { class: 'code' }, entry.text);
    const body = h('div', { class: 'code-view' }, gutter, code);
    const wrap = h('input', { type: 'checkbox', class: 'wrap-toggle' });
    wrap.addEventListener('change', () => body.classList.toggle('wrapped', wrap.checked));
    head.append(h('span', { class: 'muted' }, `${fmt.count(lines.length)} lines`), h('label', { class: 'check' }, wrap, ' Wrap lines'));
    return [
      head,
      entry.truncated ? h('p', { class: 'notice' }, `Cut for this report: the first ${fmt.count(lines.length)} lines of a ${fmt.bytes(entry.size)} file.`) : null,
      body,
    ].filter((x) => x !== null);
  }

  return { render };
}
