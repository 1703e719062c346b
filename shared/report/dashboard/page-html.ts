// The dashboard's one HTML file: styles, the data as inert JSON, and the client script. A Content-Security-Policy
// allows exactly these inline blocks (by hash) and nothing from anywhere else, so the page makes no network request
// and, should escaping ever fail, injected markup could not run a script.

import { createHash } from 'node:crypto';

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<` never appears raw, so neither `</script>` nor
 * `<!--` can end or change the block; JSON.parse reads `\u003c` back as `<`.
 */
export function scriptSafeJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function pageHtml(parts: { title: string; css: string; dataJson: string; script: string }): string {
  const { head, tail } = pageHtmlAround(parts);
  return `${head}${scriptSafeJson(parts.dataJson)}${tail}`;
}

/** The page before and after its data block's JSON (already script-safe), for writing a large page piece by piece. */
export function pageHtmlAround(parts: { title: string; css: string; script: string }): { head: string; tail: string } {
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(parts.script)}`,
    `style-src ${sha256(parts.css)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="ml-hub publish-metrics">
<title>${escapeHtml(parts.title)}</title>
<style>${parts.css}</style>
</head>
<body>
<noscript><p class="noscript">This dashboard is drawn by JavaScript; enable it to see the runs.</p></noscript>
<div id="app"></div>
<script type="application/json" id="dashboard-data">`;
  const tail = `</script>
<script>${parts.script}</script>
</body>
</html>
`;
  return { head, tail };
}
