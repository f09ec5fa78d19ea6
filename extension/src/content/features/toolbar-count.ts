// The toolbar icon counts what is worth fixing (warnings and errors) in the composer the
// user worked in last, and follows every new report.
import { ask } from '../../protocol.js';
import type { Composer } from '../composer.js';
import type { Page } from './page.js';

export function init(composer: Composer, signal: AbortSignal, page: Page): void {
  composer.on('report', () => count(page), signal);
  // A composer that goes takes its count with it.
  signal.addEventListener('abort', () => queueMicrotask(() => count(page)));
}

let shown = -1;

export function count(page: Page): void {
  if (page.inFrame && !page.composers.size) return;
  const report = page.latest()?.report;
  const n = report ? report.findings.filter((f) => f.severity !== 'hint').length : 0;
  if (n === shown) return;
  shown = n;
  void ask({ type: 'count', count: n });
}
