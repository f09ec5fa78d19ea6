// The options page. The catalogue, the checks and the repairs all come from the engine,
// which runs here directly (extension pages may compile WebAssembly): every rule under the
// score it counts towards, by its plain name, with its switch, severity and parameters;
// presets; a search; phrase lists; language; the check before sending; reminders; per-site
// switches; import, export, reset and delete, the last two asked before they run. Nothing
// is saved while any field is invalid.
import { download } from './download.js';
import * as history from './history.js';
import { ask } from './protocol.js';
import { el } from './content/dom.js';
import { lang, setLang, t, tn } from './i18n.js';
import init, {
  type Config,
  defaultConfig,
  type ParamSpec,
  type Problem,
  repairConfig,
  type RuleMeta,
  rules,
  validateConfig,
} from './pkg/verbindlich_wasm.js';
import { type Preset, PRESETS, presetOf } from './presets.js';
import {
  defaults,
  load,
  type Loaded,
  PRESEND_MODES,
  repair,
  save,
  SITE_HOSTS,
  type Settings,
  VERSION,
} from './settings.js';

const LISTS = ['flag', 'template', 'accept'] as const;
const LANGS = ['en', 'de'] as const;

let catalogue: RuleMeta[] = [];
let loaded: Loaded;
/** The rule search, kept across redraws (a language switch draws the page again). */
let query = '';

const byPath = (path: string) => document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
/** `exclamation-marks` → `ExclamationMarks`, for locale keys. */
const pascal = (id: string) => id.split('-').map(cap).join('');

function select(path: string, options: [string, string][], value: string, disabled = false): HTMLSelectElement {
  const s = el('select', { 'data-path': path, id: path }, ...options.map(([v, label]) => el('option', { value: v }, label)));
  s.value = value;
  s.disabled = disabled;
  return s;
}

function checkbox(path: string, checked: boolean, disabled = false): HTMLInputElement {
  const c = el('input', { type: 'checkbox', 'data-path': path, id: path });
  c.checked = checked;
  c.disabled = disabled;
  return c;
}

function field(label: string, control: HTMLElement, note?: string): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control, note ? el('span', { class: 'muted' }, note) : '');
}

/** A share is configured from 0 to 1 and edited as a percentage; every other unit as is. */
const scaleOf = (p: ParamSpec) => (p.unit === 'share' ? 100 : 1);
/** `0.85 × 100` is 85.00000000000001 in floating point; six places are plenty to show. */
const scaled = (v: number, scale: number) => Math.round(v * scale * 1e6) / 1e6;

function unitText(p: ParamSpec, shown: number): string {
  return tn(`unit${pascal(p.unit)}`, shown);
}

/** One parameter as a sentence: its label, the number, its unit ("Sentences up to [25] words"). */
function paramField(r: RuleMeta, p: ParamSpec, value: number, disabled: boolean): HTMLElement {
  const path = `rules.${r.id}.params.${p.name}`;
  const scale = scaleOf(p);
  const input = el('input', {
    type: 'number',
    min: String(scaled(p.min, scale)),
    max: String(scaled(p.max, scale)),
    step: p.type === 'integer' ? '1' : 'any',
    'data-path': path,
    'data-scale': String(scale),
    id: path,
    'aria-describedby': `${path}-unit ${path}-doc`,
  });
  input.value = String(scaled(value, scale));
  input.disabled = disabled;
  const unit = el('span', { class: 'unit', id: `${path}-unit` }, unitText(p, Number(input.value)));
  // "1 word", "2 words": the unit follows the number as it is typed.
  input.addEventListener('input', () => (unit.textContent = unitText(p, Number(input.value))));
  return el(
    'div',
    { class: 'param' },
    el('label', { for: path }, p.label[lang()]),
    input,
    unit,
    el('span', { class: 'doc muted', id: `${path}-doc` }, p.doc[lang()]),
  );
}

