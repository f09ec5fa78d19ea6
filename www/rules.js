// The rule catalogue, built from the engine's own metadata: never written twice.
import init, { rules } from './pkg/verbindlich_wasm.js';
import { el } from './dom.js';
import { applyShell, t, uiLang } from './i18n.js';

let catalogue = [];

function render() {
  const lang = uiLang();
  const families = [...new Set(catalogue.map((r) => r.family))];
  document.getElementById('catalogue').replaceChildren(
    ...families.map((family) =>
      el('section', { class: 'family', id: family },
        el('h2', {}, t(`family.${family}`)),
        ...catalogue.filter((r) => r.family === family).map((r) =>
          el('article', { class: 'rule', id: r.id, 'data-rule': r.id },
            el('header', {}, el('h3', {}, r.id), el('span', { class: `badge sev-${r.severity}` }, t(`severity.${r.severity}`))),
            el('p', {}, r.what[lang]),
            el('p', { class: 'why' }, r.why[lang]),
            el('div', { class: 'ex' },
              el('span', {}, t('rules.example')), el('q', {}, r.example[lang]),
              el('span', {}, t('rules.instead')), el('q', {}, r.instead[lang])),
            r.params.length
              ? el('table', {},
                el('caption', { class: 'sr' }, t('rules.options')),
                ...r.params.map((p) => el('tr', {},
                  el('th', {}, el('code', {}, p.name)),
                  el('td', {}, `${t('rules.default')} ${p.default} (${p.min}–${p.max})`),
                  el('td', {}, p.doc[lang]))))
              : el('p', { class: 'why' }, t('rules.none')))))),
  );
}

applyShell(render);
await init();
catalogue = rules();
render();
