// The three presets of the options page: how much advice a user wants. Each is data — the
// rules it turns off and the severities and parameters it moves off the engine's defaults —
// and it replaces the config's `rules` as a whole, through the same engine validation as
// any other edit. Standard is the defaults themselves.
//
// Severity moves the score as well as the colour: a rule's cost scales with how far its
// severity is from its default (crates/core/src/score.rs, `cost_of`), so gentle scores
// the same message higher, strict lower.
import type { Config, RuleMeta, Severity } from './pkg/verbindlich_wasm.js';

export type RuleSettings = NonNullable<Config['rules']>;
export type PresetId = 'gentle' | 'standard' | 'strict';

export interface Preset {
  id: PresetId;
  rules: RuleSettings;
}

const off = { enabled: false } as const;
const as = (severity: Severity) => ({ severity });

export const PRESETS: readonly Preset[] = [
  {
    // What most often costs the answer stays (over the limit, placeholders, a wrong name,
    // no ask, hype, a pitch); advice on style goes quiet or becomes a tip.
    id: 'gentle',
    rules: {
      'length/near-limit': off,
      'length/long-paragraph': off,
      'ask/unspecific': off,
      'spam/exclamations': off,
      'tone/apologetic': off,
      'tone/hedging': off,
      'tone/flattery': off,
      'trust/no-common-ground': off,
      'trust/no-easy-no': off,
      'followup/no-reference': off,
      'readability/hard-to-read': off,
      'length/too-long': as('hint'),
      'length/long-sentence': { severity: 'hint', params: { max_words: 35 } },
      'length/wall-of-text': as('hint'),
      'ask/too-many': { params: { max_asks: 3 } },
      'value/no-benefit': as('hint'),
      'value/self-focus': { severity: 'hint', params: { max_ratio: 3 } },
      'spam/all-caps': { params: { min_letters: 8 } },
    },
  },
  { id: 'standard', rules: {} },
  {
    // Every tip counts as worth fixing, the limits are tighter, and a greeting for anyone
    // or hype, which make a message read as a mass mailing, must be fixed before sending.
    id: 'strict',
    rules: {
      'length/near-limit': { params: { ratio: 0.75 } },
      'length/too-short': as('warning'),
      'length/long-sentence': { params: { max_words: 20 } },
      'length/long-paragraph': { severity: 'warning', params: { max_words: 45 } },
      'length/wall-of-text': { params: { min_words: 45 } },
      'personal/generic-salutation': as('error'),
      'ask/unspecific': as('warning'),
      'ask/too-many': { params: { max_asks: 1 } },
      'value/self-focus': { params: { max_ratio: 1.5 } },
      'spam/hype': as('error'),
      'spam/exclamations': { severity: 'warning', params: { max_total: 1 } },
      'tone/apologetic': as('warning'),
      'tone/hedging': as('warning'),
      'tone/flattery': as('warning'),
      'trust/no-common-ground': as('warning'),
      'trust/no-easy-no': as('warning'),
      'followup/no-reference': as('warning'),
      'readability/hard-to-read': { severity: 'warning', params: { min_score: 40 } },
    },
  },
];

/** Each rule as it would run: on or off, its severity and every parameter's value. */
function effective(rules: RuleSettings | undefined, catalogue: RuleMeta[]): string {
  return JSON.stringify(
    catalogue.map((r) => {
      const s = rules?.[r.id] ?? {};
      return [s.enabled ?? true, s.severity ?? r.severity, r.params.map((p) => s.params?.[p.name] ?? p.default)];
    }),
  );
}

/** The preset these rule settings amount to, or null for a mix of the user's own. */
export function presetOf(rules: RuleSettings | undefined, catalogue: RuleMeta[]): PresetId | null {
  const now = effective(rules, catalogue);
  return PRESETS.find((p) => effective(p.rules, catalogue) === now)?.id ?? null;
}
