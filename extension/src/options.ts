// The options page. The catalogue, the checks and the repairs all come from the engine,
// which runs here directly (extension pages may compile WebAssembly): every rule with its
// switch, severity and parameters; phrase lists; language; the check before sending;
// reminders; per-site switches; import, export and reset. Nothing is saved while any field
// is invalid, and the engine's own message says what is wrong.
import { el } from './content/dom.js';
import { setLang, t } from './i18n.js';
import init, { type Config, type Problem, repairConfig, type RuleMeta, rules, validateConfig } from './pkg/verbindlich_wasm.js';
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

const FAMILIES = ['length', 'personal', 'ask', 'value', 'template', 'spam', 'tone', 'trust', 'followup', 'readability'];
const LISTS = ['flag', 'template', 'accept'] as const;
const LANGS = ['en', 'de'] as const;

let catalogue: RuleMeta[] = [];
let loaded: Loaded;

const byPath = (path: string) => document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

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

function render(): void {
  // The user's own settings are edited; a locked rule shows the policy's setting.
  const { own: settings, locked } = loaded;
  const config = settings.config;
  document.title = t('optionsTitle');
  document.getElementById('title')!.textContent = t('optionsTitle');

  const days = el('input', { type: 'number', min: '1', max: '90', step: '1', 'data-path': 'followup_days', id: 'followup_days' });
  days.value = String(config.followup_days ?? 7);
  document.getElementById('general')!.replaceChildren(
    el('h2', {}, t('sectionGeneral')),
    field(t('fieldUiLang'), select('ui_lang', [['auto', t('uiLangAuto')], ['de', 'Deutsch'], ['en', 'English']], config.ui_lang ?? 'auto')),
    field(
      t('fieldPresend'),
      select('presend', PRESEND_MODES.map((m) => [m, t(`presend${cap(m)}`)]), settings.presend),
    ),
    field(t('fieldReminders'), checkbox('reminders', settings.reminders), t('fieldRemindersNote')),
    field(t('fieldFollowupDays'), days),
    el(
      'div',
      { class: 'field' },
      el('span', {}, t('fieldSites')),
      ...SITE_HOSTS.map((host) =>
        el('label', {}, checkbox(`sites.${host}`, settings.sites[host]), ` ${host.replace('www.', '')}`),
      ),
    ),
  );

  const families = FAMILIES.map((family) => {
    const rows = catalogue
      .filter((r) => r.family === family)
      .map((r) => {
        const isLocked = locked.includes(r.id);
        const own = (isLocked ? loaded.settings.config.rules?.[r.id] : config.rules?.[r.id]) ?? {};
        const params = r.params.map((p) => {
          const input = el('input', {
            type: 'number',
            min: String(p.min),
            max: String(p.max),
            step: p.type === 'integer' ? '1' : 'any',
            'data-path': `rules.${r.id}.params.${p.name}`,
            id: `rules.${r.id}.params.${p.name}`,
          });
          input.value = String(own.params?.[p.name] ?? p.default);
          input.disabled = isLocked;
          return el('label', {}, `${p.name} `, input, el('span', { class: 'muted' }, ` ${p.doc[lang()]}`));
        });
        return el(
          'div',
          { class: 'rule', 'data-rule': r.id },
          checkbox(`rules.${r.id}.enabled`, own.enabled ?? true, isLocked),
          el('label', { for: `rules.${r.id}.enabled` }, el('span', { class: 'id' }, r.id)),
          select(
            `rules.${r.id}.severity`,
            [['error', t('severityErrorShort')], ['warning', t('severityWarningShort')], ['hint', t('severityHintShort')]],
            own.severity ?? r.severity,
            isLocked,
          ),
          el('div', { class: 'what' }, r.what[lang()], isLocked ? el('span', { class: 'locked' }, ` — ${t('optionsManaged')}`) : ''),
          params.length ? el('div', { class: 'params' }, ...params) : '',
        );
      });
    return el('section', { 'data-family': family }, el('h3', {}, t(`family${cap(family)}`)), ...rows);
  });
  document.getElementById('rules')!.replaceChildren(el('h2', {}, t('sectionRules')), ...families);

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

  const exportButton = el('button', { type: 'button', id: 'export' }, t('dataExport'));
  const importInput = el('input', { type: 'file', accept: 'application/json,.json', id: 'import-file', hidden: '' });
  const importButton = el('button', { type: 'button', id: 'import' }, t('dataImport'));
  const resetButton = el('button', { type: 'button', id: 'reset' }, t('dataReset'));
  const followupsButton = el('button', { type: 'button', id: 'export-followups' }, t('dataExportFollowups'));
  const deleteButton = el('button', { type: 'button', id: 'delete-all' }, t('dataDeleteAll'));
  exportButton.addEventListener('click', () => download('verbindlich-settings.json', { version: VERSION, ...collect().settings }));
  importButton.addEventListener('click', () => importInput.click());
  importInput.addEventListener('change', () => void importFile(importInput));
  resetButton.addEventListener('click', () => void store(defaults(), []));
  followupsButton.addEventListener('click', async () => download('verbindlich-followups.json', await chrome.storage.local.get('followups')));
  deleteButton.addEventListener('click', async () => {
    await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear(), chrome.alarms.clearAll()]);
    loaded = await load(repairConfig);
    render();
    status(t('dataDeleted'));
  });
  document.getElementById('data')!.replaceChildren(
    el('h2', {}, t('sectionData')),
    el('div', { class: 'buttons' }, exportButton, importButton, importInput, resetButton, followupsButton, deleteButton),
  );
  renderNotices();
}

function lang(): 'en' | 'de' {
  return document.documentElement.lang === 'de' ? 'de' : 'en';
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
    const raw = value(path).trim();
    const n = Number(raw);
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
    sites: Object.fromEntries(SITE_HOSTS.map((h) => [h, checked(`sites.${h}`)])) as Settings['sites'],
  };
  return { settings, problems };
}

/** Marks each problem at its field, with the engine's words. */
function mark(problems: Problem[]): void {
  for (const old of document.querySelectorAll('.error-text')) old.remove();
  for (const old of document.querySelectorAll('[aria-invalid]')) old.removeAttribute('aria-invalid');
  for (const p of problems) {
    // "phrases.de.flag[2]" belongs to the textarea "phrases.de.flag".
    const target = byPath(p.path) ?? byPath(p.path.replace(/\[\d+\]$/, ''));
    if (!target) continue;
    target.setAttribute('aria-invalid', 'true');
    const message = el('span', { class: 'error-text', role: 'alert', 'data-for': p.path }, p.message);
    target.setAttribute('aria-describedby', `${p.path}-error`);
    message.id = `${p.path}-error`;
    target.insertAdjacentElement('afterend', message);
  }
}

async function changed(): Promise<void> {
  const { settings, problems } = collect();
  problems.push(...(validateConfig(settings.config) as Problem[]));
  mark(problems);
  if (problems.length) {
    status(t('optionsInvalid'));
    return;
  }
  await store(settings, [], settings.config.ui_lang !== loaded.own.config.ui_lang);
}

/** Saves; the form is drawn again only when it must change (language, import, reset). */
async function store(settings: Settings, problems: Problem[], redraw = true): Promise<void> {
  await save(settings);
  loaded = { ...(await load(repairConfig)), problems };
  document.documentElement.lang = setLang(loaded.settings.config.ui_lang);
  if (redraw) render();
  else renderNotices();
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

function download(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = el('a', { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
  form.addEventListener('change', () => void changed());
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
