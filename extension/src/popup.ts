// The toolbar popup: the checklist and the scores of the draft the user is writing in the
// active tab (as the engine reported it to that tab), and the pending follow-ups.
import { checklist, el } from './content/dom.js';
import { bandLabel, setLang, t } from './i18n.js';
import { ask, type Current, type Followup, MUTED_KEY, mutedDropped, type PageState, readMuted, type TabRequest } from './protocol.js';

/** Asks the active tab's content script; null where there is none (not LinkedIn or XING). */
async function askTab<T>(request: TabRequest): Promise<T | null> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return ((await chrome.tabs.sendMessage(tab.id, request)) as T | undefined) ?? null;
  } catch {
    return null;
  }
}

/** The two switches: this site, and this conversation (kept locally, by address only). */
function renderSwitches(page: PageState | null): void {
  const section = document.getElementById('switches')!;
  if (!page) return section.replaceChildren();
  const toggle = (id: string, label: string, on: boolean, disabled: boolean, change: (on: boolean) => Promise<unknown>) => {
    const input = el('input', { type: 'checkbox', role: 'switch', id });
    input.checked = on;
    input.disabled = disabled;
    input.addEventListener('change', async () => {
      input.disabled = true;
      await change(input.checked);
      await refresh();
    });
    return el('label', { class: 'switch', for: id }, input, ' ', label);
  };
  section.replaceChildren(
    toggle('site-switch', t('popupSite', page.host.replace(/^www\./, '')), page.siteOn, false, (on) => ask({ type: 'site', host: page.host, on })),
    toggle('conversation-switch', t('popupConversation'), page.siteOn && page.conversationOn, !page.siteOn, async (on) => {
      // Written back repaired: whatever was not an address is gone.
      const muted = new Set(readMuted((await chrome.storage.local.get(MUTED_KEY))[MUTED_KEY]));
      if (on) muted.delete(page.conversation);
      else muted.add(page.conversation);
      await chrome.storage.local.set({ [MUTED_KEY]: [...muted] });
    }),
  );
}

/** The keyboard commands as the browser has them now (the user may have changed them). */
async function renderShortcuts(): Promise<void> {
  const commands = await chrome.commands.getAll();
  const keys = commands.filter((c) => c.shortcut).map((c) => `${c.shortcut} — ${c.name === '_execute_action' ? t('commandPopup') : t('commandFindings')}`);
  document.getElementById('shortcuts')!.textContent = keys.length ? `${t('popupShortcuts')}: ${keys.join('; ')}; Alt+Enter — ${t('commandInPage')}` : '';
}

function renderDraft(draft: Current, page: PageState | null): void {
  const section = document.getElementById('draft')!;
  // Switched off here: say so, and point at the switch above, rather than invite typing.
  if (page && (!page.siteOn || !page.conversationOn)) {
    section.replaceChildren(el('p', { class: 'muted', id: 'empty' }, t(page.siteOn ? 'popupOffConversation' : 'popupOffSite', page.host.replace(/^www\./, ''))));
    return;
  }
  if (!draft) {
    section.replaceChildren(el('p', { class: 'muted', id: 'empty' }, t('popupEmpty')));
    return;
  }
  const { report } = draft;
  // The five areas as the report has them, in its order.
  const areas = Object.keys(report.scores) as (keyof typeof report.scores)[];
  const areaName = (a: keyof typeof report.scores) => t(`score${a[0].toUpperCase()}${a.slice(1)}`);
  // Each checklist entry feeds one area: an area whose entry fails is marked, and each
  // entry names its area, so "Ask 80" beside "✗ One clear ask" reads as one story.
  const failing = new Set(report.checklist.filter((c) => !c.passed).map((c) => c.area));
  const list = checklist(report, false, { id: 'checklist' });
  for (const li of list.querySelectorAll('li')) {
    const entry = report.checklist.find((c) => c.id === li.dataset.id);
    if (entry) li.append(el('span', { class: 'area' }, t('checklistArea', areaName(entry.area))));
  }
  const cap = report.breakdown.cap;
  section.replaceChildren(
    el('h2', {}, draft.recipient ? t('popupFor', draft.recipient) : t('popupForUnknown')),
    el(
      'div',
      { class: 'scores', id: 'scores', 'data-score': String(report.score), 'data-band': report.band },
      el('div', {}, el('b', {}, String(report.score)), el('span', {}, t('scoreOverall'))),
      ...areas.map((a) =>
        el('div', { 'data-area': a, ...(failing.has(a) ? { 'data-failing': '' } : {}) }, el('b', {}, String(report.scores[a])), el('span', {}, areaName(a))),
      ),
      el('div', { class: 'band' }, el('strong', {}, bandLabel(report.band))),
    ),
    el('p', { class: 'explain' }, t('scoreExplained'), cap ? ` ${t('scoreCap', cap.score, cap.reason)}` : ''),
    el('h3', {}, t('checklistTitle')),
    list,
  );
}

