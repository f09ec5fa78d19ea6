//! `length/wall-of-text`: a long message without a single line break.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "length/wall-of-text",
    name: Bi { en: "No line breaks", de: "Keine Zeilenumbrüche" },
    family: Family::Length,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "A message of many words has no line break at all.",
        de: "Eine lange Nachricht hat keinen einzigen Zeilenumbruch.",
    },
    why: Bi {
        en: "A greeting on its own line and the ask in its own paragraph let a busy reader see at a glance what you want.",
        de: "Eine Anrede in eigener Zeile und die Bitte in eigenem Absatz zeigen auf einen Blick, worum es geht.",
    },
    example: Bi {
        en: "Hi Anna, I run hiring for a team of eight and we have tried long interview loops and short ones without finding what works. Your talk at Contoso made me think that take-home tasks with pair reviews could be the middle ground for us. I would like to understand how you choose the tasks and how reviewers agree. Could we talk for 15 minutes next week? A short no is fine too.",
        de: "Hallo Anna, ich leite das Recruiting für ein Team von acht Leuten und wir haben lange und kurze Interviewrunden ausprobiert, ohne das Richtige zu finden. Ihr Vortrag bei Contoso hat mich auf Probeaufgaben mit gemeinsamen Reviews gebracht, das könnte für uns der Mittelweg sein. Ich möchte verstehen, wie Sie die Aufgaben auswählen und wie sich die Reviewer einigen. Hätten Sie nächste Woche 15 Minuten? Ein kurzes Nein ist auch in Ordnung.",
    },
    instead: Bi {
        en: "Hi Anna,\n\nI run hiring for a team of eight and we have tried long interview loops and short ones without finding what works. Your talk at Contoso made me think that take-home tasks with pair reviews could be the middle ground for us.\n\nCould we talk for 15 minutes next week? A short no is fine too.",
        de: "Hallo Anna,\n\nich leite das Recruiting für ein Team von acht Leuten und wir haben lange und kurze Interviewrunden ausprobiert. Ihr Vortrag bei Contoso hat mich auf Probeaufgaben mit gemeinsamen Reviews gebracht, das könnte für uns der Mittelweg sein.\n\nHätten Sie nächste Woche 15 Minuten? Ein kurzes Nein ist auch in Ordnung.",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_words",
        kind: ParamKind::Integer { min: 20, max: 1000 },
        default: 60.0,
        doc: Bi {
            en: "Words from which a message needs a line break.",
            de: "Wortzahl, ab der eine Nachricht einen Zeilenumbruch braucht.",
        },
        label: Bi { en: "Needs a line break from", de: "Länge, ab der ein Umbruch nötig ist" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let n = cx.words();
    if n < p.count("min_words") || cx.doc.text.trim().contains('\n') {
        return;
    }
    out.push(Draft::whole(say!(cx,
        format!("{n} words in one block. Put the greeting on its own line and the ask in its own paragraph."),
        format!("{n} Wörter in einem Block. Setzen Sie die Anrede in eine eigene Zeile und die Bitte in einen eigenen Absatz."),
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn any_line_break_is_enough() {
        let block = "Wort ".repeat(70);
        assert_finding("length/wall-of-text", &block);
        assert_clean("length/wall-of-text", &format!("Hallo Anna,\n{block}"));
    }
}
