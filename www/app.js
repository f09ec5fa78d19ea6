// The playground: the same engine as the extension, compiled to WebAssembly and run in
// this page, drawn by the extension's own overlay (badge, underlines, cards, list). This
// file only shows what the engine reports; it judges nothing itself.
import init, { analyze, warm } from './pkg/verbindlich_wasm.js';
import { EditorText, Overlay, replace, select, setLang, t as tx, withIgnored } from './overlay.js';
import { el } from './dom.js';
import { applyShell, t, uiLang } from './i18n.js';

const $ = (id) => document.getElementById(id);
const editor = $('message');

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
/** The five areas, in the report's order (from the engine, once it has answered). */
let AREAS = [];
let analysedText = '';
let pending = false;
let overlay = null;
/** What the user silenced on a card: this page only, gone on reload (the playground stores nothing). */
const silenced = { rules: [], phrases: [] };


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
    report = analyze({ text, context: context(), config: withIgnored({}, silenced) });
  } catch (e) {
    report = null;
    render();
    $('meta').textContent = String(e.message ?? e);
    return;
  }
  render();
}

function render() {
  const r = report;
  setLang(uiLang());
  if (r) overlay.render(r, EditorText.read(editor));
  else overlay.idle();
  const dial = $('overall');
  dial.dataset.score = r ? r.score : '';
  dial.querySelector('.num').textContent = r ? r.score : '–';
  dial.style.setProperty('--score', r ? r.score : 0);
  dial.className = `dial ${r ? { ready: 'good', 'could-be-better': 'fair', weak: 'poor' }[r.band] : ''}`;

  const scores = $('scores');
  scores.replaceChildren(
    ...AREAS.map((area) => {
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
            onclick: () => {
              if (f.span) select(editor, EditorText.read(editor), f.span.start_utf16, f.span.end_utf16);
              overlay.showCard(i, true);
            },
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

/** What a card does, in this page: the same events the extension's composer answers. */
function events() {
  return {
    apply(f) {
      // Only while the report still describes the text; through the editor's own input
      // path, so Ctrl+Z undoes it.
      if (editor.value !== analysedText || !f.span || f.suggestion_kind !== 'replacement') return;
      if (replace(editor, EditorText.read(editor), f.span.start_utf16, f.span.end_utf16, f.suggestion)) overlay.toast(tx('toastApplied'));
    },
    returnFocus: () => editor.focus(),
    ignore(f, words) {
      if (words) silenced.phrases.push(words);
      else silenced.rules.push(f.rule);
      editor.focus();
      run();
    },
    accept(_f, phrase) {
      silenced.phrases.push(phrase);
      editor.focus();
      run();
      overlay.toast(t('silenced.page'));
    },
    ruleOff(f) {
      silenced.rules.push(f.rule);
      editor.focus();
      run();
      overlay.toast(t('silenced.page'));
    },
    show(f) {
      if (f.span) select(editor, EditorText.read(editor), f.span.start_utf16, f.span.end_utf16);
    },
  };
}

async function main() {
  for (const o of $('surface').options) o.dataset.i18n = `surface.${o.value}`;
  applyShell(() => run());
  try {
    await init();
    warm();
    AREAS = Object.keys(analyze({ text: '.', context: {} }).scores);
  } catch (e) {
    $('meta').textContent = `${t('engine.failed')} ${e.message ?? e}`;
    return;
  }
  setLang(uiLang());
  overlay = new Overlay(editor, $('surface').value, () => null, events());
  editor.addEventListener('input', schedule);
  for (const id of ['surface', 'recipient', 'company']) $(id).addEventListener('input', schedule);
  for (const e of ['scroll', 'resize']) window.addEventListener(e, () => overlay.place(), { passive: true, capture: true });
  editor.addEventListener('scroll', () => overlay.place(), { passive: true });
  $('example-weak').addEventListener('click', () => loadExample('weak'));
  $('example-good').addEventListener('click', () => loadExample('good'));
  new ResizeObserver(() => overlay.place()).observe(editor);
  run();
}

function loadExample(kind) {
  editor.value = EXAMPLES[uiLang()][kind];
  $('recipient').value = 'Anna Schmidt';
  $('company').value = 'Contoso';
  run();
}

main();
