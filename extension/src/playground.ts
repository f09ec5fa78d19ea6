// The overlay for the playground page (www/): the extension's own modules, bundled for a
// page that has no extension APIs, so the badge, underlines, cards and list behave alike
// in both and a fix in one is a fix in the other.
export { Overlay, type OverlayEvents } from './content/overlay.js';
export { EditorText, replace, select } from './content/editor.js';
export { bandLabel, setLang, t, tn } from './i18n.js';
export { withIgnored } from './ignored.js';