function ruleRow(r: RuleMeta): HTMLElement {
  // The user's own settings are edited; a locked rule shows the policy's setting.
  const isLocked = loaded.locked.includes(r.id);
  const own = (isLocked ? loaded.settings.config.rules?.[r.id] : loaded.own.config.rules?.[r.id]) ?? {};
  const l = lang();
  const name = r.name[l];
  const enabled = checkbox(`rules.${r.id}.enabled`, own.enabled ?? true, isLocked);
  enabled.setAttribute('aria-describedby', `${r.id}-what`);
  const severity = select(
    `rules.${r.id}.severity`,
    [['error', t('severityErrorShort')], ['warning', t('severityWarningShort')], ['hint', t('severityHintShort')]],
    own.severity ?? r.severity,
    isLocked,
  );
  severity.setAttribute('aria-label', t('ruleSeverityLabel', name));
  const params = r.params.map((p) => paramField(r, p, own.params?.[p.name] ?? p.default, isLocked));
  return el(
    'div',
    { class: 'rule', 'data-rule': r.id },
    enabled,
    el(
      'div',
      { class: 'head' },
      el('label', { for: enabled.id, class: 'name' }, name),
      el('code', { class: 'id', title: t('ruleIdTitle') }, r.id),
      isLocked ? el('span', { class: 'locked' }, t('optionsManaged')) : '',
    ),
    severity,
    el('p', { class: 'what', id: `${r.id}-what` }, r.what[l]),
    el('p', { class: 'why muted' }, r.why[l]),
    params.length ? el('div', { class: 'params' }, ...params) : '',
  );
}

function presetsBlock(): HTMLElement {
  const current = presetOf(loaded.own.config.rules, catalogue);
  const confirmSlot = el('div', { id: 'preset-confirm' });
  const buttons = PRESETS.map((p) => {
    const b = el(
      'button',
      { type: 'button', 'data-preset': p.id, 'aria-pressed': String(p.id === current) },
      el('strong', {}, t(`preset${cap(p.id)}`)),
      el('span', {}, t(`preset${cap(p.id)}Note`)),
    );
    b.addEventListener('click', () => {
      if (p.id === current) return;
      // Standard and the other presets can be chosen again at any time; only settings the
      // user made by hand would be lost, so only those are asked about.
      if (current !== null) return void applyPreset(p);
      const label = t(`preset${cap(p.id)}`);
      confirmStep(b, confirmSlot, 'preset-replace', t('presetConfirm', label), t('presetConfirmYes'), () => applyPreset(p));
    });
    return b;
  });
  return el(
    'div',
    { class: 'presets', id: 'presets' },
    el('span', { class: 'label', id: 'presets-label' }, t('presetsLabel')),
    el('div', { class: 'choices', role: 'group', 'aria-labelledby': 'presets-label' }, ...buttons),
    current === null ? el('p', { class: 'muted', id: 'preset-custom' }, t('presetCustomNote')) : '',
    confirmSlot,
  );
}

function renderPresets(): void {
  document.getElementById('presets')?.replaceWith(presetsBlock());
}

