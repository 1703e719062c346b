// The slice of the browser DOM the dashboard client uses, as types. The project compiles for Node without the "dom"
// lib, and adding that lib would hand browser globals (`name`, `close`, `document`, …) to every Node module unnoticed;
// these local declarations keep the client type-checked without that.

export interface DomEvent {
  readonly target: unknown;
  preventDefault(): void;
  stopPropagation(): void;
}

export interface DomMouseEvent extends DomEvent {
  readonly clientX: number;
  readonly clientY: number;
  readonly button: number;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

export interface DomWheelEvent extends DomMouseEvent {
  readonly deltaY: number;
}

export interface DomKeyboardEvent extends DomEvent {
  readonly key: string;
}

export interface DomRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface DomNode {
  textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  className: string;
  readonly classList: {
    add(...names: string[]): void;
    remove(...names: string[]): void;
    toggle(name: string, force?: boolean): boolean;
    contains(name: string): boolean;
  };
  /** CSSOM only: a Content-Security-Policy without 'unsafe-inline' refuses `style` attributes but not this. */
  readonly style: { setProperty(name: string, value: string): void };
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  append(...nodes: (DomNode | string)[]): void;
  replaceChildren(...nodes: (DomNode | string)[]): void;
  remove(): void;
  addEventListener<E extends DomEvent = DomEvent>(
    type: string,
    listener: (event: E) => void,
    options?: { passive?: boolean },
  ): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  getBoundingClientRect(): DomRect;
  focus(): void;
  hidden: boolean;
  // Form controls and <details>; present only on those elements.
  value: string;
  checked: boolean;
  disabled: boolean;
  indeterminate: boolean;
  open: boolean;
}

export interface DomDocument {
  createElement(tag: string): DomElement;
  createElementNS(namespace: string, tag: string): DomElement;
  createTextNode(text: string): DomNode;
  getElementById(id: string): DomElement | null;
  readonly body: DomElement;
  title: string;
  addEventListener<E extends DomEvent = DomEvent>(type: string, listener: (event: E) => void): void;
  removeEventListener<E extends DomEvent = DomEvent>(type: string, listener: (event: E) => void): void;
}

export interface DomWindow {
  readonly document: DomDocument;
  readonly location: { hash: string };
  addEventListener<E extends DomEvent = DomEvent>(type: string, listener: (event: E) => void): void;
  scrollTo(x: number, y: number): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(callback: () => void): number;
  readonly ResizeObserver: new (callback: (entries: { contentRect: { width: number } }[]) => void) => {
    observe(target: DomElement): void;
    disconnect(): void;
  };
}
