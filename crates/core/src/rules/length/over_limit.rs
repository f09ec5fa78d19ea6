//! `length/over-limit`: the message is longer than the platform accepts.

use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    id: "length/over-limit",
    name: Bi { en: "Over the limit", de: "Über dem Limit" },
    family: Family::Length,
    severity: Severity::Error,
    checkpoint: Some(Checkpoint::WithinLimit),
    kinds: Kinds::ALL,
    what: Bi {
        en: "The message has more characters than the surface allows (the page's own limit when it states one).",
        de: "Die Nachricht hat mehr Zeichen, als die Oberfläche zulässt (das Limit der Seite, wenn sie eines nennt).",
    },
    why: Bi {
        en: "Past the limit the platform cuts the note or refuses to send it; what was meant to be read is lost.",
        de: "Über dem Limit kürzt die Plattform die Notiz oder verschickt sie gar nicht – gerade das Wichtige geht verloren.",
    },
    example: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring at Contoso last week, especially the part about take-home tasks and how your team reviews them in pairs. I am building a hiring process for a small team of eight and would love to hear what you learned the hard way. Would you have 15 minutes next week? A no is fine too.",
        de: "Hallo Anna, Ihr Vortrag über Recruiting bei Contoso letzte Woche hat mir sehr gefallen, besonders der Teil über Probeaufgaben und wie Ihr Team sie zu zweit bewertet. Ich baue gerade den Einstellungsprozess für ein kleines Team auf. Hätten Sie nächste Woche 15 Minuten? Ein kurzes Nein ist auch in Ordnung.",
    },
    instead: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring at Contoso. I'm setting up take-home reviews for a team of eight. Would you have 15 minutes next week? A no is fine too.",
        de: "Hallo Anna, Ihr Vortrag über Recruiting bei Contoso hat mir gefallen. Ich baue Probeaufgaben für ein Team auf. Hätten Sie nächste Woche 15 Minuten? Ein kurzes Nein ist auch in Ordnung.",
    },
    example_context: ExampleContext::ConnectNote,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let Some(max) = cx.max_chars else { return };
    let count = cx.doc.chars_utf16;
    if count <= max {
        return;
    }
    // Underline what does not fit: everything after the limit-th UTF-16 unit.
    let mut units = 0;
    let cut = cx
        .doc
        .text
        .char_indices()
        .find(|(_, c)| {
            units += c.len_utf16();
            units > max
        })
        .map_or(cx.doc.text.len(), |(i, _)| i);
    let over = count - max;
    out.push(Draft::at(
        Span::new(cut, cx.doc.text.len()),
        say!(
            cx,
            format!("{count} characters; the limit here is {max}, so {over} will not fit."),
            format!("{count} Zeichen; das Limit hier ist {max}, {over} passen nicht mehr hinein."),
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn page_limit_wins_and_the_overflow_is_underlined() {
        let mut c = ctx();
        c.max_chars = Some(10);
        let text = "Hallo Anna, 😀 kurze Frage";
        let f = assert_finding_in("length/over-limit", text, &c);
        assert_eq!(marked(text, &f), ", 😀 kurze Frage");
        c.max_chars = Some(200);
        assert_clean_in("length/over-limit", text, &c);
    }

    #[test]
    fn generic_surface_has_no_hard_limit() {
        let c = crate::Context::default();
        assert_clean_in("length/over-limit", &"Wort ".repeat(3000), &c);
    }
}