function render(): void {
  const { own: settings } = loaded;
  const config = settings.config;
  document.title = t('optionsTitle');
  document.getElementById('title')!.textContent = t('optionsTitle');

  const days = el('input', { type: 'number', min: '1', max: '90', step: '1', 'data-path': 'followup_days', id: 'followup_days' });
  days.value = String(config.followup_days ?? defaultConfig().followup_days);
  document.getElementById('general')!.replaceChildren(
    el('h2', {}, t('sectionGeneral')),
    field(t('fieldUiLang'), select('ui_lang', [['auto', t('uiLangAuto')], ['de', 'Deutsch'], ['en', 'English']], config.ui_lang ?? 'auto')),
    field(
      t('fieldPresend'),
      select('presend', PRESEND_MODES.map((m) => [m, t(`presend${cap(m)}`)]), settings.presend),
    ),
    field(t('fieldReminders'), checkbox('reminders', settings.reminders), t('fieldRemindersNote')),
    field(t('fieldFollowupDays'), days),
    field(t('fieldMassSend'), checkbox('massSend', settings.massSend), t('fieldMassSendNote')),
    field(t('fieldRecord'), checkbox('record', settings.record), t('fieldRecordNote')),
    el('p', { class: 'muted', id: 'history-kept' }),
    el(
      'div',
      { class: 'field' },
      el('span', {}, t('fieldSites')),
      ...SITE_HOSTS.map((host) =>
        el('label', {}, checkbox(`sites.${host}`, settings.sites[host]), ` ${host.replace('www.', '')}`),
      ),
    ),
  );

  const search = el('input', {
    type: 'search',
    id: 'rule-search',
    placeholder: t('searchPlaceholder'),
    autocomplete: 'off',
    'aria-describedby': 'search-count',
  });
  search.value = query;
  search.addEventListener('input', () => {
    query = search.value;
    filter();
  });
  // The areas as the engine's catalogue has them, in its order: named once, in Rust.
  const areas = [...new Set(catalogue.map((r) => r.area))].map((area) =>
    el(
      'section',
      { 'data-area': area },
      el('h3', {}, t(`score${cap(area)}`)),
      el('p', { class: 'area-note muted' }, t(`area${cap(area)}Note`)),
      ...catalogue.filter((r) => r.area === area).map(ruleRow),
    ),
  );
  document.getElementById('rules')!.replaceChildren(
    el('h2', {}, t('sectionRules')),
    presetsBlock(),
    el(
      'div',
      { class: 'search' },
      el('label', { for: 'rule-search' }, t('searchLabel')),
      search,
      el('span', { class: 'muted', id: 'search-count', 'aria-live': 'polite' }),
    ),
    el('p', { id: 'no-match', class: 'muted', hidden: '' }),
    ...areas,
  );
  filter();

  document.getElementById('phrases')!.replaceChildren(
    el('h2', {}, t('sectionPhrases')),
    el('p', { class: 'muted' }, t('phrasesHelp')),
    ...LANGS.map((l) =>
      el(
        'div',
        {},
        el('h3', {}, t(l === 'de' ? 'langGerman' : 'langEnglish')),
        el(
          'div',
          { class: 'phrases' },
          ...LISTS.map((kind) => {
            const area = el('textarea', { 'data-path': `phrases.${l}.${kind}`, id: `phrases.${l}.${kind}`, spellcheck: 'false' });
            area.value = (config.phrases?.[l]?.[kind] ?? []).join('\n');
            return el('label', {}, t(`phrases${cap(kind)}`), area);
          }),
        ),
      ),
    ),
  );

  renderData();
  renderNotices();
  void showKept();
}

/** How much the history of first messages holds, in numbers a user can check. */
async function showKept(): Promise<void> {
  const stored = (await chrome.storage.local.get(history.KEY))[history.KEY];
  const { records } = history.migrate(stored).history;
  const line = document.getElementById('history-kept');
  if (!line) return;
  if (!records.length) return void (line.textContent = t('historyEmpty'));
  const size = Math.max(1, Math.round(JSON.stringify(stored).length / 1024));
  line.textContent = tn('historyKept', records.length, new Date(records[0].sentAt).toLocaleDateString(document.documentElement.lang), size);
}

