//! Values cross to JavaScript as one tape: a list of numbers that says what to build and
//! one UTF-16 buffer that holds every string. `tape.js` turns both into plain objects in a
//! single call.
//!
//! serde-wasm-bindgen crosses the boundary once per field and decodes every string on its
//! own; for a report with a dozen findings that was about 100 µs of a 300 µs analysis under
//! Node, more than segmenting the message. Going through JSON was no better: `JSON.parse`
//! and decoding UTF-8 with umlauts in it cost as much again. The tape costs one crossing
//! and one decode of UTF-16, which needs no transcoding.
//!
//! Strings in the module's static data — field names, rule ids, severities, the why of
//! each rule — are sent once and then only named by number: tape.js keeps them, already
//! usable as property keys, in one array per instance. Building the report's objects
//! with those keys is half the cost of building them with freshly cut ones.
//!
//! The result is what `JSON.parse` of `serde_json`'s output would give: maps and structs
//! become plain objects, `None` and `()` become `null`, every number a JavaScript number.

use rustc_hash::FxHashMap as HashMap;
use serde::ser::{self, Serialize};
use std::cell::RefCell;
use std::fmt;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/tape.js")]
extern "C" {
    /// Builds the value the tape describes; `statics` holds the static strings sent so far.
    #[wasm_bindgen(js_name = fromTape)]
    fn from_tape(ops: &[f64], strings: &[u16], statics: &js_sys::Array) -> JsValue;

    /// Writes `text` into `into` as UTF-8 (which must have room for three bytes per
    /// UTF-16 unit); returns how many bytes it wrote.
    #[wasm_bindgen(js_name = encodeText)]
    fn encode_text(text: &js_sys::JsString, into: &mut [u8]) -> usize;

    /// Reads `analyze`'s input: the context and config as one JSON string, or what is wrong
    /// with it (see `analyze`).
    #[wasm_bindgen(js_name = readInput)]
    pub fn read_input(input: &JsValue) -> JsValue;

    /// The text of the input `read_input` last read successfully.
    #[wasm_bindgen(js_name = inputText)]
    pub fn input_text() -> js_sys::JsString;
}

/// A JavaScript string as a Rust one, encoded by the engine's own `TextEncoder` straight
/// into WebAssembly memory. wasm-bindgen's own conversion copies ASCII a character at a
/// time in JavaScript first: several microseconds for an InMail.
pub fn string_from_js(text: &js_sys::JsString) -> Result<String, JsError> {
    let mut bytes = vec![0u8; text.length() as usize * 3];
    let written = encode_text(text, &mut bytes);
    bytes.truncate(written);
    // TextEncoder writes well-formed UTF-8 whatever the string holds (a lone surrogate
    // becomes U+FFFD), so this check never fails; it costs a fraction of a microsecond.
    String::from_utf8(bytes).map_err(|e| JsError::new(&format!("invalid input: not text after encoding: {e}")))
}

// Where the linker put the module's static data (wasm-ld defines both symbols): a string
// inside it never changes and never moves.
#[cfg(target_arch = "wasm32")]
unsafe extern "C" {
    static __global_base: u8;
    static __data_end: u8;
}

#[cfg(target_arch = "wasm32")]
fn is_static(s: &str) -> bool {
    // Only the symbols' addresses are taken, never their contents.
    let (start, end) = (&raw const __global_base as usize, &raw const __data_end as usize);
    let at = s.as_ptr() as usize;
    start <= at && at + s.len() <= end
}

/// Outside WebAssembly (the crate's native build, for `cargo test`) there is no such
/// layout to rely on: every string is sent as it is.
#[cfg(not(target_arch = "wasm32"))]
fn is_static(_: &str) -> bool {
    false
}

/// The static strings JavaScript already has, by address and length, and the array it
/// keeps them in; and the last tape's buffers, reused so that a keystroke allocates none.
struct Statics {
    ids: HashMap<(usize, usize), u32>,
    /// The ids last looked up, by address: a report names its ~250 static strings (field
    /// names most of all) again and again, and a hit here is one comparison, not a hash.
    recent: Vec<(usize, usize, u32)>,
    array: js_sys::Array,
    ops: Vec<f64>,
    strings: Vec<u16>,
}

const RECENT: usize = 512;