/** What storage held that could not be read, and was left out: said, not hidden. */
async function renderRepaired(followupsDropped: number): Promise<void> {
  const muted = mutedDropped((await chrome.storage.local.get(MUTED_KEY))[MUTED_KEY]);
  const notes = [muted ? t('popupRepairedMuted', muted) : '', followupsDropped ? t('popupRepairedFollowups', followupsDropped) : ''].filter(Boolean);
  const box = document.getElementById('repaired')!;
  box.hidden = notes.length === 0;
  box.replaceChildren(...notes.map((n) => el('p', {}, n)));
}

async function renderFollowups(remindersOn: boolean): Promise<void> {
  const section = document.getElementById('followups')!;
  const reply = await ask({ type: 'followups' });
  const list: Followup[] = reply.ok ? reply.followups : [];
  await renderRepaired(reply.ok ? reply.dropped : 0);
  if (!list.length) {
    section.replaceChildren(el('p', { class: 'muted' }, remindersOn ? t('followupsNone') : t('followupsOff')));
    return;
  }
  const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium' });
  const items = list
    .sort((a, b) => a.dueAt - b.dueAt)
    .map((f) => {
      const open = el('button', { type: 'button' }, t('followupOpen'));
      const done = el('button', { type: 'button', 'data-action': 'done' }, t('followupDone'));
      const snooze = el('button', { type: 'button', 'data-action': 'snooze' }, t('followupSnooze'));
      open.addEventListener('click', () => void chrome.tabs.create({ url: f.url }));
      const act = (action: 'done' | 'snooze') => async () => {
        await ask({ type: 'followup', followupId: f.id, action });
        await renderFollowups(remindersOn);
      };
      done.addEventListener('click', act('done'));
      snooze.addEventListener('click', act('snooze'));
      return el('li', { 'data-id': f.id }, el('span', {}, t('followupDue', f.name ?? '—', date.format(f.dueAt))), open, snooze, done);
    });
  section.replaceChildren(el('ul', { class: 'followups' }, ...items));
}

/** Everything on the popup, again: also what the tests call after switching tabs. */
async function refresh(): Promise<void> {
  const settings = await ask({ type: 'settings' });
  const chosen = setLang(settings.ok ? settings.loaded.settings.config.ui_lang : 'auto');
  document.documentElement.lang = chosen;
  document.getElementById('followups-title')!.textContent = t('followupsTitle');
  document.getElementById('options')!.textContent = t('popupOptions');
  document.getElementById('privacy')!.textContent = t('popupPrivacy');
  document.getElementById('welcome')!.textContent = t('popupWelcome');
  document.getElementById('record')!.textContent = t('popupRecord');
  const page = await askTab<PageState>({ type: 'page' });
  renderSwitches(page);
  renderDraft(await askTab<Current>({ type: 'current' }), page);
  await renderShortcuts();
  await renderFollowups(settings.ok && settings.loaded.settings.reminders);
  document.body.dataset.ready = 'true';
}

(window as unknown as { refresh: typeof refresh }).refresh = refresh;
void refresh();
