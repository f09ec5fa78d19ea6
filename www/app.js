// The playground: the same engine as the extension, compiled to WebAssembly and run in
// this page. This file only shows what the engine reports; it judges nothing itself.
import init, { analyze, warm } from './pkg/verbindlich_wasm.js';
import { el } from './dom.js';
import { applyShell, t, uiLang } from './i18n.js';

const $ = (id) => document.getElementById(id);
const editor = $('message');
const highlights = $('highlights');
const card = $('card');

const EXAMPLES = {
  en: {
    weak: "Hi there,\n\nI came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS, guaranteed!!! Book a slot: https://calendly.com/ben/15min\n\nBest, Ben",
    good: "Hi Anna,\n\nI enjoyed your talk on pair reviews at Contoso and have since tried it with my team. Could we talk for 15 minutes next week about how you pick the tasks? Happy to share what we learned in return. No worries if not.\n\nBen",
  },
  de: {
    weak: "Sehr geehrte Damen und Herren,\n\nich bin auf Ihr Profil gestoßen und würde mich gerne mal austauschen. Hast du nächste Woche Zeit?",
    good: "Hallo Frau Schmidt,\n\nIhr Vortrag über gemeinsame Reviews bei Contoso hat mir sehr geholfen. Hätten Sie nächste Woche 15 Minuten für zwei Fragen zu Probeaufgaben? Im Gegenzug teile ich gern unsere Auswertung. Ein kurzes Nein ist auch völlig in Ordnung.\n\nBen Weber",
  },
};

let report = null;
let analysedText = '';
let marks = [];
let hideTimer = 0;
let pending = false;

function context() {
  const name = $('recipient').value.trim();
  const company = $('company').value.trim();
  return {
    surface: $('surface').value,
    ui_lang: uiLang(),
    recipient: name || company ? { full_name: name || null, company: company || null } : null,
  };
}

/** Runs the engine once per frame at most, however fast the user types. */
function schedule() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    run();
  });
}

function run() {
  const text = editor.value;
  analysedText = text;
  if (!text.trim()) {
    report = null;
    render();
    return;
  }
  try {
    report = analyze({ text, context: context() });
  } catch (e) {
    report = null;
    render();
    $('meta').textContent = String(e.message ?? e);
    return;
  }
  render();
}

const SEVERITY_RANK = { error: 3, warning: 2, hint: 1 };

/** Marks under every finding's span, drawn in a layer behind the transparent textarea. */
function renderHighlights() {
  const text = analysedText;
  const spans = (report?.findings ?? [])
    .map((f, i) => ({ i, s: f.span?.start_utf16, e: f.span?.end_utf16, sev: f.severity }))
    .filter((x) => x.s != null && x.e > x.s);
  const cuts = new Set([0, text.length]);
  for (const x of spans) cuts.add(x.s).add(x.e);
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const covering = spans.filter((x) => x.s <= a && x.e >= b);
    const piece = text.slice(a, b);
    if (!covering.length) {
      frag.append(piece);
      continue;
    }
    const worst = covering.reduce((m, x) => (SEVERITY_RANK[x.sev] > SEVERITY_RANK[m.sev] ? x : m));
    frag.append(el('mark', { class: `sev-${worst.sev}`, dataset: { findings: covering.map((x) => x.i).join(' ') } }, piece));
  }
  // A trailing newline in a textarea still takes a line; give the layer one too.
  frag.append('\n\u200b');
  highlights.replaceChildren(frag);
  marks = [...highlights.querySelectorAll('mark')];
  syncScroll();
}

function syncScroll() {
  highlights.parentElement.scrollTop = editor.scrollTop;
  highlights.parentElement.scrollLeft = editor.scrollLeft;
}

function render() {
  renderHighlights();
  hideCard();
  const r = report;
  const dial = $('overall');
  dial.dataset.score = r ? r.score : '';
  dial.querySelector('.num').textContent = r ? r.score : '–';
  dial.style.setProperty('--score', r ? r.score : 0);
  dial.className = `dial ${r ? { ready: 'good', 'could-be-better': 'fair', weak: 'poor' }[r.band] : ''}`;

  const scores = $('scores');
  scores.replaceChildren(
    ...['length', 'personal', 'ask', 'value', 'tone'].map((area) => {
      const v = r ? r.scores[area] : null;
      const bar = el('span', { class: 'fill' });
      bar.style.setProperty('--v', v ?? 0);
      return el('li', { class: `score ${v == null ? '' : band(v)}`, dataset: { area } },
        el('span', { class: 'label' }, t(`score.${area}`)),
        el('span', { class: 'bar', role: 'presentation' }, bar),
        el('span', { class: 'value' }, v == null ? '–' : String(v)));
    }),
  );

  $('checklist').replaceChildren(
    ...(r?.checklist ?? []).map((c) =>
      el('li', { class: c.passed ? 'pass' : 'fail', dataset: { id: c.id } },
        el('span', { class: 'tick', 'aria-hidden': 'true' }, c.passed ? '✓' : '✗'),
        el('span', {}, el('strong', {}, c.label), el('span', { class: 'reason' }, c.reason)))),
  );

  const meta = $('meta');
  if (!r) {
    meta.textContent = '';
  } else {
    const c = r.counts;
    const limit = r.limit.max_chars ? ` / ${r.limit.max_chars}` : '';
    const over = r.limit.max_chars && c.chars > r.limit.max_chars;
    const parts = [
      el('span', { class: over ? 'over' : '' }, `${c.chars}${limit} ${t('meta.chars')}`),
      `${c.words} ${t(c.words === 1 ? 'meta.word' : 'meta.words')}`,
      t(`meta.lang.${r.language}`),
    ];
    if (r.readability.label) parts.push(`${r.readability.label} (${Math.round(r.readability.score)})`);
    meta.replaceChildren(...parts.flatMap((p, i) => (i ? [' · ', p] : [p])));
  }

  const list = $('findings');
  if (!r) {
    list.replaceChildren(el('li', { class: 'empty' }, t('findings.empty')));
  } else if (!r.findings.length) {
    list.replaceChildren(el('li', { class: 'empty done' }, t('findings.none')));
  } else {
    list.replaceChildren(
      ...r.findings.map((f, i) =>
        el('li', {},
          el('button', {
            type: 'button', class: `finding sev-${f.severity}`, dataset: { rule: f.rule, index: i },
            onfocus: () => showCard(i), onmouseenter: () => showCard(i), onmouseleave: scheduleHide, onblur: scheduleHide,
            onclick: () => select(f),
          },
          el('span', { class: 'badge' }, t(`severity.${f.severity}`)),
          el('span', { class: 'msg' }, f.message),
          el('code', {}, f.rule)))),
    );
  }
}