thread_local! {
    static STATICS: RefCell<Option<Statics>> = const { RefCell::new(None) };
}

// What each entry of `ops` means; tape.js reads the same numbers.
const NULL: f64 = 0.0;
const FALSE: f64 = 1.0;
const TRUE: f64 = 2.0;
/// Followed by the number.
const NUMBER: f64 = 3.0;
/// Followed by the string's start and length in `strings`, in UTF-16 units.
const STRING: f64 = 4.0;
/// Followed by the number of elements, then each element.
const ARRAY: f64 = 5.0;
/// Followed by the number of entries, then each key (a string) and its value.
const OBJECT: f64 = 6.0;
/// A static string seen before: followed by its number.
const STATIC: f64 = 7.0;
/// A static string seen first: followed by its new number, start and length.
const STATIC_NEW: f64 = 8.0;
/// One of [`SHAPES`]: followed by its number, then the value of each of its fields.
const SHAPE: f64 = 9.0;

/// The report's structs (DESIGN §5), which tape.js builds as object literals, numbered as
/// `shapes` there. V8 gives a literal its final layout at once; built key by key, each
/// field is a keyed store and a change of layout: for an InMail's ~190 fields about 6 µs
/// against 0.3 µs under Node 20, and the keys no longer cross at all. A struct is written
/// as its shape only if it has this name and this many fields, and every field it writes
/// must be the next one listed here, or the tape fails with an error naming it. The test
/// `shapes_match_tape_js` holds tape.js to this list.
const SHAPES: &[(&str, &[&str])] = &[
    (
        "Report",
        &[
            "language",
            "ui_lang",
            "surface",
            "counts",
            "limit",
            "readability",
            "score",
            "scores",
            "findings",
            "checklist",
        ],
    ),
    ("Counts", &["chars", "words", "sentences", "questions"]),
    ("Limit", &["max_chars", "source"]),
    ("Readability", &["score", "level", "label"]),
    ("Scores", &["length", "personal", "ask", "value", "tone"]),
    ("Finding", &["rule", "family", "severity", "message", "why", "span", "suggestion"]),
    ("ReportSpan", &["start", "end", "start_utf16", "end_utf16"]),
    ("ChecklistEntry", &["id", "label", "passed", "reason"]),
];

/// Converts `value` to a plain JavaScript value through one tape.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    STATICS.with(|cell| {
        let mut cell = cell.borrow_mut();
        let statics = cell.get_or_insert_with(|| Statics {
            ids: HashMap::default(),
            recent: vec![(0, 0, 0); RECENT],
            array: js_sys::Array::new(),
            ops: Vec::new(),
            strings: Vec::new(),
        });
        let known = statics.ids.len() as u32;
        statics.ops.clear();
        statics.strings.clear();
        let mut tape = Tape {
            ops: &mut statics.ops,
            strings: &mut statics.strings,
            statics: &mut statics.ids,
            recent: &mut statics.recent,
        };
        match value.serialize(&mut tape) {
            Ok(()) => Ok(from_tape(&statics.ops, &statics.strings, &statics.array)),
            Err(e) => {
                // JavaScript never saw the strings numbered on this tape.
                statics.ids.retain(|_, id| *id < known);
                statics.recent.iter_mut().filter(|r| r.2 >= known).for_each(|r| *r = (0, 0, 0));
                Err(JsError::new(&e.0))
            }
        }
    })
}

struct Tape<'s> {
    ops: &'s mut Vec<f64>,
    strings: &'s mut Vec<u16>,
    statics: &'s mut HashMap<(usize, usize), u32>,
    recent: &'s mut [(usize, usize, u32)],
}

impl<'s> Tape<'s> {
    fn string(&mut self, s: &str) {
        if is_static(s) {
            let (at, len) = (s.as_ptr() as usize, s.len());
            let slot = (at ^ at >> 9 ^ len) % RECENT;
            let (a, l, id) = self.recent[slot];
            if a == at && l == len {
                self.ops.extend([STATIC, id.into()]);
                return;
            }
            let next = self.statics.len() as u32;
            let id = *self.statics.entry((at, len)).or_insert(next);
            self.recent[slot] = (at, len, id);
            if id != next {
                self.ops.extend([STATIC, id.into()]);
                return;
            }
            self.ops.extend([STATIC_NEW, id.into()]);
        } else {
            self.ops.push(STRING);
        }
        let start = self.strings.len();
        if s.is_ascii() {
            // Most strings, and a loop the compiler can widen; UTF-16 needs no decoding here.
            self.strings.extend(s.bytes().map(u16::from));
        } else {
            self.strings.extend(s.encode_utf16());
        }
        self.ops.extend([start as f64, (self.strings.len() - start) as f64]);
    }

