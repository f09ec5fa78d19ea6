// Generated from the Rust types by the test in src/types.rs; do not edit. After changing
// a type that crosses the boundary: VERBINDLICH_BLESS=1 cargo test -p verbindlich-wasm --lib types

export type Lang = "de" | "en";

export type Severity = "hint" | "warning" | "error";

/**
 * The ten families of advice.
 */
export type Family = "length" | "personal" | "ask" | "value" | "template" | "spam" | "tone" | "trust" | "followup" | "readability";

/**
 * The five scores.
 */
export type Area = "length" | "personal" | "ask" | "value" | "tone";

export type SurfaceId = "linkedin-connect" | "linkedin-message" | "linkedin-inmail" | "xing-message" | "xing-contact" | "generic";

/**
 * The three kinds of message, told apart by what the page shows of the thread: the cold
 * first message gets every rule, a reply answers someone who wrote (the cold-outreach
 * rules stay quiet), a follow-up nudges the user's own unanswered message.
 */
export type MessageKind = "first" | "reply" | "followup";

export type SharedKind = "school" | "employer" | "event" | "group";

/**
 * Something the user and the recipient share, as the page names it.
 */
export type Shared = { kind: SharedKind, 
/**
 * "TU München", "Contoso", "ROSCon 2026", "Rust Berlin".
 */
name: string, };

export type Recipient = { full_name?: string | null, first_name?: string | null, headline?: string | null, company?: string | null, location?: string | null, 
/**
 * Where they studied, as their profile shows it (what the user shares is in `shared`).
 */
school?: string | null, 
/**
 * What their profile says they talk about ("Talks about #hiring, #rust"), without the `#`.
 */
topics?: Array<string>, mutual_connections?: Array<string>, 
/**
 * How many contacts the user shares with them, when the page counts them.
 */
mutual_count?: number | null, 
/**
 * What the page says the user and the recipient have in common.
 */
shared?: Array<Shared>, 
/**
 * Their recent posts or activity as the page shows them: a title or first line each.
 */
posts?: Array<string>, };

export type Sender = { full_name?: string | null, };

export type Thread = { 
/**
 * What the draft is; read from the texts below when absent.
 */
kind?: MessageKind | null, 
/**
 * The user's own earlier message that is still unanswered, when this draft follows it up.
 */
first_message?: string | null, 
/**
 * The other person's newest message, when this draft answers it.
 */
their_last_message?: string | null, days_since_last_sent?: number | null, };

/**
 * A first message sent before: what `template/mass-send` compares a draft with.
 */
export type SentNote = { 
/**
 * Its similarity sketch (256 hex digits, see [`crate::similarity`]).
 */
sketch: string, 
/**
 * Whole days since it was sent.
 */
days_ago: number, };

export type Context = { surface?: SurfaceId | null, 
/**
 * The limit the page states (maxlength, a visible counter); wins over the surface.
 */
max_chars?: number | null, 
/**
 * The page's field took no more text past this many characters (a `maxlength` the
 * text fills): whatever the user typed after that point is not in the message.
 */
cut_at?: number | null, 
/**
 * Language for messages and reasons; the message's language when absent.
 */
ui_lang?: Lang | null, 
/**
 * The message's language when the caller knows it; detected when absent.
 */
lang?: Lang | null, 
/**
 * The subject line, where the composer has one (InMail, Sales Navigator).
 */
subject?: string | null, recipient?: Recipient | null, sender?: Sender | null, 
/**
 * What the page shows of the conversation the draft belongs to.
 */
thread?: Thread | null, 
/**
 * First messages the user sent before, as the mass-send warning keeps them (opt-in):
 * a similarity sketch and an age each, never a text.
 */
sent?: Array<SentNote>, 
/**
 * The key the `sent` sketches were made with (16 hex digits; see
 * [`crate::similarity::key_of`]): the draft is sketched with it to compare.
 */
sent_key?: string | null, };

export type RuleSetting = { enabled?: boolean | null, severity?: Severity | null, params?: { [key in string]: number }, };

