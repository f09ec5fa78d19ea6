//! `length/too-long`: more words than a message on this surface should have.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "length/too-long",
    name: Bi { en: "Longer than ideal", de: "Länger als ideal" },
    family: Family::Length,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "The message has more words than the ideal for its surface (about 50 for a connection note, 125 for a first message, 70 for an InMail; tune per surface in the config).",
        de: "Die Nachricht hat mehr Wörter als ideal für ihre Oberfläche (etwa 50 für eine Kontaktnotiz, 125 für eine erste Nachricht, 70 für eine InMail; pro Oberfläche einstellbar).",
    },
    why: Bi {
        en: "People who get many requests decide in seconds; a short, precise message is the one that gets read to the end.",
        de: "Wer viele Anfragen bekommt, entscheidet in Sekunden; eine kurze, präzise Nachricht wird bis zum Ende gelesen.",
    },
    example: Bi {
        en: "Hi Anna, I hope you are well. I have been working in recruiting for many years and have seen many different approaches to hiring over the years, from agencies to in-house teams, from long interview loops to short ones. I am now building a team of my own and I keep thinking about what makes a good process. I read a lot and talk to a lot of people, and I keep hearing about take-home tasks and pair reviews. I would like to learn more about the way you do it at Contoso, because it seems to work well for you and your team. Would you have 15 minutes next week to talk about it? I would really appreciate it.",
        de: "Hallo Anna, ich hoffe, Ihnen geht es gut. Ich arbeite seit vielen Jahren im Recruiting und habe über die Jahre viele verschiedene Ansätze gesehen, von Agenturen bis zu internen Teams, von langen Interviewrunden bis zu kurzen. Jetzt baue ich selbst ein Team auf und denke viel darüber nach, was einen guten Prozess ausmacht. Ich lese viel und spreche mit vielen Leuten, und immer wieder höre ich von Probeaufgaben und gemeinsamen Reviews. Ich würde gern mehr darüber erfahren, wie Sie das bei Contoso machen, weil es bei Ihnen und Ihrem Team gut zu funktionieren scheint. Hätten Sie nächste Woche 15 Minuten dafür? Ich würde mich sehr freuen.",
    },
    instead: Bi {
        en: "Hi Anna, I'm building a team of eight and keep hearing about your pair reviews of take-home tasks at Contoso. Would you have 15 minutes next week to tell me what you'd do differently today?",
        de: "Hallo Anna, ich baue ein Team auf und höre immer wieder von Ihren gemeinsamen Reviews der Probeaufgaben bei Contoso. Hätten Sie nächste Woche 15 Minuten, um mir zu erzählen, was Sie heute anders machen würden?",
    },
    example_context: ExampleContext::ConnectNote,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let (words, ideal) = (cx.words(), cx.ideal_words);
    if words <= ideal {
        return;
    }
    out.push(Draft::whole(say!(cx,
        format!("{words} words; messages like this work best under {ideal}. Cut what the recipient does not need to decide."),
        format!("{words} Wörter; solche Nachrichten wirken am besten unter {ideal}. Streichen Sie, was die Person für ihre Entscheidung nicht braucht."),
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn budget_depends_on_the_surface() {
        let text = "Wort ".repeat(60);
        assert_clean("length/too-long", &text);
        let connect = context_for(crate::rules::ExampleContext::ConnectNote);
        assert_finding_in("length/too-long", &text, &connect);
    }
}
