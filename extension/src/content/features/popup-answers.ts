// The popup asks the active tab about the composer the user worked in last and about the
// page; a keyboard command opens the latest composer's list. Only the top frame answers
// for the page; a frame answers only when it has a report.
import type { Current, PageState, TabRequest } from '../../protocol.js';
import { conversation } from '../composer.js';
import type { Page } from './page.js';

export function init(page: Page, state: () => { host: string; siteOn: boolean; conversationOn: boolean }): void {
  chrome.runtime.onMessage.addListener((message: TabRequest, _sender, sendResponse: (r: Current | PageState) => void) => {
    if (message?.type === 'current') {
      const last = [...page.composers.values()].filter((c) => c.report).sort((a, b) => b.lastActive - a.lastActive)[0];
      if (last?.report || !page.inFrame) sendResponse(last?.report ? { surface: last.place.kind.surface, recipient: last.recipient(), report: last.report } : null);
    } else if (message?.type === 'page' && !page.inFrame) {
      sendResponse({ ...state(), conversation: conversation() });
    } else if (message?.type === 'open-findings') {
      page.latest()?.overlay.enterFromEditor(null);
    }
    return false;
  });
}
