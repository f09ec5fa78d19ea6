// What the user can tune, where it is stored, and how a damaged store is survived. The
// engine's own config is validated by the engine (repairConfig, validateConfig); the few
// settings that are the extension's own are checked here.
import type { Config, Problem, Repaired } from './pkg/verbindlich_wasm.js';

/**
 * When the check before sending holds a send: never; always (whatever the report holds);
 * only for something that must be fixed; or for that and for a draft in the weak band (the
 * default: the first-run page promises the essentials are checked before a message leaves).
 */
export type PresendMode = 'off' | 'warn' | 'errors' | 'weak';
export const PRESEND_MODES: PresendMode[] = ['weak', 'errors', 'warn', 'off'];
export const SITE_HOSTS = ['www.linkedin.com', 'www.xing.com'] as const;
export type SiteHost = (typeof SITE_HOSTS)[number];

export interface Settings {
  /** The engine's config: rules, phrase lists, follow-up delay, language. */
  config: Config;
  /** When the in-page check before sending appears. */
  presend: PresendMode;
  /** Per site: whether Verbindlich runs there at all. */
  sites: Record<SiteHost, boolean>;
  /** Follow-up reminders are opt-in. */
  reminders: boolean;
  /** Opt-in: keep a similarity sketch of each first message, to warn before the same note goes to many. */
  massSend: boolean;
  /** Opt-in: keep each first message's band and checklist, and whether it was answered. */
  record: boolean;
}

/** Where settings live, and the one version of their shape so far. */
export const KEY = 'settings';
export const VERSION = 1;

export function defaults(): Settings {
  return {
    config: {},
    presend: 'weak',
    sites: { 'www.linkedin.com': true, 'www.xing.com': true },
    reminders: false,
    massSend: false,
    record: false,
  };
}

/** An organisation's policy (chrome.storage.managed; schema in managed_schema.json). */
export interface Policy {
  /** Default config as JSON text; the user's settings apply on top. */
  configJson?: string;
  /** Rule ids the user cannot change: the policy's setting (or the default) holds. */
  lockedRules?: string[];
  presend?: PresendMode;
  reminders?: boolean;
}

export interface Loaded {
  /** What is in effect: the user's settings over the organisation's policy. */
  settings: Settings;
  /** The user's own settings, as stored (repaired): what the options page edits. */
  own: Settings;
  /** What was wrong with the stored settings, by path; those parts use defaults. */
  problems: Problem[];
  /** `local` when the settings outgrew sync's quota. */
  area: 'sync' | 'local';
  locked: string[];
}

type RepairConfig = (stored: unknown) => Repaired;

/**
 * The engine config's keys. Typed by the `Config` generated from the Rust type, so that a
 * key added there and not here (or one removed there) fails to compile; `defaultConfig()`
 * cannot say, as it leaves out the lists that are empty.
 */
const CONFIG_KEYS: Record<keyof Config, true> = { rules: true, phrases: true, followup_days: true, ui_lang: true, surfaces: true };

/**
 * Brings stored settings of any earlier shape to this version. Before version 1 there was
 * only the engine's config itself (what `verbindlich check --config` and the playground
 * read); such an object becomes the `config` of version-1 settings.
 */
export function migrate(raw: unknown): { raw: unknown; problems: Problem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { raw, problems: [] };
  const r = raw as Record<string, unknown>;
  if (r.version === undefined && Object.keys(r).length && Object.keys(r).every((k) => Object.hasOwn(CONFIG_KEYS, k))) {
    return { raw: { version: VERSION, config: r }, problems: [] };
  }
  if (typeof r.version === 'number' && r.version > VERSION) {
    return { raw, problems: [{ path: 'version', message: `stored by a newer version (${r.version}); read what this one knows` }] };
  }
  return { raw, problems: [] };
}

/** Every valid part of whatever was stored, with each problem named. */
export function repair(stored: unknown, repairConfig: RepairConfig): { settings: Settings; problems: Problem[] } {
  const settings = defaults();
  const { raw, problems } = migrate(stored);
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, problems: [{ path: '', message: 'stored settings are not an object' }] };
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['version', 'config', 'presend', 'sites', 'reminders', 'massSend', 'record'].includes(key)) {
      problems.push({ path: key, message: `unknown setting \`${key}\`` });
    }
  }
  if (r.config !== undefined) {
    const repaired = repairConfig(r.config);
    settings.config = repaired.config;
    problems.push(...repaired.problems.map((p) => ({ path: p.path ? `config.${p.path}` : 'config', message: p.message })));
  }
  if (r.presend !== undefined) {
    if (PRESEND_MODES.includes(r.presend as PresendMode)) settings.presend = r.presend as PresendMode;
    else problems.push({ path: 'presend', message: `expected one of ${PRESEND_MODES.join(', ')}` });
  }
  for (const key of ['reminders', 'massSend', 'record'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] === 'boolean') settings[key] = r[key];
    else problems.push({ path: key, message: 'expected true or false' });
  }
  if (r.sites !== undefined) {
    const sites = r.sites as Record<string, unknown>;
    for (const host of SITE_HOSTS) {
      if (sites?.[host] === undefined) continue;
      if (typeof sites[host] === 'boolean') settings.sites[host] = sites[host] as boolean;
      else problems.push({ path: `sites.${host}`, message: 'expected true or false' });
    }
  }
  return { settings, problems };
}

/**
 * The policy's config under the user's: rules by id (locked ones from the policy), phrase
 * lists joined per language and list, and the user's delay and language only where the
 * user moved them off the default.
 */
