// The overlay's look. Adopted as constructable stylesheets, which a page's `style-src`
// cannot block (no <style> element, no style attribute); positions are set through the
// CSSOM, which CSP allows as well.

/**
 * The dark palette, adopted beside OVERLAY_CSS when the page around the composer is dark —
 * read from the composer's own background, not from the system's preference: a dark system
 * with a light LinkedIn must keep dark underlines on white (overlay.ts, `theme`).
 */
export const DARK_CSS = `
:host { --vb-bg: #1f2328; --vb-fg: #e6edf3; --vb-muted: #9aa6b2; --vb-line: #3d444d; --vb-accent: #71b7ff;
  --vb-error: #ff8a80; --vb-warning: #f2c14e; --vb-hint: #9ab8ff; --vb-good: #7ee29b; }
`;

/** Styles inside each overlay's shadow root. */
export const OVERLAY_CSS = `
/* !important in :host beats a page's !important on our element (the shadow tree wins
   important conflicts), so a page that hides or restyles everything cannot reach us. */
:host { all: initial !important; display: block !important; position: fixed !important; inset: 0 auto auto 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483646 !important; visibility: visible !important;
  opacity: 1 !important; transform: none !important; filter: none !important; clip-path: none !important;
  contain: none !important; pointer-events: none !important; overflow: visible !important;
  --vb-bg: #ffffff; --vb-fg: #1d2226; --vb-muted: #56616b; --vb-line: #d0d7de; --vb-accent: #0a66c2;
  --vb-error: #b3261e; --vb-warning: #8a5a00; --vb-hint: #3558a8; --vb-good: #1b7f3b;
  /* !important too, or \`all: initial !important\` above would win and leave Times at 16 px. */
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif !important;
  color: var(--vb-fg) !important; }
:host([hidden]) { display: none !important; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; }
.mirror { position: fixed; overflow: hidden; color: transparent; pointer-events: none; white-space: pre-wrap;
  overflow-wrap: break-word; border-style: solid; border-color: transparent; background: transparent; margin: 0; }
.mark { position: fixed; pointer-events: none; border-bottom: 2px solid var(--vb-warning); }
.mark.error { border-bottom: 2px solid var(--vb-error); background: color-mix(in srgb, var(--vb-error) 10%, transparent); }
.mark.warning { border-bottom-style: dashed; }
.mark.hint { border-bottom: 2px dotted var(--vb-hint); }
.badge { position: fixed; display: inline-flex; gap: 6px; align-items: center; padding: 2px 8px; border-radius: 999px;
  border: 1px solid var(--vb-line); background: var(--vb-bg); color: var(--vb-fg); font: inherit; font-size: 12px;
  cursor: pointer; pointer-events: auto; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); white-space: nowrap; }
.badge:focus-visible, button:focus-visible { outline: 2px solid var(--vb-accent); outline-offset: 2px; }
.badge .score { font-weight: 700; width: 3ch; text-align: center; font-variant-numeric: tabular-nums; }
.badge .band { font-weight: 600; display: inline-grid; justify-items: center; }
.badge .band > span { grid-area: 1 / 1; }
.badge .band > .other { visibility: hidden; }
.badge[data-level="low"] :is(.score, .band) { color: var(--vb-error); }
.badge[data-level="mid"] :is(.score, .band) { color: var(--vb-warning); }
.badge[data-level="high"] :is(.score, .band) { color: var(--vb-good); }
.badge .over { color: var(--vb-error); font-weight: 700; }
.badge .sep { color: var(--vb-muted); }
.card, .panel, .presend { position: fixed; width: min(340px, calc(100vw - 16px)); padding: 10px 12px; border-radius: 8px;
  border: 1px solid var(--vb-line); background: var(--vb-bg); color: var(--vb-fg); pointer-events: auto;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); overflow: auto; }
.panel { max-height: min(360px, 60vh); overflow: auto; }
.presend { width: min(420px, calc(100vw - 16px)); padding: 14px 16px; border-width: 2px; }
.presend h2 { font-size: 15px; margin: 0 0 4px; }
/* Where the dialog has less room than it needs, what it lists scrolls and its choices stay in view. */
.presend > .actions { position: sticky; bottom: -14px; margin: 8px -16px -14px; padding: 8px 16px 14px; background: var(--vb-bg); }
.checklist { list-style: none; margin: 0 0 10px; padding: 0; }
.checklist li { margin: 3px 0; }
.checklist .state { display: inline-block; min-width: 7.5em; font-size: 12px; font-weight: 700; }
.checklist .pass .state { color: var(--vb-good); } .checklist .fail .state { color: var(--vb-error); }
.checklist .reason { color: var(--vb-muted); }
.severity { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.severity.error { color: var(--vb-error); } .severity.warning { color: var(--vb-warning); } .severity.hint { color: var(--vb-hint); }
.message { margin: 2px 0 4px; font-weight: 600; }
.why { margin: 0 0 8px; color: var(--vb-muted); }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
.actions.silence { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--vb-line); gap: 4px 12px; }
.actions.silence:empty { display: none; }
button.quiet { font: inherit; font-size: 12px; border: 0; background: transparent; color: var(--vb-accent); padding: 2px 0;
  cursor: pointer; text-decoration: underline; text-underline-offset: 2px; text-align: left; }
.cost { float: right; font-size: 12px; font-weight: 700; color: var(--vb-muted); }
.panel .item .cost { float: none; margin-left: 6px; }
.summary p { margin: 0 0 4px; }
.summary .score { font-size: 15px; }
.summary .how, .summary .cap { color: var(--vb-muted); font-size: 12px; }
.summary .cap { color: var(--vb-fg); }
.summary { padding-bottom: 6px; margin-bottom: 6px; border-bottom: 1px solid var(--vb-line); }
.blocking { margin: 0 0 10px; padding-left: 0; list-style: none; }
.blocking li { margin: 3px 0; }
.toast { position: fixed; max-width: min(340px, calc(100vw - 16px)); padding: 6px 10px; border-radius: 6px;
  background: var(--vb-fg); color: var(--vb-bg); font-size: 12px; pointer-events: none; box-shadow: 0 2px 8px rgb(0 0 0 / 0.2); }
button.apply, button.close, .panel button.item { font: inherit; border-radius: 6px; padding: 3px 10px; cursor: pointer; }
button.apply { border: 1px solid var(--vb-accent); background: var(--vb-accent); color: var(--vb-bg); font-weight: 600; }
button.close { border: 1px solid var(--vb-line); background: transparent; color: var(--vb-fg); }
.suggestion { margin: 0 0 8px; }
.panel h2 { font-size: 13px; margin: 0 0 6px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel button.item { display: block; width: 100%; text-align: left; border: 0; background: transparent; color: inherit; padding: 4px 6px; }
.panel button.item:hover { background: color-mix(in srgb, var(--vb-accent) 12%, transparent); }
.panel .keys, .panel .empty { color: var(--vb-muted); font-size: 12px; margin: 6px 0 0; }
.panel .things { border-top: 1px solid var(--vb-line); margin-top: 6px; padding-top: 6px; }
.panel .things h3 { font-size: 12px; font-weight: 600; margin: 0 0 2px; color: var(--vb-muted); }
.panel .thing .kind { color: var(--vb-muted); font-size: 12px; }
.panel .thing .state { display: inline-block; min-width: 1.2em; color: var(--vb-muted); }
.panel .thing.said .state { color: var(--vb-good); }
.panel .example { font-size: 12px; margin: 4px 6px 0; }
.panel .example .copied { color: var(--vb-muted); }
`;