function renderData(): void {
  const exportButton = el('button', { type: 'button', id: 'export' }, t('dataExport'));
  const importInput = el('input', { type: 'file', accept: 'application/json,.json', id: 'import-file', hidden: '' });
  const importButton = el('button', { type: 'button', id: 'import' }, t('dataImport'));
  const followupsButton = el('button', { type: 'button', id: 'export-followups' }, t('dataExportFollowups'));
  const historyButton = el('button', { type: 'button', id: 'export-history' }, t('dataExportHistory'));
  historyButton.addEventListener('click', async () => downloadJson('verbindlich-history.json', history.exported(await history.read())));
  const resetButton = el('button', { type: 'button', id: 'reset', class: 'danger' }, t('dataReset'));
  const deleteButton = el('button', { type: 'button', id: 'delete-all', class: 'danger' }, t('dataDeleteAll'));
  const confirmSlot = el('div', { id: 'data-confirm' });
  exportButton.addEventListener('click', () => downloadJson('verbindlich-settings.json', { version: VERSION, ...collect().settings }));
  importButton.addEventListener('click', () => importInput.click());
  importInput.addEventListener('change', () => void importFile(importInput));
  followupsButton.addEventListener('click', async () => downloadJson('verbindlich-followups.json', await chrome.storage.local.get('followups')));
  resetButton.addEventListener('click', () =>
    confirmStep(resetButton, confirmSlot, 'confirm-reset', t('resetConfirm'), t('resetConfirmYes'), async () => {
      await store(defaults(), []);
      status(t('resetDone'));
    }),
  );
  deleteButton.addEventListener('click', () =>
    confirmStep(deleteButton, confirmSlot, 'confirm-delete', t('deleteConfirm'), t('deleteConfirmYes'), async () => {
      // The history through the worker first, so that no write of its in flight comes after.
      await ask({ type: 'history-clear' });
      await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear(), chrome.alarms.clearAll()]);
      loaded = await load(repairConfig);
      document.documentElement.lang = setLang(loaded.settings.config.ui_lang);
      render();
      status(t('dataDeleted'));
    }),
  );
  document.getElementById('data')!.replaceChildren(
    el('h2', {}, t('sectionData')),
    el('div', { class: 'buttons' }, exportButton, importButton, importInput, followupsButton, historyButton),
    el(
      'div',
      { class: 'danger-zone' },
      el('div', { class: 'buttons' }, resetButton, deleteButton),
      el('p', { class: 'muted' }, t('dataDangerNote')),
      confirmSlot,
    ),
  );
}

/**
 * Asks in the page before `action` runs: the question, the action named on its own button
 * and Cancel, which has the focus (so Enter or a second click does no harm); Esc cancels.
 * In the page rather than `window.confirm`, which blocks the page and cannot be styled.
 */
function confirmStep(
  trigger: HTMLButtonElement,
  slot: HTMLElement,
  id: string,
  question: string,
  yes: string,
  action: () => Promise<void>,
): void {
  const ok = el('button', { type: 'button', id: `${id}-yes`, class: 'danger filled' }, yes);
  const no = el('button', { type: 'button', id: `${id}-no` }, t('confirmCancel'));
  const box = el(
    'div',
    { class: 'confirm', id, role: 'group', 'aria-labelledby': `${id}-question` },
    el('p', { id: `${id}-question` }, question),
    el('div', { class: 'buttons' }, ok, no),
  );
  const close = () => {
    box.remove();
    trigger.setAttribute('aria-expanded', 'false');
  };
  no.addEventListener('click', () => {
    close();
    trigger.focus();
  });
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close();
    trigger.focus();
  });
  ok.addEventListener('click', () => {
    close();
    void action();
  });
  slot.replaceChildren(box);
  trigger.setAttribute('aria-expanded', 'true');
  no.focus({ preventScroll: true });
  // Wholly in view, buttons too, clear of the sticky status line (its scroll margin).
  box.scrollIntoView({ block: 'nearest' });
}

/** Shows the rules whose name, description or id hold every word of the search. */
function filter(): void {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const l = lang();
  let shown = 0;
  for (const r of catalogue) {
    const row = document.querySelector<HTMLElement>(`.rule[data-rule="${CSS.escape(r.id)}"]`);
    if (!row) continue;
    const text = fold([r.name[l], r.what[l], r.why[l], r.id, ...r.params.map((p) => p.label[l])].join(' '));
    row.hidden = !words.every((w) => text.includes(w));
    if (!row.hidden) shown++;
  }
  for (const section of document.querySelectorAll<HTMLElement>('#rules section[data-area]')) {
    section.hidden = !section.querySelector('.rule:not([hidden])');
  }
  const none = document.getElementById('no-match')!;
  none.hidden = shown > 0;
  none.textContent = shown ? '' : t('searchNone', query.trim());
  document.getElementById('search-count')!.textContent = words.length ? t('searchCount', shown, catalogue.length) : '';
}

