//! `template/own-phrase`: a phrase the user asked to have flagged.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "template/own-phrase",
    name: Bi { en: "A phrase from your list", de: "Wendung aus Ihrer Liste" },
    family: Family::Template,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Phrases from your own list (options: phrases to flag) — your habits, your team's banned words.",
        de: "Phrasen aus Ihrer eigenen Liste (Optionen: zu meldende Phrasen) – eigene Angewohnheiten, Unwörter im Team.",
    },
    why: Bi {
        en: "Everyone has pet phrases that creep into every message; flag yours so each note stays fresh.",
        de: "Jede und jeder hat Lieblingsfloskeln, die in jede Nachricht rutschen; markieren Sie Ihre, damit jede Nachricht frisch bleibt.",
    },
    example: Bi {
        en: "Hi Anna, let's circle back on your post about hiring.",
        de: "Hallo Anna, lassen Sie uns zu Ihrem Beitrag über Recruiting abholen.",
    },
    instead: Bi {
        en: "Hi Anna, one question about your post on hiring.",
        de: "Hallo Anna, eine Frage zu Ihrem Beitrag über Recruiting.",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    flag_phrases(
        cx,
        &cx.hits.own,
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} is on your list of phrases to avoid."),
                format!("\u{201e}{s}\u{201c} steht auf Ihrer Liste zu vermeidender Phrasen."),
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use crate::{Config, Context, Engine};

    #[test]
    fn only_the_message_language_list_applies() {
        let c = Config::from_json(r#"{"phrases":{"en":{"flag":["circle back"]},"de":{"flag":["abholen"]}}}"#).unwrap();
        let e = Engine::new(&c).unwrap();
        let r = e.analyze("Hi Anna, let's circle back on your post about hiring.", &Context::default()).unwrap();
        assert_eq!(r.findings.iter().filter(|f| f.rule == "template/own-phrase").count(), 1);
        let r = e.analyze("Hallo Anna, ich wollte Sie da abholen, wo Sie stehen.", &Context::default()).unwrap();
        assert_eq!(r.findings.iter().filter(|f| f.rule == "template/own-phrase").count(), 1);
    }
}