function applyPolicy(user: Settings, policy: Policy, repairConfig: RepairConfig): { settings: Settings; locked: string[] } {
  const base: Config = policy.configJson ? repairConfig(policy.configJson).config : {};
  const own = user.config;
  const locked = policy.lockedRules ?? [];
  const rules = { ...base.rules, ...own.rules };
  for (const id of locked) {
    if (base.rules?.[id]) rules[id] = base.rules[id];
    else delete rules[id];
  }
  const phrases: NonNullable<Config['phrases']> = {};
  for (const lang of ['en', 'de'] as const) {
    const a = base.phrases?.[lang];
    const b = own.phrases?.[lang];
    if (!a && !b) continue;
    const join = (k: 'flag' | 'template' | 'accept') => [...new Set([...(a?.[k] ?? []), ...(b?.[k] ?? [])])];
    phrases[lang] = { flag: join('flag'), template: join('template'), accept: join('accept') };
  }
  const config: Config = { ...base, ...own, rules, phrases, surfaces: { ...base.surfaces, ...own.surfaces } };
  // The engine's own defaults, as repairing nothing gives them.
  const unset = repairConfig({}).config;
  if ((own.followup_days ?? unset.followup_days) === unset.followup_days && base.followup_days !== undefined) config.followup_days = base.followup_days;
  if ((own.ui_lang ?? unset.ui_lang) === unset.ui_lang && base.ui_lang !== undefined) config.ui_lang = base.ui_lang;
  return {
    settings: { ...user, config, presend: policy.presend ?? user.presend, reminders: policy.reminders ?? user.reminders },
    locked,
  };
}

export async function load(repairConfig: RepairConfig): Promise<Loaded> {
  return settle(await readStored(), repairConfig);
}

/** What storage holds for the settings, and the policy: everything `load` reads, before the engine repairs it. */
export interface Stored {
  raw: unknown;
  area: 'sync' | 'local';
  policy: Policy;
}

/** Reads the stored settings and the policy; needs no engine, so the worker starts it beside the engine's start. */
export async function readStored(): Promise<Stored> {
  const [synced, local] = await Promise.all([
    chrome.storage.sync.get(KEY).catch(() => ({}) as Record<string, unknown>),
    chrome.storage.local.get([KEY, 'settingsArea', POLICY_KEY]).catch(() => ({}) as Record<string, unknown>),
  ]);
  const policy = await policyNow(local[POLICY_KEY]);
  const area = local.settingsArea === 'local' ? 'local' : 'sync';
  const raw = area === 'local' ? local[KEY] : (synced as Record<string, unknown>)[KEY];
  return { raw, area, policy };
}

/** The settings in effect from what was stored: repaired by the engine, the policy applied. */
export function settle({ raw, area, policy }: Stored, repairConfig: RepairConfig): Loaded {
  const { settings, problems } = repair(raw, repairConfig);
  const { settings: effective, locked } = applyPolicy(settings, policy, repairConfig);
  return { settings: effective, own: settings, problems, area, locked };
}

/**
 * Where the policy last read is kept. Chromium answers `storage.managed` only once it has
 * loaded the machine's policies — about three seconds after it starts the worker, measured
 * (tests/bench/first-report.mjs) — and the first report must not wait for that.
 */
export const POLICY_KEY = 'policySeen';
const POLICY_WAIT_MS = 50;

/**
 * The organisation's policy: as Chromium says it now, or, while it has not said yet, as it
 * said last time (nothing, on a fresh install). When it answers with something new, that is
 * stored, and everything that listens to storage reads the settings again.
 */
async function policyNow(seen: unknown): Promise<Policy> {
  const managed = chrome.storage.managed.get(null).catch(() => ({}) as Record<string, unknown>);
  const remember = (p: Record<string, unknown>) => {
    const fresh = readPolicy(p);
    if (JSON.stringify(fresh) !== JSON.stringify(readPolicy(seen))) void chrome.storage.local.set({ [POLICY_KEY]: fresh }).catch(() => undefined);
    return fresh;
  };
  const now = await Promise.race([managed, new Promise<null>((r) => setTimeout(() => r(null), POLICY_WAIT_MS))]);
  if (now) return remember(now);
  void managed.then(remember);
  return readPolicy(seen);
}

/** A policy's known fields, each kept only in the shape the schema gives it. */
export function readPolicy(v: unknown): Policy {
  if (typeof v !== 'object' || v === null) return {};
  const p = v as Record<string, unknown>;
  const out: Policy = {};
  if (typeof p.configJson === 'string') out.configJson = p.configJson;
  if (Array.isArray(p.lockedRules) && p.lockedRules.every((r) => typeof r === 'string')) out.lockedRules = p.lockedRules as string[];
  if (PRESEND_MODES.includes(p.presend as PresendMode)) out.presend = p.presend as PresendMode;
  if (typeof p.reminders === 'boolean') out.reminders = p.reminders;
  return out;
}

/** Stores the settings in sync, or locally when they outgrow sync's quota. */
export async function save(settings: Settings): Promise<'sync' | 'local'> {
  const stored = { version: VERSION, ...settings };
  try {
    await chrome.storage.sync.set({ [KEY]: stored });
    await chrome.storage.local.remove([KEY, 'settingsArea']);
    return 'sync';
  } catch (e) {
    if (!/quota/i.test(String(e))) throw e;
    await chrome.storage.local.set({ [KEY]: stored, settingsArea: 'local' });
    return 'local';
  }
}