export type PhraseLists = { 
/**
 * Phrases to flag wherever they appear (`template/own-phrase`).
 */
flag?: Array<string>, 
/**
 * Phrases that mark a mass message, added to `template/stock-phrase`.
 */
template?: Array<string>, 
/**
 * Words and phrases never to flag (an acronym, a product name).
 */
accept?: Array<string>, };

export type UiLang = "auto" | "de" | "en";

export type SurfaceSetting = { max_chars?: number | null, ideal_words?: number | null, };

export type Config = { 
/**
 * Per rule id: on/off, severity, parameters. Rules not listed keep their defaults.
 */
rules?: { [key in string]: RuleSetting }, 
/**
 * The user's own phrase lists, per language.
 */
phrases?: { [key in Lang]?: PhraseLists }, 
/**
 * Days after a first message before the follow-up reminder.
 */
followup_days?: number, 
/**
 * Language of messages and reasons: `auto` follows the message.
 */
ui_lang?: UiLang, 
/**
 * Per surface id: budgets that replace the built-in ones.
 */
surfaces?: { [key in SurfaceId]?: SurfaceSetting }, };

/**
 * What `analyze` takes, as its TypeScript type says. It is read key by key instead (see
 * [`read_input`]), so that the context and config stay JSON for their caches.
 */
export type AnalyzeInput = { text: string, context?: Context, config?: Config, };

/**
 * End-exclusive; byte offsets for Rust callers, UTF-16 offsets for the DOM.
 */
export type Span = { start: number, end: number, start_utf16: number, end_utf16: number, };

/**
 * What a finding's suggestion is.
 */
export type SuggestionKind = "replacement" | "example";

export type Finding = { rule: string, family: Family, severity: Severity, message: string, why: string, span: Span | null, suggestion: string | null, 
/**
 * `replacement` or `example` when there is a suggestion.
 */
suggestion_kind: SuggestionKind | null, 
/**
 * Points this finding took off the overall score (see [`crate::score`]).
 */
cost: number, };

/**
 * The pre-send checklist. Each rule names the entry its findings fail.
 */
export type Checkpoint = "addressed-by-name" | "within-limit" | "one-clear-ask" | "value-for-recipient" | "nothing-generic" | "easy-no";

export type ChecklistEntry = { id: Checkpoint, 
/**
 * The area whose score this entry feeds.
 */
area: Area, label: string, passed: boolean, 
/**
 * Failed only by hints: shown unchecked, as advice, but not counted among the failed
 * checks that cap the score. A good message often skips the easy no; a bad one is
 * caught by what it does, not by the polish it lacks.
 */
advisory: boolean, 
/**
 * Why it failed (the first finding's message) or what passing means.
 */
reason: string, };

export type Counts = { chars: number, words: number, sentences: number, questions: number, };

export type LimitSource = "page" | "config" | "surface";

export type Limit = { max_chars: number | null, source: LimitSource | null, };

export type Readability = { 
/**
 * Flesch Reading Ease (English) or Amstad (German); `null` below the word count at
 * which the formulas say anything.
 */
score: number | null, 
/**
 * `very-easy` … `very-difficult`.
 */
level: string | null, 
/**
 * The level in plain words, in the UI language.
 */
label: string | null, };

/**
 * How ready a message is to send, in words.
 */
export type Band = "ready" | "could-be-better" | "weak";

export type Cap = { score: number, 
/**
 * Why, in the UI language ("Three checks fail: at most 59").
 */
reason: string, };

/**
 * Why the score is what it is: 100 minus what the findings cost, unless a cap holds
 * it lower.
 */
export type Breakdown = { 
/**
 * The findings' costs added up (each finding's `cost`).
 */
lost: number, 
/**
 * The cap that held the score below `100 - lost`, if any.
 */
cap: Cap | null, };

export type Scores = { length: number, personal: number, ask: number, value: number, tone: number, };

/**
 * What a thing to mention is.
 */
