//! `template/stock-phrase`: sentences that appear in every mass message.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "template/stock-phrase",
    name: Bi { en: "Stock phrase", de: "Floskel" },
    family: Family::Template,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::NothingGeneric),
    kinds: Kinds::COLD,
    what: Bi {
        en: "Stock phrases such as \"I came across your profile\", \"I'd like to add you to my professional network\" or \"I hope this message finds you well\". On an invitation that gives a specific reason, asking to connect is the invitation itself and is not flagged. Add your own in the config.",
        de: "Floskeln wie „Ich bin auf Ihr Profil gestoßen“, „Ich würde Sie gerne zu meinem Netzwerk hinzufügen“ oder „Ich hoffe, es geht Ihnen gut“. In einer Kontaktanfrage mit konkretem Anlass ist die Bitte um Vernetzung die Anfrage selbst und wird nicht markiert. Eigene lassen sich ergänzen.",
    },
    why: Bi {
        en: "People spot mass requests instantly by their wording; a phrase everyone uses hides whatever is personal in your note.",
        de: "Massenanfragen erkennt man sofort an der Formulierung; eine Floskel, die jeder benutzt, verdeckt das Persönliche Ihrer Nachricht.",
    },
    example: Bi {
        en: "Hi Anna, I came across your profile and would like to ask you a question. Could we talk?",
        de: "Hallo Anna, ich bin auf Ihr Profil gestoßen und hätte eine Frage. Hätten Sie Zeit?",
    },
    instead: Bi {
        en: "Hi Anna, your post on pair reviews made me curious. Could we talk?",
        de: "Hallo Anna, Ihr Beitrag über gemeinsame Reviews hat mich neugierig gemacht. Hätten Sie Zeit?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    // On an invitation's note that gives its reason, "I'd like to connect with you" is the
    // invitation saying what it is; alone, it is LinkedIn's canned note.
    let reason_given = cx.invitation() && !cx.facts.specifics.is_empty();
    let spans: Vec<_> = cx
        .hits
        .of(List::StockPhrase)
        .iter()
        .filter(|s| !(reason_given && crate::rules::ask::vague::is_about_connecting(s.text(cx.doc.text))))
        .copied()
        .collect();
    flag_phrases(
        cx,
        &spans,
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} is a stock phrase. Say what actually brought you here."),
                format!("\u{201e}{s}\u{201c} ist eine Floskel. Sagen Sie, was Sie wirklich hergeführt hat."),
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use crate::{Config, Context, Engine};

    #[test]
    fn an_invitation_with_a_reason_may_say_it_wants_to_connect() {
        let connect = context_for(crate::rules::ExampleContext::ConnectNote);
        let specific = "Hi Anna, I saw your post in the IFCA group on pair reviews and would like to connect with you.";
        assert_clean_in("template/stock-phrase", specific, &connect);
        assert_finding_in("template/stock-phrase", "Hi Anna, I'd like to connect with you on LinkedIn.", &connect);
        assert_finding("template/stock-phrase", specific);
    }

    #[test]
    fn own_template_phrases_join_the_list() {
        let c = Config::from_json(r#"{"phrases":{"de":{"template":["mit großem Interesse"]}}}"#).unwrap();
        let r = Engine::new(&c)
            .unwrap()
            .analyze("Hallo Anna, mit großem Interesse habe ich Ihr Profil gelesen.", &Context::default())
            .unwrap();
        assert!(r.findings.iter().any(|f| f.rule == "template/stock-phrase"));
        assert_finding("template/stock-phrase", "I hope this message finds you well.");
    }
}
