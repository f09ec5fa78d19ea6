// What the page may see of the overlay. The shipped build shows it nothing it can read the
// analysis from, nor a name that says which extension draws: the host is a plain <div>
// with a closed shadow root and no attributes, and the underlines are drawn inside it.
// (That the div has a shadow root a page can still tell, by attachShadow throwing: the
// root is what keeps the page's styles off the overlay.) Builds for the tests and the
// playground (esbuild `--define:SHOW_STATE=true`, see build.sh) name the host
// <verbindlich-overlay>, open its shadow root and write the report's state on it as
// data-* attributes: the tests' channel. The shipped build defines it false, and esbuild
// drops that code from it.
declare const SHOW_STATE: boolean;

const roots = new WeakSet<Node>();

/** A host for an overlay, and its shadow root (closed in the shipped build). */
export function overlayHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(SHOW_STATE ? 'verbindlich-overlay' : 'div');
  const root = host.attachShadow({ mode: SHOW_STATE ? 'open' : 'closed' });
  roots.add(root);
  return { host, root };
}

/** Whether `node` is inside one of our overlays (an editor of ours is no composer). */
export function insideOverlay(node: Node): boolean {
  return roots.has(node.getRootNode());
}

/** Writes one piece of the overlay's state on its host, where the tests read it; or nothing. */
export function showState(host: HTMLElement, name: string, value: string | null): void {
  if (!SHOW_STATE) return;
  if (value === null) host.removeAttribute(`data-${name}`);
  else host.setAttribute(`data-${name}`, value);
}
