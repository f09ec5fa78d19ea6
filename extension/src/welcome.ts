// The first-run page (opened once, on install; linked from the popup): what Verbindlich
// does, where, what it never does with a message, and a box to try it with the engine.
import { el } from './content/dom.js';
import { bandLabel, setLang, t } from './i18n.js';
import { ask, type Report } from './protocol.js';

function severity(s: 'error' | 'warning' | 'hint'): string {
  return t(s === 'error' ? 'severityError' : s === 'warning' ? 'severityWarning' : 'severityHint');
}

function show(report: Report | null, error: string | null): void {
  const result = document.getElementById('result')!;
  if (error) return result.replaceChildren(el('p', { class: 'error-text' }, error));
  if (!report) return result.replaceChildren();
  result.replaceChildren(
    el('p', { class: 'verdict', 'data-score': String(report.score), 'data-band': report.band },
      el('b', {}, String(report.score)), ' ', bandLabel(report.band)),
    el('ul', { class: 'findings' }, ...report.findings.map((f) =>
      el('li', { 'data-rule': f.rule }, el('span', { class: `severity ${f.severity}` }, severity(f.severity)), ' ', f.message))),
  );
}

async function start(): Promise<void> {
  const settings = await ask({ type: 'settings' });
  document.documentElement.lang = setLang(settings.ok ? settings.loaded.settings.config.ui_lang : 'auto');
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]')) node.textContent = t(node.dataset.t!);
  const commands = await chrome.commands.getAll();
  document.getElementById('keys')!.replaceChildren(
    ...commands.filter((c) => c.shortcut).map((c) =>
      el('li', {}, el('kbd', {}, c.shortcut!), ' ', c.name === '_execute_action' ? t('commandPopup') : t('commandFindings'))),
    el('li', {}, el('kbd', {}, 'Alt+Enter'), ' ', t('commandInPage')),
  );
  const box = document.getElementById('try') as HTMLTextAreaElement;
  box.placeholder = t('welcomeTryPlaceholder');
  let asked = 0;
  box.addEventListener('input', async () => {
    const mine = ++asked;
    if (!box.value.trim()) return show(null, null);
    const reply = await ask({ type: 'analyze', text: box.value, context: { surface: 'linkedin-message' } });
    if (mine !== asked) return; // a newer keystroke's answer is on its way
    show(reply.ok ? reply.report : null, reply.ok ? null : reply.error);
  });
  document.body.dataset.ready = 'true';
}

void start();