function renderNotices(): void {
  const notices: HTMLElement[] = [];
  if (loaded.problems.length) {
    notices.push(
      el(
        'div',
        { class: 'notice', id: 'repaired', role: 'alert' },
        t('optionsRepaired'),
        el('ul', {}, ...loaded.problems.map((p) => el('li', {}, p.path ? `${p.path}: ${p.message}` : p.message))),
      ),
    );
  }
  if (loaded.area === 'local') notices.push(el('div', { class: 'notice', id: 'local' }, t('optionsLocal')));
  document.getElementById('notices')!.replaceChildren(...notices);
}

/** The form as settings: only what differs from each rule's defaults goes into the config. */
function collect(): { settings: Settings; problems: Problem[] } {
  const problems: Problem[] = [];
  const value = (path: string) => (byPath(path) as HTMLInputElement | HTMLSelectElement).value;
  const checked = (path: string) => (byPath(path) as HTMLInputElement).checked;
  const number = (path: string): number | undefined => {
    const input = byPath(path) as HTMLInputElement;
    const raw = input.value.trim();
    const n = Number(raw) / Number(input.dataset.scale ?? 1);
    if (raw === '' || !Number.isFinite(n)) {
      problems.push({ path, message: 'expected a number' });
      return undefined;
    }
    return n;
  };
  // Start from what is stored, so parts without a field here (surface budgets) survive.
  const config: Config = {
    ...loaded.own.config,
    ui_lang: value('ui_lang') as Config['ui_lang'],
    followup_days: number('followup_days'),
    rules: {},
    phrases: {},
  };
  for (const r of catalogue) {
    const setting: NonNullable<Config['rules']>[string] = {};
    if (!checked(`rules.${r.id}.enabled`)) setting.enabled = false;
    const severity = value(`rules.${r.id}.severity`);
    if (severity !== r.severity) setting.severity = severity as typeof r.severity;
    for (const p of r.params) {
      const n = number(`rules.${r.id}.params.${p.name}`);
      if (n !== undefined && n !== p.default) (setting.params ??= {})[p.name] = n;
    }
    if (Object.keys(setting).length) config.rules![r.id] = setting;
  }
  for (const l of LANGS) {
    const lists = Object.fromEntries(
      LISTS.map((kind) => [kind, value(`phrases.${l}.${kind}`).split('\n').map((s) => s.trim()).filter(Boolean)]),
    );
    if (LISTS.some((k) => lists[k].length)) config.phrases![l] = lists;
  }
  if (config.followup_days === undefined) delete config.followup_days;
  if (!Object.keys(config.rules!).length) delete config.rules;
  if (!Object.keys(config.phrases!).length) delete config.phrases;
  const settings: Settings = {
    config,
    presend: value('presend') as Settings['presend'],
    reminders: checked('reminders'),
    massSend: checked('massSend'),
    record: checked('record'),
    sites: Object.fromEntries(SITE_HOSTS.map((h) => [h, checked(`sites.${h}`)])) as Settings['sites'],
  };
  return { settings, problems };
}

/**
 * What to say under a field the engine refused. A number field says its range in the UI
 * language and in the units it is edited in (a share as a percentage), which the engine's
 * own message cannot: it speaks English and knows the value as stored.
 */
function problemText(target: HTMLElement, p: Problem): string {
  if (target instanceof HTMLInputElement && target.type === 'number') {
    return t(target.step === '1' ? 'numberWholeRange' : 'numberRange', target.min, target.max);
  }
  return p.message;
}