    /// `{ "Variant": [..] }` or `{ "Variant": {..} }`, as serde_json writes an enum's
    /// tuple and struct variants: opens the body inside an object of one entry.
    fn variant(&mut self, variant: &str, kind: f64) -> Open<'_, 's> {
        self.ops.extend([OBJECT, 1.0]);
        self.string(variant);
        self.open(kind)
    }

    /// Opens an array or object; its count is filled in when it closes.
    fn open(&mut self, kind: f64) -> Open<'_, 's> {
        self.ops.extend([kind, 0.0]);
        Open { at: self.ops.len() - 1, count: 0, tape: self, shape: None }
    }

    /// Opens a struct: as its shape when it has one, as an object otherwise. Not inlined
    /// into each struct's serializer, where it would cost code size and compile time.
    #[inline(never)]
    fn open_struct(&mut self, name: &'static str, len: usize) -> Open<'_, 's> {
        match SHAPES.iter().position(|&(n, fields)| n == name && fields.len() == len) {
            Some(id) => {
                self.ops.extend([SHAPE, id as f64]);
                Open { at: 0, count: 0, tape: self, shape: Some(SHAPES[id]) }
            }
            None => self.open(OBJECT),
        }
    }
}

/// An array or object being written.
struct Open<'t, 's> {
    tape: &'t mut Tape<'s>,
    /// Where its count goes.
    at: usize,
    count: usize,
    /// The struct's name and fields, when it is written as one of [`SHAPES`].
    shape: Option<(&'static str, &'static [&'static str])>,
}

impl Open<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.count += 1;
        value.serialize(&mut *self.tape)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.key(key)?;
        value.serialize(&mut *self.tape)
    }

    /// Writes a field's key, or checks it is the next of the shape's. Shared by every
    /// field's serializer rather than inlined into each.
    #[inline(never)]
    fn key(&mut self, key: &str) -> Result<(), Error> {
        match self.shape {
            Some((name, fields)) if !fields.get(self.count).is_some_and(|f| same(f, key)) => {
                return Err(Error(format!("{name}'s field `{key}` is not the one tape.js expects next")));
            }
            Some(_) => {}
            None => self.tape.string(key),
        }
        self.count += 1;
        Ok(())
    }

    fn close(self) -> Result<(), Error> {
        match self.shape {
            Some((name, fields)) if self.count != fields.len() => {
                Err(Error(format!("{name} wrote {} of its {} fields", self.count, fields.len())))
            }
            Some(_) => Ok(()),
            None => {
                self.tape.ops[self.at] = self.count as f64;
                Ok(())
            }
        }
    }
}

