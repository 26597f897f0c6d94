/** A tiny element builder (no framework: the page is small and the bundle should stay so). */

type Attrs = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element with attributes (`false`/`undefined` left out, `true` as an empty attribute) and
 * children (strings become text nodes, never HTML).
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children);
  return element;
}