export type MentionKind = "role" | "company" | "location" | "studied" | "topic" | "mutual" | "mutual-count" | "school" | "employer" | "event" | "group" | "post";

/**
 * Something the message could mention, and whether it does.
 */
export type ThingToMention = { kind: MentionKind, 
/**
 * As the page shows it; for `mutual-count`, the number.
 */
text: string, 
/**
 * Where the draft mentions it; `null` when it does not.
 */
span: Span | null, 
/**
 * A sentence that mentions it, in the message's language and address: to show or to
 * copy, never written into the editor.
 */
example: string, };

export type Report = { language: Lang, ui_lang: Lang, surface: SurfaceId, 
/**
 * What the draft is: `first`, `reply` or `followup`.
 */
kind: MessageKind, counts: Counts, limit: Limit, readability: Readability, score: number, band: Band, breakdown: Breakdown, scores: Scores, findings: Array<Finding>, 
/**
 * How many findings were left out of `findings`: a very long message (a pasted
 * document) finds more than anyone reads or a page can underline, so a report lists at
 * most [`crate::engine::MAX_FINDINGS`], the most severe first. The score, the areas and
 * the checklist count them all.
 */
omitted: number, checklist: Array<ChecklistEntry>, 
/**
 * What the page shows about the recipient that the message could mention, each with
 * where the draft already does (see [`crate::mentions`]). Empty without a recipient.
 */
things_to_mention: Array<ThingToMention>, };

/**
 * A string in both languages of the product.
 */
export type Bilingual = { en: string, de: string, };

/**
 * What a parameter's number counts. The options page writes it after the number, in the
 * UI language ("25 words", "85 %"), so its label can read as the start of a sentence.
 */
export type Unit = "words" | "letters" | "asks" | "exclamation-marks" | "self-references" | "share" | "points" | "ratio" | "people" | "days";

export type ParamKind = { "type": "integer", min: number, max: number, } | { "type": "number", min: number, max: number, };

export type ParamSpec = { 
/**
 * The key in the config: `rules.<id>.params.<name>`.
 */
name: string, default: number, 
/**
 * What the number means, in a sentence.
 */
doc: Bilingual, 
/**
 * What the options page writes before the number: with the number and its unit it
 * reads as a phrase ("Sentences up to" 25 words).
 */
label: Bilingual, unit: Unit, } & ({ "type": "integer", min: number, max: number, } | { "type": "number", min: number, max: number, });

/**
 * Which context an example needs: a first message, or a follow-up to one.
 */
export type ExampleContext = "first-message" | "connect-note" | "inmail" | "follow-up" | "mass-send" | "reply-to-courtesy" | "reply-to-question" | "cut-note";

/**
 * A rule as the catalogue shows it: its metadata and the area whose score its findings
 * count towards, which follows from its family (see [`Family::area`]).
 */
export type RuleMeta = { area: Area, id: string, 
/**
 * What the rule is called where users pick it (the options page, the catalogue): a
 * few plain words for what it flags, never its id.
 */
name: Bilingual, family: Family, severity: Severity, 
/**
 * The checklist entry this rule's findings fail, if any.
 */
checkpoint: Checkpoint | null, 
/**
 * The kinds of message it judges; it stays quiet on the others.
 */
kinds: Array<MessageKind>, what: Bilingual, why: Bilingual, 
/**
 * A message that gets this finding.
 */
example: Bilingual, 
/**
 * The same message written so it does not.
 */
instead: Bilingual, example_context: ExampleContext, params: Array<ParamSpec>, };

/**
 * One thing wrong with a config, named by its path (`rules.ask/vague.params.max`).
 */
export type Problem = { path: string, message: string, };

/**
 * What `repairConfig` answers.
 */
export type Repaired = { 
/**
 * Every valid part of the input; defaults for the rest.
 */
config: Config, problems: Array<Problem>, };

/**
 * A checklist entry by its id and its name.
 */
export type ChecklistEntryName = { id: Checkpoint, label: Bilingual, };
