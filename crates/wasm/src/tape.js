// Builds the value a tape describes (see tape.rs): `ops` says what to build, `strings`
// holds every string as UTF-16, decoded once and sliced; `statics` keeps the strings of
// the module's static data across calls, numbered as the tape numbers them.
// ignoreBOM: a string that starts with U+FEFF must keep it, or every offset after it slips.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf8 = new TextEncoder();

// Writes `text` as UTF-8 into `into`, a view of WebAssembly memory (see tape.rs).
export function encodeText(text, into) {
  return utf8.encodeInto(text, into).written;
}

// analyze()'s input, read in one call the way the engine used to read it field by field:
// its own keys checked by name, then `text`, `context` and `config` each read once as
// properties (inherited ones and getters included). Returns the context and config as
// one JSON string and keeps the text for `inputText`; or, when something is wrong, a
// number saying what (`analyze` in lib.rs turns it into the message), or `[key]` for an
// unknown key.
let inputTextValue;

export function readInput(input) {
  inputTextValue = undefined;
  if (typeof input !== 'object' || input === null) return 0;
  const keys = Object.keys(input);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== 'text' && key !== 'context' && key !== 'config') return [key];
  }
  const text = input.text;
  if (text === undefined || text === null) return 1;
  if (typeof text !== 'string') return 2;
  const context = json(input.context);
  if (context === undefined) return 3;
  const config = json(input.config);
  if (config === undefined) return 4;
  inputTextValue = text;
  return `{"context":${context},"config":${config}}`;
}

// The text of the input `readInput` last read, handed over once.
export function inputText() {
  const text = inputTextValue;
  inputTextValue = undefined;
  return text;
}

// A value as JSON: `null` when absent, undefined when it cannot be written (a function, a
// symbol, a BigInt, a cycle).
function json(value) {
  if (value === undefined || value === null) return 'null';
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

// The tape being read, as module state: a reader closure made anew for every report, or a
// try/finally around the read, made V8's code for it a fifth slower (about 14 µs against
// 11.5 µs for an InMail's report under Node 20). A tape that throws leaves these set
// until the next call, which sets them again.
let ops;
let text;
let statics;
let at = 0;

export function fromTape(tapeOps, strings, staticStrings) {
  ops = tapeOps;
  text = utf16.decode(strings);
  statics = staticStrings;
  at = 0;
  const result = value();
  ops = text = statics = undefined;
  return result;
}

// The report's structs as object literals, numbered and listed as SHAPES in tape.rs
// (whose test holds the two together). A literal's fields are read in the order written.
const shapes = [
  () => ({ language: value(), ui_lang: value(), surface: value(), counts: value(), limit: value(), readability: value(), score: value(), scores: value(), findings: value(), checklist: value() }),
  () => ({ chars: value(), words: value(), sentences: value(), questions: value() }),
  () => ({ max_chars: value(), source: value() }),
  () => ({ score: value(), level: value(), label: value() }),
  () => ({ length: value(), personal: value(), ask: value(), value: value(), tone: value() }),
  () => ({ rule: value(), family: value(), severity: value(), message: value(), why: value(), span: value(), suggestion: value() }),
  () => ({ start: value(), end: value(), start_utf16: value(), end_utf16: value() }),
  () => ({ id: value(), label: value(), passed: value(), reason: value() }),
];

// One value and everything inside it. The cases are roughly in the order a report needs
// them most: its structs, then any other object (a config, a problem), static strings,
// numbers and strings; arrays, null and booleans last.
function value() {
  const op = ops[at++];
  if (op === 9) return shapes[ops[at++]]();
  if (op === 6) {
    const n = ops[at++];
    const object = {};
    for (let k = 0; k < n; k++) {
      const key = value();
      object[key] = value();
    }
    return object;
  }
  if (op === 7) return statics[ops[at++]];
  if (op === 3) return ops[at++];
  if (op === 4) {
    const start = ops[at];
    const end = start + ops[at + 1];
    at += 2;
    return text.slice(start, end);
  }
  if (op === 5) {
    const n = ops[at++];
    const array = new Array(n);
    for (let k = 0; k < n; k++) array[k] = value();
    return array;
  }
  if (op === 0) return null;
  if (op === 1) return false;
  if (op === 2) return true;
  if (op === 8) {
    const id = ops[at];
    const start = ops[at + 1];
    at += 3;
    return (statics[id] = text.slice(start, start + ops[at - 1]));
  }
  throw new Error(`Verbindlich: unreadable tape at ${at - 1}`);
}