/** Marks each problem at its field. */
function mark(problems: Problem[]): void {
  for (const old of document.querySelectorAll('.error-text')) old.remove();
  for (const old of document.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    old.removeAttribute('aria-invalid');
    const rest = (old.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (rest.length) old.setAttribute('aria-describedby', rest.join(' '));
    else old.removeAttribute('aria-describedby');
  }
  for (const p of problems) {
    // "phrases.de.flag[2]" belongs to the textarea "phrases.de.flag".
    const target = byPath(p.path) ?? byPath(p.path.replace(/\[\d+\]$/, ''));
    if (!target || target.hasAttribute('aria-invalid')) continue;
    target.setAttribute('aria-invalid', 'true');
    const message = el('span', { class: 'error-text', role: 'alert', 'data-for': p.path, id: `${p.path}-error` }, problemText(target, p));
    target.setAttribute('aria-describedby', `${p.path}-error ${target.getAttribute('aria-describedby') ?? ''}`.trim());
    // After the field's unit, so "[99] asks" stays together and the message follows it.
    const after = target.nextElementSibling?.classList.contains('unit') ? target.nextElementSibling : target;
    after.insertAdjacentElement('afterend', message);
  }
}

async function changed(): Promise<void> {
  const { settings, problems } = collect();
  await commit(settings, problems, settings.config.ui_lang !== loaded.own.config.ui_lang);
}

/**
 * The one way settings are saved from the form or a preset: the engine validates the
 * config (`validateConfig`), each problem is marked at its field, and nothing is saved
 * while there is any.
 */
async function commit(settings: Settings, problems: Problem[] = [], redraw = false): Promise<boolean> {
  problems.push(...(validateConfig(settings.config) as Problem[]));
  mark(problems);
  if (problems.length) {
    status(t('optionsInvalid'));
    return false;
  }
  await store(settings, [], redraw);
  return true;
}

async function applyPreset(p: Preset): Promise<void> {
  const config: Config = { ...loaded.own.config, rules: structuredClone(p.rules) };
  if (!Object.keys(p.rules).length) delete config.rules;
  if (!(await commit({ ...loaded.own, config }, [], true))) return;
  status(t('presetApplied', t(`preset${cap(p.id)}`)));
  document.querySelector<HTMLElement>(`[data-preset="${p.id}"]`)?.focus();
}

/** Saves; the form is drawn again only when it must change (language, import, reset). */
async function store(settings: Settings, problems: Problem[], redraw = true): Promise<void> {
  await save(settings);
  loaded = { ...(await load(repairConfig)), problems };
  document.documentElement.lang = setLang(loaded.settings.config.ui_lang);
  if (redraw) render();
  else {
    renderNotices();
    renderPresets();
  }
  mark([]);
  status(problems.length ? `${t('dataImportProblems')} ${problems.map((p) => p.path || p.message).join(', ')}` : t('optionsSaved'));
}

async function importFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch (e) {
    status(`${t('dataImportProblems')} ${String(e)}`);
    return;
  }
  const obj = raw as Record<string, unknown>;
  const { settings, problems } = repair(obj && typeof obj === 'object' && 'config' in obj ? obj : { config: obj }, repairConfig);
  input.value = '';
  await store(settings, problems);
}

/** Saves `data` as a JSON file. */
function downloadJson(name: string, data: unknown): void {
  download(name, JSON.stringify(data, null, 2));
}

function status(text: string): void {
  document.getElementById('status')!.textContent = text;
}

async function main(): Promise<void> {
  await init({ module_or_path: new URL('./pkg/verbindlich_wasm_bg.wasm', import.meta.url) });
  catalogue = rules() as RuleMeta[];
  loaded = await load(repairConfig);
  document.documentElement.lang = setLang(loaded.settings.config.ui_lang);
  render();
  const form = document.getElementById('form')!;
  // Only settings fields save; the rule search is not one.
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).dataset.path !== undefined) void changed();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  // Another tab or device changed the settings: show them (unless mid-edit with errors).
  chrome.storage.onChanged.addListener((_, area) => {
    if (area !== 'managed' && document.querySelector('[aria-invalid]')) return;
    void load(repairConfig).then((l) => {
      // Our own save comes back here too: redraw only for a change made elsewhere.
      if (JSON.stringify(l.own) === JSON.stringify(loaded.own) && l.area === loaded.area) return;
      loaded = l;
      render();
    });
  });
  document.body.dataset.ready = 'true';
}

void main();
