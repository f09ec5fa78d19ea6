//! `length/long-paragraph`: a paragraph with more words than fit on a phone screen.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "length/long-paragraph",
    name: Bi { en: "Long paragraph", de: "Langer Absatz" },
    family: Family::Length,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "A paragraph has more words than the configured maximum.",
        de: "Ein Absatz hat mehr Wörter als das eingestellte Maximum.",
    },
    why: Bi {
        en: "Most messages are read on a phone; a long block looks like effort before a word is read.",
        de: "Die meisten Nachrichten werden auf dem Handy gelesen; ein langer Block wirkt anstrengend, bevor ein Wort gelesen ist.",
    },
    example: Bi {
        en: "Hi Anna,\n\nI run hiring for a team of eight. We tried long interview loops and lost good people. Then we tried short ones and hired badly. Your talk at Contoso made me think take-home tasks with pair reviews could be the middle ground. I would like to understand how you choose the tasks, how long they take, and how your reviewers agree on a verdict. I have read your post twice and still have questions about the details.\n\nCould we talk for 15 minutes next week?",
        de: "Hallo Anna,\n\nich leite das Recruiting für ein Team von acht Leuten. Wir haben lange Interviewrunden ausprobiert und gute Leute verloren. Dann haben wir kurze ausprobiert und schlecht eingestellt. Ihr Vortrag bei Contoso hat mich auf Probeaufgaben mit gemeinsamen Reviews gebracht. Ich möchte verstehen, wie Sie die Aufgaben auswählen, wie lange sie dauern und wie sich Ihre Reviewer einigen. Ihren Beitrag habe ich zweimal gelesen und habe noch Fragen zu den Details.\n\nHätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna,\n\nI run hiring for a team of eight. Your talk at Contoso made me think pair-reviewed take-home tasks could work for us.\n\nCould we talk for 15 minutes next week about how you choose the tasks?",
        de: "Hallo Anna,\n\nich leite das Recruiting für ein Team von acht Leuten. Ihr Vortrag bei Contoso hat mich auf gemeinsam bewertete Probeaufgaben gebracht.\n\nHätten Sie nächste Woche 15 Minuten für die Frage, wie Sie die Aufgaben auswählen?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "max_words",
        kind: ParamKind::Integer { min: 20, max: 500 },
        default: 60.0,
        doc: Bi { en: "Most words a paragraph may have.", de: "Höchstzahl an Wörtern pro Absatz." },
        label: Bi { en: "Paragraphs up to", de: "Absätze bis" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let max = p.count("max_words");
    let doc = cx.doc;
    // A message without any line break is `length/wall-of-text`'s business.
    if !doc.text.trim().contains('\n') {
        return;
    }
    for para in &doc.paragraphs {
        let ss = &doc.sentences[para.sentences.clone()];
        let n: usize = ss.iter().map(|s| s.words.len()).sum();
        if n > max {
            out.push(Draft::at(
                para.span,
                say!(
                    cx,
                    format!("This paragraph has {n} words. Break it up or cut it to one point."),
                    format!("Dieser Absatz hat {n} Wörter. Teilen Sie ihn auf oder kürzen Sie ihn auf einen Punkt."),
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn single_paragraph_is_left_to_wall_of_text() {
        assert_clean("length/long-paragraph", &"Wort ".repeat(100));
        // A greeting line does not make the block below it any shorter.
        assert_finding("length/long-paragraph", &format!("Hallo Anna,\n{}", "Wort ".repeat(100)));
    }
}
