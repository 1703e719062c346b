// Renders Mermaid charts with the real `mermaid` library in headless Chromium, as GitHub's viewer does, to prove that
// what the reports emit parses and draws. Test tooling: it needs playwright-core and a Chromium, which the action
// bundles never load. The page is blank and every request is refused, so nothing leaves the machine; the requests
// tried are reported, and a chart that needed one would fail.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const defaultChromium = '/usr/bin/chromium';

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface RenderedChart {
  source: string;
  ok: boolean;
  /** Mermaid's parse or render error. */
  error?: string;
  /** Line series drawn (`<g class="line-plot-N">` groups with a path). */
  lines: number;
  /** Stroke colour of each line, in order. */
  lineColors: string[];
  /** Line paths whose coordinates are not all numbers (NaN, Infinity). */
  badPaths: number;
  /** The chart title as drawn. */
  title: string;
}

export interface ChartCheck {
  charts: RenderedChart[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  /** Requests the page tried (all refused). */
  requests: string[];
}

/** The ```mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? defaultChromium;
  return existsSync(path) ? path : undefined;
}

export async function renderMermaidCharts(sources: string[], options: { executablePath?: string } = {}): Promise<ChartCheck> {
  const executablePath = options.executablePath ?? chromiumPath();
  if (!executablePath) throw new Error(`no Chromium at ${defaultChromium} (set CHROMIUM_PATH)`);
  const script = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: launchArgs });
  const pageErrors: string[] = [];
  const requests: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
    await page.addScriptTag({ content: script });
    const charts = await page.evaluate(async (texts: string[]) => {
      const { mermaid: m, document } = globalThis as unknown as { mermaid: MermaidApi; document: PageDocument };
      m.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const out: RenderedChart[] = [];
      for (let i = 0; i < texts.length; i++) {
        const source = texts[i]!;
        try {
          await m.parse(source);
          const { svg } = await m.render(`chart${i}`, source);
          const holder = document.getElementById('out')!;
          holder.innerHTML = svg;
          const paths = [...holder.querySelectorAll('g[class^="line-plot-"] path')];
          const bad = paths.filter((p) => /NaN|Infinity|undefined/.test(p.getAttribute('d') ?? 'NaN'));
          out.push({
            source,
            ok: true,
            lines: paths.length,
            lineColors: paths.map((p) => (p.getAttribute('stroke') ?? '').toLowerCase()),
            badPaths: bad.length,
            title: holder.querySelector('g.chart-title text')?.textContent ?? '',
          });
        } catch (error) {
          out.push({ source, ok: false, error: String((error as Error)?.message ?? error), lines: 0, lineColors: [], badPaths: 0, title: '' });
        }
      }
      return out;
    }, sources);
    return { charts, pageErrors, requests };
  } finally {
    await browser.close();
  }
}

/** The little of the browser's DOM used here (the project compiles without the DOM library). */
interface PageElement {
  innerHTML: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}

interface PageDocument {
  getElementById(id: string): PageElement | null;
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}
