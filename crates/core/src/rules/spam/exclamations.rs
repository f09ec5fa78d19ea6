//! `spam/exclamations`: stacked or excessive exclamation marks.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    id: "spam/exclamations",
    name: Bi { en: "Too many exclamation marks", de: "Zu viele Ausrufezeichen" },
    family: Family::Spam,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Two or more exclamation marks in a row, or more of them in the message than the configured maximum.",
        de: "Zwei oder mehr Ausrufezeichen hintereinander oder mehr davon in der Nachricht als eingestellt.",
    },
    why: Bi {
        en: "Exclamation marks add volume, not meaning; a calm tone earns more trust.",
        de: "Ausrufezeichen machen lauter, nicht klarer; ein ruhiger Ton schafft mehr Vertrauen.",
    },
    example: Bi { en: "Hi Anna!!! Loved your talk!!", de: "Hallo Anna!!! Toller Vortrag!!" },
    instead: Bi { en: "Hi Anna, I loved your talk.", de: "Hallo Anna, Ihr Vortrag hat mir sehr gefallen." },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "max_total",
        kind: ParamKind::Integer { min: 0, max: 50 },
        default: 2.0,
        doc: Bi {
            en: "Most exclamation marks in one message.",
            de: "Höchstzahl an Ausrufezeichen in einer Nachricht.",
        },
        label: Bi { en: "Most in one message", de: "Höchstens in einer Nachricht" },
        unit: Unit::ExclamationMarks,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let text = cx.doc.text;
    let mut total = 0;
    let mut stacked = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        i = crate::scan::find_any(bytes, i, [b'!']);
        if i == bytes.len() {
            break;
        }
        let mut j = i;
        while j < bytes.len() && bytes[j] == b'!' {
            j += 1;
        }
        total += j - i;
        if j - i >= 2 {
            stacked = true;
            out.push(
                Draft::at(
                    Span::new(i, j),
                    say!(
                        cx,
                        "Stacked exclamation marks shout. One full stop is enough.",
                        "Mehrere Ausrufezeichen schreien. Ein Punkt genügt.",
                    ),
                )
                .replace_with("."),
            );
        }
        i = j;
    }
    if !stacked && total > p.count("max_total") {
        out.push(Draft::whole(say!(
            cx,
            format!("{total} exclamation marks. Keep at most one."),
            format!("{total} Ausrufezeichen. Höchstens eines reicht."),
        )));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn many_single_marks() {
        assert_finding("spam/exclamations", "Hi! Great! Thanks! Bye!");
        assert_clean("spam/exclamations", "Hi Anna! Thanks.");
    }
}