/// `a == b` for a field name: the same literal, as it nearly always is, or the same bytes,
/// compared inline (`==` on strings calls memcmp, a loop of its own in WebAssembly).
#[inline(always)]
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && (a.as_ptr() == b.as_ptr() || a.bytes().zip(b.bytes()).all(|(x, y)| x == y))
}

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl<'t, 's> ser::Serializer for &'t mut Tape<'s> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Open<'t, 's>;
    type SerializeTuple = Open<'t, 's>;
    type SerializeTupleStruct = Open<'t, 's>;
    type SerializeTupleVariant = Open<'t, 's>;
    type SerializeMap = Open<'t, 's>;
    type SerializeStruct = Open<'t, 's>;
    type SerializeStructVariant = Open<'t, 's>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.ops.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        // As JSON has it: a number that is not finite is null.
        if v.is_finite() {
            self.ops.extend([NUMBER, v]);
        } else {
            self.ops.push(NULL);
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.open(ARRAY);
        for b in v {
            seq.element(b)?;
        }
        seq.close()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.ops.push(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.ops.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut object = self.open(OBJECT);
        object.field(variant, value)?;
        object.close()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Open<'t, 's>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple(self, _: usize) -> Result<Open<'t, 's>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Open<'t, 's>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Open<'t, 's>, Error> {
        Ok(self.variant(variant, ARRAY))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Open<'t, 's>, Error> {
        Ok(self.open(OBJECT))
    }
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Open<'t, 's>, Error> {
        Ok(self.open_struct(name, len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Open<'t, 's>, Error> {
        Ok(self.variant(variant, OBJECT))
    }
}

/// The compound shapes that are arrays: each element in turn.
macro_rules! elements {
    ($($shape:ident :: $method:ident),*) => {$(
        impl ser::$shape for Open<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Open<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.count += 1;
        let before = self.tape.ops.len();
        key.serialize(&mut *self.tape)?;
        // An object's keys are strings, as in JSON.
        if !matches!(self.tape.ops.get(before), Some(&STRING | &STATIC | &STATIC_NEW)) {
            return Err(Error("a map key must be a string".into()));
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.tape)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// The compound shapes that are objects with named fields.
macro_rules! fields {
    ($($shape:ident),*) => {$(
        impl ser::$shape for Open<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;

    /// Walks one value of a tape from `at`; returns where the next begins, or what is wrong.
    fn walk(ops: &[f64], at: usize) -> Result<usize, String> {
        let count = |k: usize| ops.get(k).map(|&n| n as usize).ok_or("a count is missing");
        match ops.get(at).copied() {
            Some(NULL | FALSE | TRUE) => Ok(at + 1),
            Some(NUMBER | STATIC) => Ok(at + 2),
            Some(STRING) => Ok(at + 3),
            Some(STATIC_NEW) => Ok(at + 4),
            Some(ARRAY) => (0..count(at + 1)?).try_fold(at + 2, |k, _| walk(ops, k)),
            Some(OBJECT) => Err(format!("an object built key by key at {at}, not a shape")),
            Some(SHAPE) => {
                let (_, fields) = SHAPES.get(count(at + 1)?).ok_or("an unknown shape")?;
                fields.iter().try_fold(at + 2, |k, _| walk(ops, k))
            }
            other => Err(format!("unreadable op {other:?} at {at}")),
        }
    }

    /// Every struct of a report — each kind of it — crosses as its shape: a field added to
    /// one, or renamed, fails here rather than quietly costing the keyed stores again.
    #[test]
    fn every_struct_of_a_report_is_a_shape() {
        let context: verbindlich_core::Context =
            serde_json::from_str(r#"{"surface":"linkedin-inmail","recipient":{"full_name":"Anna Schmidt"}}"#)
                .expect("a context");
        let text = "Hi Daniel, I came across your profile and wanted to reach out. Could you send me \
                    {{company}} details?? We help teams like yours grow fast and I think maybe we could talk.";
        let report =
            verbindlich_core::analyze(text, &context, &verbindlich_core::Config::default()).expect("an analysis");
        assert!(report.findings.iter().any(|f| f.span.is_some() && f.suggestion.is_some()));
        assert!(report.readability.score.is_some());
        let (mut ops, mut strings) = (Vec::new(), Vec::new());
        let (mut ids, mut recent) = (HashMap::default(), vec![(0, 0, 0); RECENT]);
        let mut tape = Tape { ops: &mut ops, strings: &mut strings, statics: &mut ids, recent: &mut recent };
        report.serialize(&mut tape).expect("every field is the one its shape lists next");
        assert_eq!(walk(&ops, 0), Ok(ops.len()));
        assert_eq!(ops[0], SHAPE, "the report itself");
    }

    /// Each shape's fields in tape.js, in order: `() => ({ a: value(), b: value() }),`.
    fn shapes_in_tape_js() -> Vec<Vec<String>> {
        let js = include_str!("tape.js");
        let list =
            js.split("const shapes = [").nth(1).and_then(|s| s.split("];").next()).expect("tape.js lists shapes");
        list.lines()
            .filter_map(|line| line.trim().strip_prefix("() => ({"))
            .map(|body| {
                body.split(',')
                    .filter_map(|field| field.split(':').next())
                    .map(|key| key.trim().to_string())
                    .filter(|key| !key.is_empty() && !key.starts_with(')'))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn shapes_match_tape_js() {
        let rust: Vec<Vec<String>> =
            SHAPES.iter().map(|(_, fields)| fields.iter().map(|f| f.to_string()).collect()).collect();
        assert_eq!(shapes_in_tape_js(), rust);
    }
}
