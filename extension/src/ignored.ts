// What one draft ignores, and the config that leaves it out: the worker applies it to the
// extension's settings, the playground to its page's. Never stored; gone with the draft.
import type { Config } from './pkg/verbindlich_wasm.js';

export interface Ignored {
  rules: string[];
  phrases: string[];
}

/** `config` with the ignored rules off and the ignored words accepted, in both languages. */
export function withIgnored(config: Config, ignore: Ignored | undefined): Config {
  if (!ignore || (!ignore.rules.length && !ignore.phrases.length)) return config;
  const rules = { ...config.rules };
  for (const id of ignore.rules) rules[id] = { ...rules[id], enabled: false };
  const phrases = { ...config.phrases };
  for (const lang of ['en', 'de'] as const) {
    const lists = phrases[lang] ?? { flag: [], template: [], accept: [] };
    phrases[lang] = { ...lists, accept: [...(lists.accept ?? []), ...ignore.phrases] };
  }
  return { ...config, rules, phrases };
}
