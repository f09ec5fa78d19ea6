// The composers of this page, as the page-wide features see them.
import type { Composer } from '../composer.js';

export interface Page {
  readonly composers: ReadonlyMap<Element, Composer>;
  /** This document is a frame (LinkedIn's messaging drawer), not the tab's page. */
  readonly inFrame: boolean;
  /** The composer the user worked in last. */
  latest(): Composer | undefined;
}
