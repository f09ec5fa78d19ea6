// The extension's strings, from _locales (the one place translators edit). Bundled rather
// than read through chrome.i18n, because chrome.i18n only speaks the browser's language and
// the user can choose another in the options.
import de from '../_locales/de/messages.json';
import en from '../_locales/en/messages.json';
import type { Lang } from './protocol.js';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalog = Record<string, Entry>;
const CATALOGS: Record<Lang, Catalog> = { en, de };

/** The browser's language, as far as we have strings for it. */
export function browserLang(): Lang {
  const ui = typeof chrome !== 'undefined' && chrome.i18n ? chrome.i18n.getMessage('uiLang') : '';
  return ui === 'de' ? 'de' : 'en';
}

let current: Lang = browserLang();

/** Chooses the language: `auto` follows the browser. */
export function setLang(choice: 'auto' | Lang | undefined | null): Lang {
  current = choice === 'de' || choice === 'en' ? choice : browserLang();
  return current;
}

export function lang(): Lang {
  return current;
}

/** A string in the chosen language, `$1`… filled from `subs`, as chrome.i18n would. */
export function t(key: string, ...subs: (string | number)[]): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  return entry.message
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
}

/**
 * A count in words: `key_one` where the language says the number is singular ("1 word"),
 * else `key` ("2 words", "0 words"). The number is the first substitution.
 */
export function tn(key: string, n: number, ...subs: (string | number)[]): string {
  const one = new Intl.PluralRules(current).select(n) === 'one' && (CATALOGS[current][`${key}_one`] ?? CATALOGS.en[`${key}_one`]);
  return t(one ? `${key}_one` : key, n, ...subs);
}

/** The score's band in words. */
export function bandLabel(band: 'ready' | 'could-be-better' | 'weak'): string {
  return t(band === 'ready' ? 'bandReady' : band === 'could-be-better' ? 'bandCouldBeBetter' : 'bandWeak');
}
