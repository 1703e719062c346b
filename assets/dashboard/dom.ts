// Element builders for the client. Every piece of user data reaches the page as a text node or an attribute value set
// through the DOM, never as markup, so a run name like `<script>` is shown, not run.

export type Child = Node | string | number | null | undefined | false | Child[];
export type Props = Record<string, string | number | boolean | null | undefined | ((event: never) => void)>;

export function createDom(win: Window) {
  const doc = win.document;
  const svgNs = 'http://www.w3.org/2000/svg';

  function appendAll(el: Element, children: Child[]): void {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) appendAll(el, child);
      else if (typeof child === 'string' || typeof child === 'number') el.append(String(child));
      else el.append(child);
    }
  }

  function apply(el: Element, props: Props | undefined): void {
    if (!props) return;
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined || value === false) continue;
      if (typeof value === 'function') {
        el.addEventListener(name.slice(2).toLowerCase(), value as (event: Event) => void);
      } else if (name === 'class') {
        el.setAttribute('class', String(value));
      } else if (name === 'value' || name === 'checked' || name === 'disabled' || name === 'open') {
        (el as unknown as Record<string, unknown>)[name] = value;
      } else {
        el.setAttribute(name, value === true ? '' : String(value));
      }
    }
  }

  /** An HTML element; props named `onX` become listeners for event `x`. */
  function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
    const el = doc.createElement(tag);
    apply(el, props ?? undefined);
    appendAll(el, children);
    return el;
  }

  /** An SVG element. */
  function s<K extends keyof SVGElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): SVGElementTagNameMap[K] {
    const el = doc.createElementNS(svgNs, tag);
    apply(el, props ?? undefined);
    appendAll(el, children);
    return el;
  }

  /** A link to a route of this page (`#/run/<id>`); parts are URI-encoded. */
  function routeHref(...parts: string[]): string {
    return `#/${parts.map((p) => encodeURIComponent(p)).join('/')}`;
  }

  function link(parts: string[], props: Props | null, ...children: Child[]): HTMLElement {
    return h('a', { ...props, href: routeHref(...parts) }, ...children);
  }

  function clear<E extends Element>(el: E, ...children: Child[]): E {
    el.replaceChildren();
    appendAll(el, children);
    return el;
  }

  /** Runs `fn` after `ms` without further calls (typing in a filter box). */
  function debounce(fn: () => void, ms: number): () => void {
    let timer = 0;
    return () => {
      win.clearTimeout(timer);
      timer = win.setTimeout(fn, ms);
    };
  }

  return { doc, win, h, s, link, routeHref, clear, debounce };
}
