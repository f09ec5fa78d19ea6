// The reply record (its own tab, linked from the popup): of the first messages the user
// sent with the record on, how many were answered — by score band, by checklist entry
// (with it passed and without) and by month — as bar charts drawn here in SVG, each figure
// with the number of messages behind it. Reads the history directly; keeps nothing itself.
import { el } from './content/dom.js';
import { download } from './download.js';
import * as history from './history.js';
import { bandLabel, setLang, t, tn } from './i18n.js';
import init, { checkpoints } from './pkg/verbindlich_wasm.js';
import { ask } from './protocol.js';

/** Below this many messages a rate says nothing, and the page says so. */
export const ENOUGH = 10;

type Rate = { label: string; answered: number; total: number };

const BANDS: history.Band[] = ['ready', 'could-be-better', 'weak'];

/** The checklist's entries by id, named in the page's language (from the engine). */
let names = new Map<string, string>();

export function rates(records: history.SentRecord[]): { bands: Rate[]; checks: [Rate, Rate][]; months: Rate[] } {
  const rate = (label: string, of: history.SentRecord[]): Rate => ({
    label,
    answered: of.filter((r) => r.answeredAt !== null).length,
    total: of.length,
  });
  const judged = records.filter((r) => r.band);
  const bands = BANDS.map((b) => rate(bandLabel(b), judged.filter((r) => r.band === b)));
  const ids = [...new Set(judged.flatMap((r) => r.checks ?? []).map((c) => c.id))];
  const checks = ids.map((id): [Rate, Rate] => {
    const label = names.get(id) ?? id;
    const passed = judged.filter((r) => r.checks?.some((c) => c.id === id && c.passed));
    const failed = judged.filter((r) => r.checks?.some((c) => c.id === id && !c.passed));
    return [rate(t('recordWith', label), passed), rate(t('recordWithout', label), failed)];
  });
  const month = (at: number) => new Date(at).toISOString().slice(0, 7);
  const months = [...new Set(judged.map((r) => month(r.sentAt)))].sort().map((m) => rate(m, judged.filter((r) => month(r.sentAt) === m)));
  return { bands, checks, months };
}

const SVG = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One horizontal bar per rate: its label, the bar, "41 % · 9 of 22". */
function chart(title: string, rows: Rate[]): HTMLElement {
  const rowHeight = 26;
  const width = 800;
  const labelWidth = 250;
  const barWidth = 260;
  const chartSvg = svg('svg', { viewBox: `0 0 ${width} ${rows.length * rowHeight + 4}`, width, height: rows.length * rowHeight + 4, role: 'img', 'aria-label': title });
  rows.forEach((r, i) => {
    const y = i * rowHeight + 2;
    const share = r.total ? r.answered / r.total : 0;
    chartSvg.append(
      svg('text', { x: 0, y: y + 16, class: 'label' }, r.label),
      svg('rect', { x: labelWidth, y: y + 4, width: barWidth, height: 16, class: 'track', rx: 3 }),
      svg('rect', { x: labelWidth, y: y + 4, width: Math.round(barWidth * share), height: 16, class: r.total < ENOUGH ? 'bar few' : 'bar', rx: 3 }),
      svg('text', { x: labelWidth + barWidth + 10, y: y + 16, class: 'figure' },
        r.total ? t('recordFigure', Math.round(share * 100), r.answered, r.total) : t('recordNone')),
    );
  });
  const few = rows.some((r) => r.total > 0 && r.total < ENOUGH);
  return el('section', { class: 'chart' }, el('h2', {}, title), chartSvg as unknown as HTMLElement,
    few ? el('p', { class: 'warning' }, t('recordTooFew', ENOUGH)) : '');
}

function csv(records: history.SentRecord[]): string {
  const ids = [...new Set(records.flatMap((r) => r.checks ?? []).map((c) => c.id))];
  const head = ['sent_at', 'surface', 'band', ...ids, 'answered_at'];
  const rows = records.map((r) => [
    new Date(r.sentAt).toISOString(),
    r.surface,
    r.band ?? '',
    ...ids.map((id) => { const c = r.checks?.find((x) => x.id === id); return c ? String(c.passed) : ''; }),
    r.answeredAt === null ? '' : new Date(r.answeredAt).toISOString(),
  ]);
  return [head, ...rows].map((row) => row.join(',')).join('\n') + '\n';
}

async function render(): Promise<void> {
  const { records } = await history.read();
  const judged = records.filter((r) => r.band);
  const main = document.getElementById('record')!;
  const settings = await ask({ type: 'settings' });
  const on = settings.ok && settings.loaded.settings.record;
  const answered = judged.filter((r) => r.answeredAt !== null).length;
  const { bands, checks, months } = rates(records);
  const exportJson = el('button', { type: 'button', id: 'export-json' }, t('recordExportJson'));
  const exportCsv = el('button', { type: 'button', id: 'export-csv' }, t('recordExportCsv'));
  const remove = el('button', { type: 'button', id: 'delete-record', class: 'danger' }, t('recordDelete'));
  exportJson.addEventListener('click', () => download('verbindlich-record.json', JSON.stringify(history.exported(history.migrate({ version: history.VERSION, records }).history), null, 2), 'application/json'));
  exportCsv.addEventListener('click', () => download('verbindlich-record.csv', csv(judged), 'text/csv'));
  remove.addEventListener('click', async () => {
    if (remove.dataset.confirm !== 'yes') {
      remove.dataset.confirm = 'yes';
      remove.textContent = t('recordDeleteConfirm');
      return;
    }
    await ask({ type: 'history-clear' });
    await render();
  });
  main.replaceChildren(
    el('p', { class: on ? '' : 'warning', id: 'record-state' }, on ? t('recordOn') : t('recordOff')),
    el('p', { id: 'record-total' }, tn('recordTotal', judged.length, answered)),
    judged.length < ENOUGH ? el('p', { class: 'warning', id: 'record-few' }, t('recordTooFewAll', judged.length, ENOUGH)) : '',
    chart(t('recordByBand'), bands),
    checks.length ? chart(t('recordByCheck'), checks.flat()) : '',
    months.length ? chart(t('recordByMonth'), months) : '',
    el('div', { class: 'buttons' }, exportJson, exportCsv, remove),
  );
}

async function start(): Promise<void> {
  const settings = await ask({ type: 'settings' });
  const lang = setLang(settings.ok ? settings.loaded.settings.config.ui_lang : 'auto');
  document.documentElement.lang = lang;
  await init({ module_or_path: new URL('./pkg/verbindlich_wasm_bg.wasm', import.meta.url) });
  names = new Map(checkpoints().map((c) => [c.id, lang === 'de' ? c.label.de : c.label.en]));
  document.title = t('recordTitle');
  document.getElementById('title')!.textContent = t('recordTitle');
  await render();
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && history.KEY in changes) void render();
  });
}

void start();
