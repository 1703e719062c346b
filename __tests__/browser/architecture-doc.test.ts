// docs/ARCHITECTURE.md draws each pipeline in Mermaid: every block must render as GitHub renders it.
import { readFileSync } from 'node:fs';
import { chromiumPath, mermaidBlocks, renderMermaidCharts } from '../harness/mermaid-check.js';

const browser = chromiumPath() ? describe : describe.skip;

browser('docs/ARCHITECTURE.md', () => {
  test('every Mermaid picture renders, one per pipeline', async () => {
    const blocks = mermaidBlocks(readFileSync('docs/ARCHITECTURE.md', 'utf8'));
    expect(blocks).toHaveLength(4);
    const { charts, pageErrors } = await renderMermaidCharts(blocks);
    expect(charts.map((c) => ({ ok: c.ok, error: c.error }))).toEqual(blocks.map(() => ({ ok: true, error: undefined })));
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