/** The engine's bands (80 and up ready, 60–79 could be better), for the area bars too. */
function band(v) {
  return v >= 80 ? 'good' : v >= 60 ? 'fair' : 'poor';
}

function select(f) {
  if (!f.span) return;
  editor.focus();
  editor.setSelectionRange(f.span.start_utf16, f.span.end_utf16);
}

/** The card for finding `i`: message, why, and a suggestion the user can apply. */
function showCard(i) {
  clearTimeout(hideTimer);
  const f = report?.findings[i];
  if (!f) return;
  const parts = [
    el('div', { class: 'card-head' }, el('span', { class: `badge sev-${f.severity}` }, t(`severity.${f.severity}`)), el('code', {}, f.rule)),
    el('p', { class: 'card-msg' }, f.message),
    el('p', { class: 'card-why' }, el('strong', {}, `${t('card.why')}: `), f.why),
  ];
  if (f.suggestion != null && f.span && f.suggestion_kind === 'replacement') {
    const label = f.suggestion === '' ? t('card.remove') : `${t('card.apply')}: ${t('quote.open')}${f.suggestion}${t('quote.close')}`;
    parts.push(el('button', { type: 'button', class: 'apply', onclick: () => apply(f) }, label));
  } else if (f.suggestion) {
    parts.push(el('p', { class: 'card-suggestion' }, el('strong', {}, `${t('card.suggestion')}: `), f.suggestion));
  }
  card.replaceChildren(...parts);
  card.dataset.rule = f.rule;
  card.hidden = false;
  // Place the card under its highlight (or under the editor), in the coordinates of the
  // card's own positioned parent, and keep it inside that parent's width.
  const mark = f.span && marks.find((m) => m.dataset.findings.split(' ').includes(String(i)));
  const parent = card.offsetParent.getBoundingClientRect();
  const anchor = mark ? (mark.getClientRects()[0] ?? mark.getBoundingClientRect()) : $('editor').getBoundingClientRect();
  const top = anchor.bottom - parent.top + 6;
  const left = mark ? anchor.left - parent.left : 0;
  card.style.setProperty('--top', `${top}px`);
  card.style.setProperty('--left', `${Math.max(0, Math.min(left, parent.width - card.offsetWidth))}px`);
}

function scheduleHide() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hideCard, 250);
}

function hideCard() {
  card.hidden = true;
}

/** Applies a suggestion: replaces exactly the finding's span, then analyses again. */
function apply(f) {
  if (editor.value !== analysedText) return;
  editor.focus();
  editor.setRangeText(f.suggestion, f.span.start_utf16, f.span.end_utf16, 'end');
  editor.dispatchEvent(new Event('input', { bubbles: true }));
}

function findingAtPoint(x, y) {
  for (const m of marks) {
    for (const r of m.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return Number(m.dataset.findings.split(' ')[0]);
    }
  }
  return -1;
}

function findingAtCaret() {
  const at = editor.selectionStart;
  return (report?.findings ?? []).findIndex((f) => f.span && f.span.start_utf16 <= at && at < f.span.end_utf16);
}

async function main() {
  for (const o of $('surface').options) o.dataset.i18n = `surface.${o.value}`;
  applyShell(() => run());
  try {
    await init();
    warm();
  } catch (e) {
    $('meta').textContent = `${t('engine.failed')} ${e.message ?? e}`;
    return;
  }
  editor.addEventListener('input', schedule);
  for (const id of ['surface', 'recipient', 'company']) $(id).addEventListener('input', schedule);
  editor.addEventListener('scroll', syncScroll);
  editor.addEventListener('mousemove', (e) => {
    const i = findingAtPoint(e.clientX, e.clientY);
    if (i >= 0) showCard(i);
    else scheduleHide();
  });
  editor.addEventListener('mouseleave', scheduleHide);
  card.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  card.addEventListener('mouseleave', scheduleHide);
  const caret = () => {
    const i = findingAtCaret();
    if (i >= 0) showCard(i);
    else hideCard();
  };
  editor.addEventListener('keyup', caret);
  editor.addEventListener('click', caret);
  editor.addEventListener('keydown', (e) => e.key === 'Escape' && hideCard());
  $('example-weak').addEventListener('click', () => loadExample('weak'));
  $('example-good').addEventListener('click', () => loadExample('good'));
  new ResizeObserver(() => renderHighlights()).observe(editor);
  run();
}

function loadExample(kind) {
  editor.value = EXAMPLES[uiLang()][kind];
  $('recipient').value = 'Anna Schmidt';
  $('company').value = 'Contoso';
  run();
}

main();
