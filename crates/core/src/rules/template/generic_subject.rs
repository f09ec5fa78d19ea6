//! `template/generic-subject`: a subject line that could head any message.

use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};
use crate::text::normalise;

/// The most a LinkedIn InMail subject may hold.
pub const MAX_SUBJECT_CHARS: usize = 200;

pub const META: RuleMeta = RuleMeta {
    id: "template/generic-subject",
    name: Bi { en: "Subject that says nothing", de: "Nichtssagender Betreff" },
    family: Family::Template,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::NothingGeneric),
    kinds: Kinds::COLD,
    what: Bi {
        en: "The subject line is empty, generic (\u{201c}Opportunity\u{201d}, \u{201c}Quick question\u{201d}) or longer than the 200 characters an InMail subject holds.",
        de: "Der Betreff ist leer, allgemein (\u{201e}Anfrage\u{201c}, \u{201e}Kurze Frage\u{201c}) oder länger als die 200 Zeichen, die ein InMail-Betreff fasst.",
    },
    why: Bi {
        en: "The subject is all a recipient sees before opening. Three or four words that name the topic get the most answers; a generic one looks like a mass mailing.",
        de: "Der Betreff ist alles, was die Person vor dem Öffnen sieht. Drei, vier Wörter, die das Thema nennen, bekommen die meisten Antworten; ein allgemeiner wirkt wie ein Serienbrief.",
    },
    example: Bi {
        en: "[Subject: Opportunity] Hi Anna, I enjoyed your talk on hiring. Could we talk next week?",
        de: "[Betreff: Anfrage] Hallo Anna, Ihr Vortrag über Recruiting hat mir gefallen. Hätten Sie nächste Woche Zeit?",
    },
    instead: Bi {
        en: "[Subject: Your take-home review talk] Hi Anna, I enjoyed your talk on hiring. Could we talk next week?",
        de: "[Betreff: Ihr Vortrag zu Probeaufgaben] Hallo Anna, Ihr Vortrag über Recruiting hat mir gefallen. Hätten Sie nächste Woche Zeit?",
    },
    example_context: ExampleContext::Inmail,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let Some(subject) = cx.context.subject.as_deref() else { return };
    let units: usize = subject.encode_utf16().count();
    if units > MAX_SUBJECT_CHARS {
        out.push(Draft::whole(say!(
            cx,
            format!("The subject has {units} characters; an InMail subject holds {MAX_SUBJECT_CHARS}."),
            format!("Der Betreff hat {units} Zeichen; ein InMail-Betreff fasst {MAX_SUBJECT_CHARS}."),
        )));
        return;
    }
    let plain = normalise(subject);
    let plain = plain.trim_matches(|c: char| !c.is_alphanumeric());
    let plain = plain.strip_prefix("re: ").or_else(|| plain.strip_prefix("aw: ")).unwrap_or(plain);
    if plain.is_empty() {
        out.push(Draft::whole(say!(
            cx,
            "The subject is empty. Name the topic in three or four words.",
            "Der Betreff ist leer. Nennen Sie das Thema in drei, vier Wörtern.",
        )));
    } else if cx.lang.data().generic_subjects.contains(&plain) {
        out.push(Draft::whole(say!(
            cx,
            format!(
                "\u{201c}{}\u{201d} could head any message. Name the topic in three or four words.",
                subject.trim()
            ),
            format!(
                "\u{201e}{}\u{201c} passt über jede Nachricht. Nennen Sie das Thema in drei, vier Wörtern.",
                subject.trim()
            ),
        )));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn with_subject(s: &str) -> crate::Context {
        let mut c = context_for(crate::rules::ExampleContext::Inmail);
        c.subject = Some(s.into());
        c
    }

    #[test]
    fn generic_empty_and_overlong_subjects() {
        let body = "Hi Anna, I enjoyed your talk on hiring. Could we talk next week?";
        assert_finding_in("template/generic-subject", body, &with_subject("Quick question!"));
        assert_finding_in("template/generic-subject", body, &with_subject("  "));
        assert_finding_in("template/generic-subject", body, &with_subject(&"Hiring ".repeat(40)));
        assert_clean_in("template/generic-subject", body, &with_subject("Your talk on take-home reviews"));
        assert_clean_in(
            "template/generic-subject",
            "Hallo Anna, kurze Frage?",
            &with_subject("Ihr Vortrag zu Probeaufgaben"),
        );
        assert_finding_in("template/generic-subject", "Hallo Anna, kurze Frage?", &with_subject("Anfrage"));
        // No subject line on the page: nothing to judge.
        assert_clean("template/generic-subject", body);
    }
}
