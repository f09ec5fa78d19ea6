// Where the overlay's floating parts go: beside what they belong to, inside the viewport,
// and clear of what the user needs to see — the Send button, the line being typed, the
// words a card talks about. Floating UI places beside an anchor and flips at the viewport's
// edges, but has no notion of other things to keep clear of, which is the whole point here;
// this is the small part of it we need, with that added.

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  left: number;
  top: number;
  /** Set when the element had to shrink to fit: its new height. */
  maxHeight: number | null;
  side: Side;
  /** Whether it covers none of what it was to avoid, at its full height. */
  clean: boolean;
}

const GAP = 6;
const MARGIN = 8;

function overlap(a: DOMRect, b: DOMRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Places a `width` × `height` element on the first side of `anchor` (in `order`) where it
 * fits the viewport and covers none of `avoid`. Where no side manages both, the side that
 * covers least wins, shrunk to the viewport if it must be.
 */
export function placeAround(
  width: number,
  height: number,
  anchor: DOMRect,
  avoid: DOMRect[],
  viewport: { width: number; height: number },
  order: Side[] = ['below', 'above', 'right', 'left'],
): Placement {
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - width - MARGIN));
  const clampY = (y: number) => Math.max(MARGIN, Math.min(y, viewport.height - height - MARGIN));
  let best: { p: Placement; cost: number } | null = null;
  for (const side of order) {
    let left: number;
    let top: number;
    let room: number; // the height available on this side
    switch (side) {
      case 'below':
        left = clampX(anchor.left);
        top = anchor.bottom + GAP;
        room = viewport.height - MARGIN - top;
        break;
      case 'above':
        left = clampX(anchor.left);
        room = anchor.top - GAP - MARGIN;
        top = anchor.top - GAP - Math.min(height, room);
        break;
      case 'right':
        left = anchor.right + GAP;
        top = clampY(anchor.top);
        room = viewport.height - 2 * MARGIN;
        if (left + width > viewport.width - MARGIN) continue;
        break;
      case 'left':
        left = anchor.left - GAP - width;
        top = clampY(anchor.top);
        room = viewport.height - 2 * MARGIN;
        if (left < MARGIN) continue;
        break;
    }
    if (room < Math.min(height, 80)) continue; // no useful room at all on this side
    const maxHeight = height > room ? room : null;
    const box = new DOMRect(left, top, width, maxHeight ?? height);
    // Shrinking is allowed but costs: a side where it fits whole is better.
    const cost = avoid.reduce((n, r) => n + overlap(box, r), 0) + (maxHeight === null ? 0 : 1);
    const p = { left, top, maxHeight, side, clean: cost === 0 };
    if (cost === 0) return p;
    if (!best || cost < best.cost) best = { p, cost };
  }
  return best?.p ?? { left: clampX(anchor.left), top: clampY(anchor.bottom + GAP), maxHeight: null, side: 'below', clean: false };
}

export function setPos(node: HTMLElement, x: number, y: number): void {
  node.style.left = `${Math.round(x)}px`;
  node.style.top = `${Math.round(y)}px`;
}

/** Places `node` beside `anchor` (see `placeAround`); true when it covers nothing in `avoid`. */
export function place(node: HTMLElement, anchor: DOMRect, avoid: DOMRect[], viewport: { width: number; height: number }, order?: Side[]): boolean {
  // Measured at its natural height: a height set by an earlier placement is undone first.
  node.style.maxHeight = '';
  const p = placeAround(node.offsetWidth, node.offsetHeight, anchor, avoid, viewport, order);
  setPos(node, p.left, p.top);
  if (p.maxHeight !== null) node.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
  node.dataset.side = p.side;
  return p.clean;
}
