//! The built-in phrase lists' index (see `phrases.rs`), written out by the test
//! `builtin_index_is_up_to_date` from the lists in `lang/`. Do not edit: after changing
//! a list, run `VERBINDLICH_BLESS=1 cargo test -p verbindlich-core builtin_index`.

use super::{Cow, EMPTY as E, Phrase, PhraseSet, Sketch, Slot, Tag};
use crate::lang::List::{self, *};

/// A phrase: its second word's key, its body, its list, and whether its last word may run on.
const fn p(second: u64, body: &'static str, list: List, prefix: bool) -> Phrase {
    Phrase { second, body: Cow::Borrowed(body), tag: Tag::List(list), prefix }
}

/// A slot: its head's key, the bits of its second words, then the phrases filed under the
/// head alone and those with a second word.
macro_rules! s {
    ($head:literal, $seconds:literal, [$($alone:expr),* $(,)?], [$($paired:expr),* $(,)?]) => {
        Slot { head: $head, seconds: $seconds, alone: Cow::Borrowed(&[$($alone),*]), paired: Cow::Borrowed(&[$($paired),*]) }
    };
}

pub(super) static BUILTIN: PhraseSet = PhraseSet {
    slots: Cow::Borrowed(&[
        s!(0x1d3800fde554d6db, 0x280041428c880810, [
        ], [
            p(0x11220c8f5e14df47, "ihren podcast", Reference, false),
            p(0x2ced1d8b8b8c9583, "ihren artikel", Reference, false),
            p(0x2ced1d8b8b8c9583, "ihrem artikel", Reference, false),
            p(0x4f984f07622fcdb1, "ihre keynote", Reference, false),
            p(0x5e7ec24d280292d7, "ihre einschatzung", AskDetail, false),
            p(0x694d34b89c9eb62f, "ihre meinung zu", AskDetail, false),
            p(0x6d06114af87e2a6d, "ihren beitrag", Reference, false),
            p(0x6d06114af87e2a6d, "ihrem beitrag", Reference, false),
            p(0x6d06114af87e2a6d, "ihren beitrag kommentiert", CommonGround, false),
            p(0x7e1ad657bb0c16c1, "ihre firma", Reference, false),
            p(0x874f7f2807503a19, "ihre neue rolle", Reference, false),
            p(0x9af746c52727e71d, "ihre rolle", Reference, false),
            p(0xa359309e247bd771, "ihren vortrag", Reference, false),
            p(0xa359309e247bd771, "ihrem vortrag", Reference, false),
            p(0xbb42d111111c4bb1, "ihren kommentar", Reference, false),
            p(0xed30bde0a9d1df47, "ihren post", Reference, false),
            p(0xed30bde0a9d1df47, "ihrem post", Reference, false),
            p(0xf7dbbcc34842b209, "ihre studie", Reference, false),
        ]),
        s!(0x2c90009604f295ef, 0x0800000080000400, [
        ], [
            p(0x2a00f82e26935971, "habe verstandnis", EasyNo, false),
            p(0x7f8b7098ddecced5, "haben uns", CommonGround, false),
            p(0xef453f8df7752453, "haben sie zeit", CallToAction, false),
            p(0xef453f8df7752453, "haben sie meine nachricht gesehen", GuiltTrip, false),
            p(0xef453f8df7752453, "haben sie meine nachricht erhalten", GuiltTrip, false),
            p(0xef453f8df7752453, "haben sie es vergessen", GuiltTrip, false),
        ]),
        s!(0x5338019b147bcc53, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "saw you at", CommonGround, false),
        ]),
        s!(0x6fb801dbc5055e59, 0x0880000002080000, [
        ], [
            p(0x4e7d512c59aeee5d, "curious whether", CallToAction, false),
            p(0x67975402695aee5d, "curious what", CallToAction, false),
            p(0xded18ad3f09fd00d, "curious how", CallToAction, false),
            p(0xedb235a5709a9e75, "curious if", CallToAction, false),
        ]),
        E,
        E,
        E,
        s!(0x9b94072cc0837e6d, 0x0000000000000000, [
            p(0x0000000000000000, "bahnbrechend", Hype, true),
        ], [
        ]),
        E,
        E,
        E,
        s!(0xb2680bfb131eed09, 0x0000000000000000, [
            p(0x0000000000000000, "servus", Greeting, false),
        ], [
        ]),
        s!(0xb7a00cf3532bcc53, 0x0000002000200000, [
        ], [
            p(0x56b14837476eddcd, "sag mir", CallToAction, false),
            p(0x95efde7ae10292d7, "sag einfach nein", EasyNo, false),
        ]),
        E,
        E,
        E,
        s!(0x118010cb4eb24ddd, 0x0000000800000080, [
        ], [
            p(0x1c1c16ab6e1fd7e3, "do not miss out", Urgency, false),
            p(0x8d04678a736c8ad1, "do you have time", CallToAction, false),
            p(0x8d04678a736c8ad1, "do you have 15", CallToAction, false),
            p(0x8d04678a736c8ad1, "do you have 10", CallToAction, false),
            p(0x8d04678a736c8ad1, "do you have 20", CallToAction, false),
            p(0x8d04678a736c8ad1, "do you have 30", CallToAction, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x18681566b809bd1d, 0x0000000000000000, [
            p(0x0000000000000000, "rabatt", Pitch, false),
        ], [
        ]),
        s!(0x1c1c16ab6e1fd7e3, 0x0000020000000000, [
        ], [
            p(0xa6433c537c5d9d09, "not sure if", Hedge, false),
        ]),
        E,
        E,
        s!(0x0f2419261f46b209, 0x0000000000010000, [
        ], [
            p(0x421bc8dcaba6315d, "still waiting", GuiltTrip, false),
        ]),
        E,
        s!(0x19881be619a7658f, 0x0000000200000000, [
        ], [
            p(0x86c158311dc69ead, "bei gelegenheit", VagueAsk, false),
        ]),
        E,
        E,
        s!(0xf5001e9ee40b6b09, 0x0000000000000000, [
            p(0x0000000000000000, "sofort", Urgency, false),
        ], [
        ]),
        E,
        s!(0x837420f4e1d585cd, 0x0100000088000000, [
        ], [
            p(0x6dfaeeceb8855683, "mal austauschen", VagueAsk, false),
            p(0x7df029c5a6fe519b, "mal telefonieren", VagueAsk, false),
            p(0xe25e5d23fab79533, "mal quatschen", VagueAsk, false),
        ]),
        s!(0x5044211e22e6cf9b, 0x1000000000000000, [
        ], [
            p(0xf33538fdac485047, "tolles profil", Flattery, false),
            p(0xf33538fdac485047, "tollen profil", Flattery, false),
        ]),
        s!(0xf078219a48caed09, 0x0200080000000000, [
        ], [
            p(0xac4e083ebdecc321, "send me", CallToAction, false),
            p(0xe50a10af5dd17875, "send it over", Benefit, false),
        ]),
        s!(0xff8c21fdeeddb62f, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "mentioned you", CommonGround, false),
        ]),
        E,
        E,
        s!(0x8ed026ff6b750e75, 0x0000004000000000, [
        ], [
            p(0x985d84a3b1b309c1, "zwei fragen", AskDetail, false),
        ]),
        E,
        E,
        s!(0x7df029c5a6fe519b, 0x0000000000000000, [
            p(0x0000000000000000, "telefonat", AskDetail, false),
        ], [
        ]),
        E,
        s!(0xcda82b75f3688dad, 0x0000000001000000, [
        ], [
            p(0x6081b4fea53d9013, "grab a virtual coffee sometime", VagueAsk, false),
            p(0x6081b4fea53d9013, "grab a slot", CalendarLink, false),
        ]),
        E,
        E,
        s!(0xc9b02efb099a5b5d, 0x1200002800008000, [
        ], [
            p(0x3c92d3125e315b5d, "would work for you", CallToAction, false),
            p(0x8d04678a736c8ad1, "would you join", CallToAction, false),
            p(0x8d04678a736c8ad1, "would you like", CallToAction, false),
            p(0x8d04678a736c8ad1, "would you be open to", CallToAction, false),
            p(0x8d04678a736c8ad1, "would you be up for", CallToAction, false),
            p(0x8d04678a736c8ad1, "would you have", CallToAction, false),
            p(0x8d04678a736c8ad1, "would you be willing", CallToAction, false),
            p(0x8d04678a736c8ad1, "would you mind", CallToAction, false),
            p(0x8d04678a736c8ad1, "would you be interested", CallToAction, false),
            p(0x96df4c4c48b8b043, "would love to connect", VagueAsk, false),
            p(0x96df4c4c48b8b043, "would love to hear", CallToAction, false),
            p(0x96df4c4c48b8b043, "would love to learn", CallToAction, false),
            p(0x96df4c4c48b8b043, "would love to know", CallToAction, false),
            p(0x96df4c4c48b8b043, "would love to get", CallToAction, false),
            p(0xe50a10af5dd17875, "would it be possible", CallToAction, false),
            p(0xf18e2a1d334a085b, "would be great to hear", CallToAction, false),
            p(0xf18e2a1d334a085b, "would be great to get", CallToAction, false),
            p(0xf18e2a1d334a085b, "would be grateful if", CallToAction, false),
        ]),
        s!(0x730c2f84ab033983, 0x0000000000000100, [
        ], [
            p(0x23a03777170dd71d, "anknupfend an", FollowupReference, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x23a03777170dd71d, 0x4020000000000080, [
        ], [
            p(0x1d3800fde554d6db, "an ihrem stand", CommonGround, false),
            p(0xd523926c23352fff, "an wen es betrifft", GenericSalutation, false),
            p(0xf9407c3e163d12eb, "an deinem stand", CommonGround, false),
        ]),
        s!(0x8fb038760aee662f, 0x0000000000000000, [
            p(0x0000000000000000, "mutual", Benefit, false),
            p(0x0000000000000000, "mutual", CommonGround, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0xd5e43e62606a5d47, 0x0002000001000000, [
        ], [
            p(0x6081b4fea53d9013, "pick a time on my calendar", CalendarLink, false),
            p(0xc497dd21eeb1828b, "pick your brain", VagueAsk, false),
        ]),
        s!(0xf3083f06313f3875, 0x0000000000000000, [
            p(0x0000000000000000, "zusammengearbeitet", CommonGround, false),
        ], [
        ]),
        E,
        s!(0x4ecc41ca30578083, 0x0000000000000000, [
            p(0x0000000000000000, "asap", Urgency, false),
            p(0x0000000000000000, "asap", Urgency, false),
        ], [
        ]),
        s!(0x699841d2840758db, 0x1000000000000000, [
        ], [
            p(0xf33538fdac485047, "incredible profile", Flattery, false),
        ]),
        s!(0x81a042cc3bdee909, 0x0000000001000000, [
        ], [
            p(0x6378ad3025b2d619, "sign up", Pitch, false),
        ]),
        E,
        s!(0x74504514280709c1, 0x0000000200000000, [
        ], [
            p(0x845f7daf83a3a021, "freue ich mich", CallToAction, false),
        ]),
        E,
        E,
        E,
        s!(0x8810492ba4bc8dad, 0x0010240000000000, [
        ], [
            p(0xab79a6f48a4ab62f, "great meeting you", CommonGround, false),
            p(0xb4d2ceab4eeea59b, "great talking", CommonGround, false),
            p(0xd23108b460d8bf59, "great chatting", CommonGround, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x356c52e74a0292d7, 0x0000040000000000, [
        ], [
            p(0xa91e994e82d8bf59, "einmalige chance", Hype, false),
        ]),
        E,
        s!(0x75a4542ef70e2e43, 0x0000008000000000, [
        ], [
            p(0x9c4cd7fd0024a905, "limited offer", Pitch, false),
            p(0x9deb5c72a8ba4d9b, "limited time", Urgency, false),
        ]),
        E,
        s!(0x07645683d26d691d, 0x0000080000000000, [
        ], [
            p(0xac4e083ebdecc321, "referred me", CommonGround, false),
        ]),
        E,
        E,
        E,
        s!(0xb4005a5fa0dfcdb1, 0x0080000010000008, [
        ], [
            p(0x0d380f0d58485047, "kein problem", EasyNo, false),
            p(0x0d380f0d58485047, "kein problem, wenn nicht", EasyNo, false),
            p(0x0d380f0d58485047, "kein problem falls nicht", EasyNo, false),
            p(0x714d3ff80dec01eb, "kein druck", EasyNo, false),
            p(0xddbcf5d2c6d9b209, "kein stress", EasyNo, false),
        ]),
        E,
        s!(0x23705c11bb3a8dad, 0x0000004000000000, [
        ], [
            p(0x9afdbe52985a7721, "grow my network", StockPhrase, false),
        ]),
        s!(0xe1885c57e99512eb, 0x510000000e802000, [
            p(0x0000000000000000, "dear", Greeting, false),
        ], [
            p(0x36cab92c54322453, "dear sir or madam", GenericSalutation, false),
            p(0x36cab92c54322453, "dear sir/madam", GenericSalutation, false),
            p(0x36cab92c54322453, "dear sir", GenericSalutation, false),
            p(0x5fc2ff06ce5b2c59, "dear connection", GenericSalutation, false),
            p(0x64290d9105375679, "dear all", GenericSalutation, false),
            p(0x69f2eb286e233def, "dear hiring manager", GenericSalutation, false),
            p(0x6ee969dca4f92e43, "dear linkedin member", GenericSalutation, false),
            p(0xe03768a39c852c59, "dear colleague", GenericSalutation, false),
            p(0xf32ae9ff685b09c1, "dear friend", GenericSalutation, false),
            p(0xf33538fdac485047, "dear professional", GenericSalutation, false),
            p(0xfb923f9117500a2f, "dear madam", GenericSalutation, false),
        ]),
        s!(0x777c5ec3e33e3983, 0x0800000008000000, [
        ], [
            p(0x6c6b2e6fcdbb41ef, "antworte heute", Pushy, false),
            p(0xef453f8df7752453, "antworten sie heute", Pushy, false),
        ]),
        E,
        E,
        E,
        s!(0xde9c621e54a09ead, 0x0800000000000000, [
        ], [
            p(0xef453f8df7752453, "geben sie mir bescheid", CallToAction, false),
        ]),
        s!(0x618c63cbe4e27247, 0x0000000010000000, [
        ], [
            p(0x7143f5a5078d0259, "phone call", AskDetail, false),
        ]),
        s!(0x69b06471d139315d, 0x0002000000000000, [
        ], [
            p(0xc4a5b7cf8fc9cfdd, "warst du dabei", CallToAction, false),
            p(0xc4a5b7cf8fc9cfdd, "warst du offen", CallToAction, false),
            p(0xc4a5b7cf8fc9cfdd, "warst du bereit", CallToAction, false),
        ]),
        s!(0xbdf06515ab7d5d43, 0x0004282042001008, [
        ], [
            p(0x0daccea471e30609, "we specialize in", Pitch, false),
            p(0x0daccea471e30609, "we specialise in", Pitch, false),
            p(0x325b8976152841ef, "we help companies", Pitch, false),
            p(0x325b8976152841ef, "we help businesses", Pitch, false),
            p(0x663db2c0a877a86d, "we both", CommonGround, false),
            p(0x7bbad8244230fe09, "we share", CommonGround, false),
            p(0x96bcbb2e2148dd5d, "we were both at", CommonGround, false),
            p(0xaf0df267b69695ef, "we have a lot in common", StockPhrase, false),
            p(0xb4001e4402610609, "we spoke", CommonGround, false),
            p(0xb4d2ceab4eeea59b, "we talked", CommonGround, false),
            p(0xcabef5edadbdd9cd, "we met", CommonGround, false),
        ]),
        E,
        s!(0x8d04678a736c8ad1, 0xa80d3a0341000202, [
            p(0x0000000000000000, "you'd receive", Benefit, false),
            p(0x0000000000000000, "you'll receive", Benefit, false),
            p(0x0000000000000000, "you'd get", Benefit, false),
            p(0x0000000000000000, "you'll get", Benefit, false),
            p(0x0000000000000000, "you're amazing", Flattery, false),
            p(0x0000000000000000, "you're a legend", Flattery, false),
        ], [
            p(0x057f07c8f4fe8111, "you did not reply", GuiltTrip, false),
            p(0x25c8b0561fcf0eeb, "you didn't reply", GuiltTrip, false),
            p(0x613289b7fe7c4109, "you said", Reference, false),
            p(0x7bbad8244230fe09, "you shared", Reference, false),
            p(0x80ed4836791b8479, "you are amazing", Flattery, false),
            p(0x80ed4836791b8479, "you are a legend", Flattery, false),
            p(0x867975fdb192cc5d, "you wrote", Reference, false),
            p(0xa536d4fc5b003a19, "you need to", Pushy, false),
            p(0xaf0df267b69695ef, "you have to", Pushy, false),
            p(0xb1df97bd2ee685cd, "you may find", Benefit, false),
            p(0xb4001e4402610609, "you spoke", Reference, false),
            p(0xc2780ced63efd95d, "you will receive", Benefit, false),
            p(0xc2780ced63efd95d, "you will get", Benefit, false),
            p(0xc9b02efb099a5b5d, "you would receive", Benefit, false),
            p(0xcfad2c08b3f1b22f, "you might find", Benefit, false),
            p(0xed30bde0a9d1df47, "you posted", Reference, false),
            p(0xf51d07e8bb5b662f, "you must", Pushy, false),
            p(0xf6791b893002fe09, "you should reply", Pushy, false),
            p(0xff8c21fdeeddb62f, "you mentioned", Reference, false),
        ]),
        s!(0x2d6c683c87935971, 0x0000800000000000, [
        ], [
            p(0xbdecd246570833ff, "vernetzen wir uns", VagueAsk, false),
        ]),
        s!(0x31e469ab1cb9f675, 0x8000002004000000, [
        ], [
            p(0x694d34b89c9eb62f, "in mein netzwerk aufnehmen", StockPhrase, false),
            p(0x694d34b89c9eb62f, "in meinem kalender buchen", CalendarLink, false),
            p(0x9719a0a0b2074bb1, "in kontakt bleiben", VagueAsk, false),
            p(0xfe7aa1ff3be7691d, "in return", Benefit, false),
        ]),
        s!(0x43a869a76310bfef, 0x8000000080000000, [
        ], [
            p(0x7f38871371138111, "hole die nachricht nach oben", GuiltTrip, false),
            p(0xfc454bf69dc62911, "hole das nach oben", GuiltTrip, false),
        ]),
        s!(0x52a868be6430fe09, 0x0000800000000000, [
        ], [
            p(0xbdf06515ab7d5d43, "shall we", CallToAction, false),
        ]),
        s!(0x84c06a61031a342f, 0x0000000000000000, [
            p(0x0000000000000000, "morgen", AskDetail, false),
        ], [
        ]),
        s!(0xd8a06db58e878d5d, 0x0c02000000000000, [
        ], [
            p(0xc4a5b7cf8fc9cfdd, "wurdest du mir", CallToAction, false),
            p(0xc4a5b7cf8fc9cfdd, "wurdest du", CallToAction, false),
            p(0xe8c72edec39db22f, "wurde mich freuen", CallToAction, false),
            p(0xe8c72edec39db22f, "wurde mich sehr freuen", CallToAction, false),
            p(0xef453f8df7752453, "wurden sie mir", CallToAction, false),
            p(0xef453f8df7752453, "wurden sie", CallToAction, false),
        ]),
        s!(0xf7286c9d2f6c95ef, 0x2000000000000000, [
        ], [
            p(0xf4f7ac63435a0f2d, "happy to connect", VagueAsk, false),
            p(0xf4f7ac63435a0f2d, "happy to share", CallToAction, false),
            p(0xf4f7ac63435a0f2d, "happy to send", CallToAction, false),
            p(0xf4f7ac63435a0f2d, "happy to show you", Benefit, false),
            p(0xf4f7ac63435a0f2d, "happy to introduce", Benefit, false),
            p(0xf4f7ac63435a0f2d, "happy to send you", Benefit, false),
            p(0xf4f7ac63435a0f2d, "happy to share", Benefit, false),
            p(0xf4f7ac63435a0f2d, "happy to return the favour", Benefit, false),
            p(0xf4f7ac63435a0f2d, "happy to return the favor", Benefit, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x3d8478993336158f, 0x0000010000000000, [
        ], [
            p(0xa2629760f20ad7e3, "buy now", Pitch, false),
        ]),
        s!(0x05cc79368a5ff54f, 0x0000000000200000, [
        ], [
            p(0x56b14837476eddcd, "gib mir bescheid", CallToAction, false),
        ]),
        s!(0xdfb87adb97b66bc1, 0x0000000000200000, [
        ], [
            p(0x56b14837476eddcd, "tut mir leid, dass ich", Apology, false),
        ]),
        E,
        s!(0x423c7c6e647d5571, 0x0000000000000000, [
            p(0x0000000000000000, "viertelstunde", AskDetail, false),
        ], [
        ]),
        s!(0xb5e07dafbbb79533, 0x0000000000000000, [
            p(0x0000000000000000, "quasi", Hedge, false),
        ], [
        ]),
        s!(0xf9407c3e163d12eb, 0x384051428c881850, [
        ], [
            p(0x11220c8f5e14df47, "deinen podcast", Reference, false),
            p(0x1b7f06de01ed519b, "dein team", Reference, false),
            p(0x2ced1d8b8b8c9583, "dein artikel", Reference, false),
            p(0x2ced1d8b8b8c9583, "deinen artikel", Reference, false),
            p(0x2ced1d8b8b8c9583, "deinem artikel", Reference, false),
            p(0x31d8bcdb11c06887, "dein unternehmen", Reference, false),
            p(0x4f984f07622fcdb1, "deine keynote", Reference, false),
            p(0x5e7ec24d280292d7, "deine einschatzung", AskDetail, false),
            p(0x694d34b89c9eb62f, "deine meinung zu", AskDetail, false),
            p(0x6a6a8e381c9eb209, "dein startup", Reference, false),
            p(0x6d06114af87e2a6d, "dein beitrag", Reference, false),
            p(0x6d06114af87e2a6d, "deinen beitrag", Reference, false),
            p(0x6d06114af87e2a6d, "deinem beitrag", Reference, false),
            p(0x6d06114af87e2a6d, "deinen beitrag kommentiert", CommonGround, false),
            p(0x7e1ad657bb0c16c1, "deine firma", Reference, false),
            p(0x874f7f2807503a19, "deine neue rolle", Reference, false),
            p(0x9af746c52727e71d, "deine rolle", Reference, false),
            p(0xa359309e247bd771, "dein vorteil", Benefit, false),
            p(0xa359309e247bd771, "dein vortrag", Reference, false),
            p(0xa359309e247bd771, "deinen vortrag", Reference, false),
            p(0xa359309e247bd771, "deinem vortrag", Reference, false),
            p(0xb21d521f1beada6d, "dein buch", Reference, false),
            p(0xbb42d111111c4bb1, "deinen kommentar", Reference, false),
            p(0xd93262ee00485047, "dein projekt", Reference, false),
            p(0xed30bde0a9d1df47, "dein post", Reference, false),
            p(0xed30bde0a9d1df47, "deinen post", Reference, false),
            p(0xed30bde0a9d1df47, "deinem post", Reference, false),
            p(0xf33538fdac485047, "dein profil ist mir aufgefallen", StockPhrase, false),
            p(0xf7dbbcc34842b209, "deine studie", Reference, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0xe4c485096890a86d, 0x0000000001000000, [
        ], [
            p(0x6081b4fea53d9013, "book a demo", Pitch, false),
            p(0x6081b4fea53d9013, "book a slot", CalendarLink, false),
            p(0x6081b4fea53d9013, "book a time", CalendarLink, false),
            p(0x6081b4fea53d9013, "book a call", CalendarLink, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x72ac8a1afcf09ead, 0x0000010100000000, [
        ], [
            p(0x837420f4e1d585cd, "gerne mal austauschen", VagueAsk, false),
            p(0x837420f4e1d585cd, "gern mal austauschen", VagueAsk, false),
            p(0xa2ca4badf795519b, "gerne teile ich", Benefit, false),
        ]),
        E,
        s!(0x00648cc3349dbf83, 0x0000000000100000, [
        ], [
            p(0x50074d208b4df73b, "apologies for reaching out", Apology, false),
            p(0x50074d208b4df73b, "apologies for the cold message", Apology, false),
        ]),
        s!(0x18808dfcb3665bad, 0x0000000000000040, [
            p(0x0000000000000000, "gleichgesinnte", StockPhrase, true),
        ], [
            p(0x1b7f06de01ed519b, "gleichen team", CommonGround, false),
        ]),
        s!(0x280c8cdf6c97aa59, 0x0001000000000000, [
        ], [
            p(0xc11f1a8d029c7e6d, "circling back", GuiltTrip, false),
        ]),
        E,
        s!(0x9ae890b96f27d771, 0x0000000000000000, [
            p(0x0000000000000000, "voneinander", Benefit, false),
        ], [
        ]),
        s!(0x30d4918c8bdf0a2f, 0x0001000000000000, [
        ], [
            p(0xc0b2de6c6ad1df47, "maybe possibly", Hedge, false),
        ]),
        s!(0x5b40913c5c485047, 0x0200000000000000, [
        ], [
            p(0xe7c911bb43199909, "proven system", Hype, false),
        ]),
        E,
        E,
        E,
        s!(0x1fb8962f4964df47, 0x0010000000000000, [
        ], [
            p(0xd1e9ea70b0855683, "potenziale ausloten", VagueAsk, false),
        ]),
        s!(0x6a409705c20ec2eb, 0x0000000000000000, [
            p(0x0000000000000000, "durchsehen", AskDetail, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x7be8a15dc0efc9b1, 0x0000100000000000, [
        ], [
            p(0xb14342327205a64b, "kind of", Hedge, false),
        ]),
        s!(0x4040a2ad32c69ead, 0x0800000000000000, [
        ], [
            p(0xee737f63b5935971, "geld verdienen", Hype, false),
        ]),
        s!(0xbd00a21760f93def, 0x0002000000002000, [
        ], [
            p(0x365203d3f500d6db, "hilft ihnen", Benefit, false),
            p(0xc6be00b1cdd08111, "hilft dir", Benefit, false),
        ]),
        E,
        s!(0x36d4a59c1a42b209, 0x0000000000000000, [
            p(0x0000000000000000, "stunde", AskDetail, false),
        ], [
        ]),
        s!(0xe0a4a592b55d9183, 0x0000004000000000, [
            p(0x0000000000000000, "afternoon", AskDetail, false),
        ], [
            p(0x9afdbe52985a7721, "after my message", FollowupReference, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0xfd8caf646ec86b09, 0x0000000000000000, [
            p(0x0000000000000000, "somewhat", Hedge, false),
        ], [
        ]),
        s!(0xc5fcb0d245b32c59, 0x0000000000000000, [
            p(0x0000000000000000, "coffee", AskDetail, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        s!(0x3284b52c07fa3243, 0x0000000000800000, [
        ], [
            p(0x5fc2ff06ce5b2c59, "lets connect", VagueAsk, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x8fc8be8f2aac191d, 0x0800000000000000, [
        ], [
            p(0xef453f8df7752453, "rufen sie mich heute", Pushy, false),
        ]),
        s!(0xd844be737e2398c1, 0x0000080000000000, [
        ], [
            p(0xac4e083ebdecc321, "forgive me for", Apology, false),
        ]),
        E,
        E,
        E,
        s!(0x5b1cc3bbf6b65bad, 0x0000000004000000, [
        ], [
            p(0x6bae5ff485dc9903, "gluckwunsch zu", Reference, false),
        ]),
        E,
        E,
        s!(0x1fd4c61885fb266d, 0x0002000000002000, [
        ], [
            p(0x365203d3f500d6db, "biete ihnen", Benefit, false),
            p(0xc6be00b1cdd08111, "biete dir", Benefit, false),
        ]),
        E,
        s!(0x9640c83350706887, 0x0800000000000000, [
        ], [
            p(0xedb235a5709a9e75, "understand if not", EasyNo, false),
            p(0xedb235a5709a9e75, "understand if you can't", EasyNo, false),
            p(0xedb235a5709a9e75, "understand if you cannot", EasyNo, false),
        ]),
        s!(0xf74cc94318f998c1, 0x0000004001000000, [
        ], [
            p(0x6378ad3025b2d619, "following up again", GuiltTrip, false),
            p(0x6378ad3025b2d619, "following up on", FollowupReference, false),
            p(0x6378ad3025b2d619, "follow up on", FollowupReference, false),
            p(0x9afdbe52985a7721, "following my message", FollowupReference, false),
        ]),
        E,
        s!(0x5054cbd89b355683, 0x0100000000001000, [
        ], [
            p(0x31e469ab1cb9f675, "auch in ordnung", EasyNo, false),
            p(0xe27788999b76fd25, "auch ein nein", EasyNo, false),
        ]),
        E,
        E,
        s!(0x0daccea471e30609, 0x0000008000000000, [
        ], [
            p(0x9c4cd7fd0024a905, "special offer", Pitch, false),
        ]),
        s!(0x2a24ce0cd0c03983, 0x0000000000000000, [
            p(0x0000000000000000, "anruf", AskDetail, false),
        ], [
        ]),
        s!(0xc56ccf9c5a652a6d, 0x0040000000000000, [
        ], [
            p(0xd993e51a5196d5c9, "bevor es zu spat ist", Urgency, false),
        ]),
        s!(0x04c4d1721472ed09, 0x0000000000000000, [
            p(0x0000000000000000, "seven-figure", Hype, false),
        ], [
        ]),
        s!(0xbdecd246570833ff, 0x0000000420001902, [
        ], [
            p(0x04fab90c487e2a6d, "wir beide", CommonGround, false),
            p(0x234bf01fe32841ef, "wir helfen unternehmen", Pitch, false),
            p(0x2c90009604f295ef, "wir haben viele gemeinsamkeiten", StockPhrase, false),
            p(0x2c90009604f295ef, "wir haben uns", CommonGround, false),
            p(0x31d8bcdb11c06887, "wir unterstutzen unternehmen", Pitch, false),
            p(0x74a3a12b4b39315d, "wir waren beide", CommonGround, false),
            p(0x8a2cd391c69be909, "wir sind spezialisiert", Pitch, false),
        ]),
        s!(0x8a2cd391c69be909, 0x0800000000000000, [
        ], [
            p(0xef453f8df7752453, "sind sie offen", CallToAction, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x212cd83f151ecdb1, 0x0000000000000800, [
            p(0x0000000000000000, "kennengelernt", CommonGround, false),
        ], [
            p(0x2c90009604f295ef, "kennengelernt haben", CommonGround, false),
        ]),
        E,
        s!(0x29d4daf499152a6d, 0x0200000000000000, [
        ], [
            p(0xe50a10af5dd17875, "before it's too late", Urgency, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x4bc8dffdc8df9ead, 0x0000000000000000, [
            p(0x0000000000000000, "gegenseitig", Benefit, false),
        ], [
        ]),
        E,
        s!(0x4dc8e1c4077bd771, 0x0000000000000000, [
            p(0x0000000000000000, "vormittag", AskDetail, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x0708e89c8f14e321, 0x184051000c041850, [
        ], [
            p(0x11220c8f5e14df47, "ihr podcast", Reference, false),
            p(0x1b7f06de01ed519b, "ihr team", Reference, false),
            p(0x2ced1d8b8b8c9583, "ihr artikel", Reference, false),
            p(0x31d8bcdb11c06887, "ihr unternehmen", Reference, false),
            p(0x4a929b56972a2a6d, "ihr beeindruckendes profil", StockPhrase, false),
            p(0x6a6a8e381c9eb209, "ihr startup", Reference, false),
            p(0x6d06114af87e2a6d, "ihr beitrag", Reference, false),
            p(0xa359309e247bd771, "ihr vorteil", Benefit, false),
            p(0xa359309e247bd771, "ihr vortrag", Reference, false),
            p(0xb21d521f1beada6d, "ihr buch", Reference, false),
            p(0xbb42d111111c4bb1, "ihr kommentar", Reference, false),
            p(0xd93262ee00485047, "ihr projekt", Reference, false),
            p(0xed30bde0a9d1df47, "ihr post", Reference, false),
            p(0xf33538fdac485047, "ihr profil ist mir aufgefallen", StockPhrase, false),
            p(0xf33538fdac485047, "ihr profil hat mich beeindruckt", StockPhrase, false),
        ]),
        s!(0x5b48e8cbe7650a2f, 0x0000000000000400, [
        ], [
            p(0x2adbd83ee8c6342f, "make money", Hype, false),
        ]),
        s!(0x6a6ceae6d6b64e0d, 0x0000200000000000, [
            p(0x0000000000000000, "hey", Greeting, false),
            p(0x0000000000000000, "hey", Greeting, false),
        ], [
            p(0xb6252960ad8e629b, "hey there", GenericSalutation, false),
        ]),
        s!(0xf98ce93917eb698f, 0x4000000000040000, [
        ], [
            p(0x4b3a83d64f589979, "bin auf ihr profil gestossen", StockPhrase, false),
            p(0x4b3a83d64f589979, "bin auf dein profil gestossen", StockPhrase, false),
            p(0xfa4e142031503a19, "bin neugierig", CallToAction, false),
        ]),
        s!(0x0c44ecd5780709c1, 0x0000000002000000, [
        ], [
            p(0x662517ea1e48409b, "free trial", Pitch, false),
        ]),
        E,
        E,
        E,
        s!(0xbc08f0ebf72daf87, 0x2000000000100000, [
        ], [
            p(0x50074d208b4df73b, "useful for you", Benefit, false),
            p(0xf4f7ac63435a0f2d, "useful to you", Benefit, false),
        ]),
        E,
        E,
        E,
        s!(0xeb78f44bc0201e47, 0x1000000000000000, [
        ], [
            p(0xf24216c5cc0709c1, "platze frei", Urgency, false),
        ]),
        E,
        s!(0x62ecf6a8fd541ac1, 0x0000000000000008, [
        ], [
            p(0x0c44ecd5780709c1, "feel free to", CallToAction, false),
            p(0x0c44ecd5780709c1, "feel free to say no", EasyNo, false),
        ]),
        s!(0x72c0f746f395cf05, 0x0001000000000000, [
        ], [
            p(0xc20eaa9ef925651d, "ohne risiko", Hype, false),
        ]),
        s!(0x2a00f82e26935971, 0x0000000200000000, [
        ], [
            p(0x845f7daf83a3a021, "verstehe ich naturlich", EasyNo, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0xd23108b460d8bf59, 0x8020000000000000, [
        ], [
            p(0xd6c5de7b5825591d, "chatting at", CommonGround, false),
            p(0xfd8caf646ec86b09, "chat sometime", VagueAsk, false),
        ]),
        E,
        E,
        E,
        s!(0x71a50cf47c60d00d, 0x2000000000000000, [
        ], [
            p(0xf57576381e24fe4b, "hop on a call sometime", VagueAsk, false),
        ]),
        s!(0x0c0d0d02bfce7b97, 0x0000041000000000, [
        ], [
            p(0x9231a1821b5758db, "so inspirierend", Flattery, false),
            p(0x9231a1821b5758db, "so inspiring", Flattery, false),
            p(0xaaf17edcb7991709, "so schnell wie moglich", Urgency, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x6ff918ae0f2d95ef, 0x0002000000000000, [
        ], [
            p(0xc4a5b7cf8fc9cfdd, "hast du lust", CallToAction, false),
            p(0xc4a5b7cf8fc9cfdd, "hast du zeit", CallToAction, false),
            p(0xc4a5b7cf8fc9cfdd, "hast du meine nachricht gesehen", GuiltTrip, false),
            p(0xc4a5b7cf8fc9cfdd, "hast du meine nachricht erhalten", GuiltTrip, false),
            p(0xc4a5b7cf8fc9cfdd, "hast du es vergessen", GuiltTrip, false),
        ]),
        E,
        E,
        s!(0x0a5d1bb98c6829d7, 0x0800000080000000, [
            p(0x0000000000000000, "entschuldige, dass ich", Apology, false),
        ], [
            p(0x7f38871371138111, "entschuldige die storung", Apology, false),
            p(0xef453f8df7752453, "entschuldigen sie die storung", Apology, false),
            p(0xef453f8df7752453, "entschuldigen sie, dass ich", Apology, false),
        ]),
        E,
        E,
        s!(0x51bd1e086ede629b, 0x0000000000000000, [
            p(0x0000000000000000, "thursday", AskDetail, false),
        ], [
        ]),
        E,
        s!(0xbc59201fcd578643, 0x0c00000280000000, [
        ], [
            p(0x7f8b7098ddecced5, "lass uns vernetzen", VagueAsk, false),
            p(0x845f7daf83a3a021, "lasse ich dir", Benefit, false),
            p(0x845f7daf83a3a021, "lasse ich ihnen", Benefit, false),
            p(0xe8c72edec39db22f, "lass mich wissen", CallToAction, false),
            p(0xef453f8df7752453, "lassen sie uns vernetzen", VagueAsk, false),
            p(0xef453f8df7752453, "lassen sie mich wissen", CallToAction, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0xcfad2c08b3f1b22f, 0x1001000000001000, [
        ], [
            p(0x325b8976152841ef, "might help", Benefit, false),
            p(0xc0b2de6c6ad1df47, "might possibly", Hedge, false),
            p(0xf18e2a1d334a085b, "might be useful", Benefit, false),
        ]),
        s!(0x13d52dab2451d771, 0x0080000000001400, [
        ], [
            p(0x2a00f82e26935971, "volles verstandnis", EasyNo, false),
            p(0x2a00f82e26935971, "vollstes verstandnis", EasyNo, false),
            p(0x31e469ab1cb9f675, "vollig in ordnung", EasyNo, false),
            p(0x31e469ab1cb9f675, "vollig in ordnung, wenn nicht", EasyNo, false),
            p(0xdf63d4c4c33a9005, "vollig okay", EasyNo, false),
        ]),
        s!(0x47052d81e3408da3, 0x0000000000000000, [
            p(0x0000000000000000, "cal.com", CalendarLink, false),
            p(0x0000000000000000, "cal.com", CalendarLink, false),
        ], [
        ]),
        E,
        s!(0x1eb530b06a10ead7, 0x0000000008000000, [
        ], [
            p(0x6dfdaec5d5d98305, "each other", Benefit, false),
        ]),
        E,
        E,
        E,
        s!(0x694d34b89c9eb62f, 0x0000205840000100, [
            p(0x0000000000000000, "meine dienstleistung", Pitch, true),
            p(0x0000000000000000, "meinte, ich", CommonGround, false),
            p(0x0000000000000000, "meinte, du", CommonGround, false),
            p(0x0000000000000000, "meinte, sie", CommonGround, false),
        ], [
            p(0x214b024fc87bd771, "meine vorherige nachricht", FollowupReference, false),
            p(0x7b8f6015c6653a19, "mein netzwerk erweitern", StockPhrase, false),
            p(0x7b8f6015c6653a19, "mein netzwerk zu erweitern", StockPhrase, false),
            p(0x8ec1e92af0728e19, "meine nachricht von", FollowupReference, false),
            p(0x8ec1e92af0728e19, "meiner nachricht von", FollowupReference, false),
            p(0x93adff05d3af3983, "mein angebot", Pitch, false),
            p(0x985d84a3b1b309c1, "meine frage von", FollowupReference, false),
            p(0xb7fe5388c4fa3243, "meine letzte nachricht", FollowupReference, false),
            p(0xb7fe5388c4fa3243, "meiner letzten nachricht", FollowupReference, false),
        ]),
        s!(0xe1f5340465bd691d, 0x0000000000000000, [
            p(0x0000000000000000, "revolutionar", Hype, true),
            p(0x0000000000000000, "revolutionary", Hype, false),
        ], [
        ]),
        E,
        E,
        E,
        s!(0x3f0139ed3034f2ad, 0x0000080000000000, [
        ], [
            p(0xac4e083ebdecc321, "gave me your name", CommonGround, false),
        ]),
        E,
        s!(0x19453b067e076b09, 0x2000000000100200, [
        ], [
            p(0x25460e27a275253b, "sorry fur die storung", Apology, false),
            p(0x50074d208b4df73b, "sorry for bothering you", Apology, false),
            p(0x50074d208b4df73b, "sorry for the intrusion", Apology, false),
            p(0x50074d208b4df73b, "sorry for reaching out", Apology, false),
            p(0x50074d208b4df73b, "sorry for the cold message", Apology, false),
            p(0xf4f7ac63435a0f2d, "sorry to bother you", Apology, false),
            p(0xf4f7ac63435a0f2d, "sorry to disturb you", Apology, false),
        ]),
        s!(0x8e993c65d9d04109, 0x0000000000000040, [
        ], [
            p(0x1b7f06de01ed519b, "same team", CommonGround, false),
        ]),
        s!(0x26bd3d88b8502a6d, 0x0200000000000000, [
        ], [
            p(0xe7c911bb43199909, "bewahrtes system", Hype, false),
        ]),
        s!(0xd5653c2c28b92a6d, 0x0000000000040000, [
        ], [
            p(0x4b3a83d64f589979, "bezugnehmend auf", FollowupReference, false),
        ]),
        s!(0x350d3f972325651d, 0x0000000000000008, [
            p(0x0000000000000000, "risk-free", Hype, false),
        ], [
            p(0x0c44ecd5780709c1, "risk free", Hype, false),
        ]),
        s!(0xef453f8df7752453, 0x0004000401000800, [
        ], [
            p(0x2c90009604f295ef, "sie haben geschrieben", Reference, false),
            p(0x2c90009604f295ef, "sie haben geteilt", Reference, false),
            p(0x6105594a6b991709, "sie schrieben", Reference, false),
            p(0x8a2cd391c69be909, "sie sind grossartig", Flattery, false),
            p(0x8a2cd391c69be909, "sie sind eine legende", Flattery, false),
            p(0xc89f28747c5b662f, "sie mussen", Pushy, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x80ed4836791b8479, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "are you up for", CallToAction, false),
            p(0x8d04678a736c8ad1, "are you available", CallToAction, false),
            p(0x8d04678a736c8ad1, "are you open to", CallToAction, false),
        ]),
        E,
        E,
        s!(0xb2794b87d0991709, 0x0000008001000000, [
        ], [
            p(0x6081b4fea53d9013, "schedule a demo", Pitch, false),
            p(0x9deb5c72a8ba4d9b, "schedule time with me", CalendarLink, false),
        ]),
        s!(0xe3bd4ba37a60d705, 0x2000000000000000, [
        ], [
            p(0xf4f7ac63435a0f2d, "open to networking", VagueAsk, false),
            p(0xf4f7ac63435a0f2d, "open to a", CallToAction, false),
        ]),
        s!(0xfb654b3f22eba7d7, 0x0000000000000008, [
        ], [
            p(0x0c0d0d02bfce7b97, "eher so", Hedge, false),
        ]),
        s!(0x48d54ee6aa2190eb, 0x0002000000000000, [
        ], [
            p(0xc497dd21eeb1828b, "double your revenue", Hype, false),
        ]),
        E,
        E,
        E,
        s!(0xb21d521f1beada6d, 0x0802000000000000, [
        ], [
            p(0xc6be00b1cdd08111, "buch dir einen termin", CalendarLink, false),
            p(0xef453f8df7752453, "buchen sie einen termin", CalendarLink, false),
        ]),
        s!(0xb2995324f28ecf9b, 0x0004000000000000, [
        ], [
            p(0xcb3a854d22b816c1, "totally fine", EasyNo, false),
            p(0xcb3a854d22b816c1, "totally fine if not", EasyNo, false),
        ]),
        s!(0xe9c552bbe353df47, 0x0000080000000000, [
        ], [
            p(0xac4e083ebdecc321, "pointed me to you", CommonGround, false),
        ]),
        s!(0xb53955ad1c1381f7, 0x44b0100901000000, [
        ], [
            p(0x6045c5fc4b1e5047, "our pricing", Pitch, false),
            p(0x8036a40582485047, "our product", Pitch, false),
            p(0x8036a40582485047, "our products", Pitch, false),
            p(0x8c51ab76147c7c83, "our agency", Pitch, false),
            p(0xb2680bfb131eed09, "our services", Pitch, false),
            p(0xb2680bfb131eed09, "our service", Pitch, false),
            p(0xd23108b460d8bf59, "our chat", CommonGround, false),
            p(0xd791d880d70b6b09, "our software", Pitch, false),
            p(0xdf5186ed9add6b09, "our solution", Pitch, false),
            p(0xdf5186ed9add6b09, "our solutions", Pitch, false),
            p(0xeb78f44bc0201e47, "our platform", Pitch, false),
            p(0xfbd40364d65b2c59, "our conversation", CommonGround, false),
        ]),
        s!(0x8859564484016ec1, 0x0040000000040000, [
        ], [
            p(0x4a8fb52544533619, "falls nicht, auch gut", EasyNo, false),
            p(0x4a8fb52544533619, "falls nicht, kein problem", EasyNo, false),
            p(0xd993e51a5196d5c9, "falls es nicht zu viel", Hedge, false),
            p(0xd993e51a5196d5c9, "falls es nicht passt", EasyNo, false),
            p(0xd993e51a5196d5c9, "falls es gerade nicht passt", EasyNo, false),
        ]),
        E,
        E,
        s!(0x6105594a6b991709, 0x0800000000200000, [
        ], [
            p(0x56b14837476eddcd, "schreib mir", CallToAction, false),
            p(0xef453f8df7752453, "schreiben sie mir", CallToAction, false),
        ]),
        E,
        s!(0xe53d5b5cceb816c1, 0x1000000000000008, [
        ], [
            p(0x0c44ecd5780709c1, "financial freedom", Hype, false),
            p(0xf24216c5cc0709c1, "finanzielle freiheit", Hype, false),
        ]),
        s!(0xfdb55c29856ab819, 0x0000200000000000, [
        ], [
            p(0xb4005a5fa0dfcdb1, "noch keine antwort", GuiltTrip, false),
        ]),
        E,
        s!(0x17015e7d313ecf9b, 0x0000000002000000, [
        ], [
            p(0x67621f0f30d75105, "today only", Urgency, false),
        ]),
        E,
        s!(0x03196047996e9ead, 0x0000000000000000, [
            p(0x0000000000000000, "getroffen", CommonGround, false),
        ], [
        ]),
        s!(0xd561618b7aab3983, 0x0000000000000000, [
            p(0x0000000000000000, "anschauen", AskDetail, false),
        ], [
        ]),
        s!(0xda4960aa115b2c59, 0x2000000000000000, [
        ], [
            p(0xf57576381e24fe4b, "congratulations on", Reference, false),
            p(0xf57576381e24fe4b, "congrats on", Reference, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x09a567c3ba0c8dad, 0x0000000000000000, [
            p(0x0000000000000000, "gruezi", Greeting, false),
        ], [
        ]),
        s!(0x5bc9680183d190eb, 0x0000000000010000, [
        ], [
            p(0x423dc12ee73a629b, "does that sound", CallToAction, false),
        ]),
        E,
        E,
        s!(0x12856bc2b9b17db1, 0x0000004000000000, [
        ], [
            p(0x985d84a3b1b309c1, "kurze frage", AskDetail, false),
        ]),
        E,
        E,
        s!(0xb7196e1881b9ed09, 0x0000000000008000, [
        ], [
            p(0x3ebcec986bafb62f, "secret method", Hype, false),
        ]),
        s!(0x49fd6f9bab0c629b, 0x0000100000000000, [
        ], [
            p(0xb14342327205a64b, "thousands of leads", Hype, false),
        ]),
        s!(0x654d7007b66721b1, 0x0000000000000000, [
            p(0x0000000000000000, "kaffee", AskDetail, false),
        ], [
        ]),
        E,
        E,
        s!(0x6e0d731bf8bc8dad, 0x0000000000000000, [
            p(0x0000000000000000, "greetings", Greeting, false),
        ], [
        ]),
        s!(0x48517435468f0609, 0x0002000000002000, [
        ], [
            p(0x365203d3f500d6db, "spart ihnen", Benefit, false),
            p(0xc6be00b1cdd08111, "spart dir", Benefit, false),
        ]),
        s!(0x88f9751be7bd691d, 0x0000000000000000, [
            p(0x0000000000000000, "review", AskDetail, false),
        ], [
        ]),
        E,
        E,
        E,
        s!(0x02b1792fc93b49c5, 0x0000000040200000, [
        ], [
            p(0x54ecf7eeac813983, "jetzt anmelden", Pitch, false),
            p(0x7a9ee3f9f3cc21b1, "jetzt kaufen", Pitch, false),
        ]),
        E,
        E,
        s!(0x3d5d7c3b4728519b, 0x0000100000000000, [
        ], [
            p(0xb21d521f1beada6d, "termin buchen", CalendarLink, false),
        ]),
        E,
        s!(0xaaf17edcb7991709, 0x2000000000000000, [
            p(0x0000000000000000, "schnellstmoglich", Urgency, false),
        ], [
            p(0xf5053e0014d6691d, "schnell reich", Hype, false),
        ]),
        E,
        s!(0xd21180081b12aa09, 0x0000100000000000, [
        ], [
            p(0xb21d521f1beada6d, "slot buchen", CalendarLink, false),
        ]),
        E,
        s!(0x523d82ca9f9170bb, 0x1a85ab061051b40d, [
            p(0x0000000000000000, "i'd like to add you to my professional network", StockPhrase, false),
            p(0x0000000000000000, "i'm reaching out because", StockPhrase, false),
            p(0x0000000000000000, "i'm reaching out to", StockPhrase, false),
            p(0x0000000000000000, "i'm always looking to expand my network", StockPhrase, false),
            p(0x0000000000000000, "i'd love to have you in my network", StockPhrase, false),
            p(0x0000000000000000, "i'd love to connect", VagueAsk, false),
            p(0x0000000000000000, "i'd like to", CallToAction, false),
            p(0x0000000000000000, "i'd love to hear", CallToAction, false),
            p(0x0000000000000000, "i'd love to buy you", CallToAction, false),
            p(0x0000000000000000, "i'd be grateful", CallToAction, false),
            p(0x0000000000000000, "i'd appreciate", CallToAction, false),
            p(0x0000000000000000, "i'd like to ask", CallToAction, false),
            p(0x0000000000000000, "i'd be glad to", Benefit, false),
            p(0x0000000000000000, "i'll send you", Benefit, false),
            p(0x0000000000000000, "i'll call you", Pushy, false),
            p(0x0000000000000000, "i'm still waiting", GuiltTrip, false),
        ], [
            p(0x00648cc3349dbf83, "i apologize for", Apology, false),
            p(0x00648cc3349dbf83, "i apologise for", Apology, false),
            p(0x01b11c22cb9112eb, "i demand", Pushy, false),
            p(0x03a91c502d3b57d7, "i expect", Pushy, false),
            p(0x0a56c627db42b209, "i stumbled upon your profile", StockPhrase, false),
            p(0x0e592551956e60b1, "i know you're busy", Apology, false),
            p(0x0e592551956e60b1, "i know you are busy", Apology, false),
            p(0x2a8e66d15364bfef, "i hope this message finds you well", StockPhrase, false),
            p(0x2a8e66d15364bfef, "i hope this email finds you well", StockPhrase, false),
            p(0x2a8e66d15364bfef, "i hope you are doing well", StockPhrase, false),
            p(0x2a8e66d15364bfef, "i hope you're doing well", StockPhrase, false),
            p(0x2a8e66d15364bfef, "i hope i'm not bothering you", Apology, false),
            p(0x2a8e66d15364bfef, "i hope i am not bothering you", Apology, false),
            p(0x325b8976152841ef, "i help companies", Pitch, false),
            p(0x325b8976152841ef, "i help businesses", Pitch, false),
            p(0x325b8976152841ef, "i help coaches", Pitch, false),
            p(0x33e0815e964db819, "i noticed we are both", StockPhrase, false),
            p(0x3449e3ad01182c59, "i could share", Benefit, false),
            p(0x3ca152a7fe5758db, "i insist", Pushy, false),
            p(0x403ac069241cb62f, "i messaged you", FollowupReference, false),
            p(0x53922eeceb168da3, "i can show you", Benefit, false),
            p(0x53922eeceb168da3, "i can share", Benefit, false),
            p(0x53922eeceb168da3, "i can offer", Benefit, false),
            p(0x53922eeceb168da3, "i can introduce you", Benefit, false),
            p(0x53922eeceb168da3, "i can send you", Benefit, false),
            p(0x5b19f0f66189ec1d, "i am reaching out to", StockPhrase, false),
            p(0x5b19f0f66189ec1d, "i am always looking to expand my network", StockPhrase, false),
            p(0x7210d7fdce780259, "i came across your profile", StockPhrase, false),
            p(0x867975fdb192cc5d, "i wrote last week", FollowupReference, false),
            p(0x867975fdb192cc5d, "i wrote to you", FollowupReference, false),
            p(0x88f9f18575462053, "i see we share", StockPhrase, false),
            p(0xa280f0fcaec095ef, "i hate to bother you", Apology, false),
            p(0xa536d4fc5b003a19, "i need you to", Pushy, false),
            p(0xacfe9edd0b702c59, "i commented on", CommonGround, false),
            p(0xaf0df267b69695ef, "i haven't heard back", GuiltTrip, false),
            p(0xaf0df267b69695ef, "i have not heard back", GuiltTrip, false),
            p(0xb54e2e7fba902e43, "i liked your", CommonGround, false),
            p(0xbcad09e49f484ead, "i guess", Hedge, false),
            p(0xbe5dd944a78c98c1, "i found your profile", StockPhrase, false),
            p(0xc2780ced63efd95d, "i will call you", Pushy, false),
            p(0xc9b02efb099a5b5d, "i would like to add you to my professional network", StockPhrase, false),
            p(0xc9b02efb099a5b5d, "i would like to", CallToAction, false),
            p(0xc9b02efb099a5b5d, "i would love to hear", CallToAction, false),
            p(0xc9b02efb099a5b5d, "i would be grateful", CallToAction, false),
            p(0xc9b02efb099a5b5d, "i would appreciate", CallToAction, false),
            p(0xc9b02efb099a5b5d, "i would like to ask", CallToAction, false),
            p(0xde07a7493ee6f9c5, "i just wanted to", Hedge, false),
            p(0xe6f74c1ce9e2629b, "i think maybe", Hedge, false),
            p(0xee0fc8e34198bb83, "i admire everything", Flattery, false),
            p(0xf3741d8b26fddbff, "i was impressed by your profile", StockPhrase, false),
            p(0xf3741d8b26fddbff, "i was wondering if maybe", Hedge, false),
        ]),
        E,
        E,
        s!(0x2131850e8f90f1ef, 0x0000000000000000, [
            p(0x0000000000000000, "hurry", Urgency, false),
        ], [
        ]),
        E,
        E,
        E,
        s!(0xdfc1897957aeb22f, 0x0000000000000000, [
            p(0x0000000000000000, "minute", AskDetail, true),
            p(0x0000000000000000, "minute", AskDetail, true),
        ], [
        ]),
        s!(0xded18ad3f09fd00d, 0x1000080101000000, [
            p(0x0000000000000000, "how's it going", SmallTalk, false),
        ], [
            p(0x60b5fe34546ce575, "how is it going", SmallTalk, false),
            p(0x80ed4836791b8479, "how are you", SmallTalk, false),
            p(0x80ed4836791b8479, "how are you doing", SmallTalk, false),
            p(0xaf0df267b69695ef, "how have you been", SmallTalk, false),
            p(0xf3741d8b26fddbff, "how was your weekend", SmallTalk, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0xa855919669fbb043, 0x0020000000000000, [
        ], [
            p(0xd6c5de7b5825591d, "look at", AskDetail, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x3eb19aa204b4bf09, 0x0000000000000000, [
            p(0x0000000000000000, "skyrocket", Hype, false),
        ], [
        ]),
        E,
        s!(0xe2ed9c091b9bbf79, 0x0000010000000000, [
        ], [
            p(0xa2629760f20ad7e3, "act now", Urgency, false),
        ]),
        E,
        s!(0x09799e5738b93a19, 0x0000200000080000, [
        ], [
            p(0x4c667af9adc6342f, "next month", AskDetail, false),
            p(0xb4c001e34a61dd5d, "next week", AskDetail, false),
        ]),
        E,
        s!(0x9719a0a0b2074bb1, 0x0000000004000000, [
        ], [
            p(0x6bae5ff485dc9903, "kontakt zu", AskDetail, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0xab79a6f48a4ab62f, 0x0000000800000000, [
            p(0x0000000000000000, "meetings.hubspot.com", CalendarLink, false),
            p(0x0000000000000000, "meetings.hubspot.com", CalendarLink, false),
        ], [
            p(0x8d04678a736c8ad1, "meeting you at", CommonGround, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0x1b35ac2cb91895ef, 0x0000000000002000, [
        ], [
            p(0x36d4a59c1a42b209, "halbe stunde", AskDetail, false),
        ]),
        E,
        E,
        E,
        s!(0x4821b0a046512e43, 0x0000000000000000, [
            p(0x0000000000000000, "life-changing", Hype, false),
        ], [
        ]),
        E,
        s!(0x663db2c0a877a86d, 0x0000100000000000, [
        ], [
            p(0xb14342327205a64b, "both of us", Benefit, false),
        ]),
        s!(0x759db3f1a5075b5d, 0x0000000000000020, [
        ], [
            p(0x1701dbf39cc905e3, "wollte nur mal", Hedge, false),
        ]),
        s!(0x6081b4fea53d9013, 0x0000000200808040, [
        ], [
            p(0x1ba11fc4ec5f9533, "a quick question", AskDetail, false),
            p(0x1ba11fc4ec5f9533, "a quick no", EasyNo, false),
            p(0x3cf9d10d1b02fe09, "a short no is fine", EasyNo, false),
            p(0x5c33367252f3655f, "a no is fine", EasyNo, false),
            p(0x85f4812a9eb0e909, "a simple no is fine", EasyNo, false),
        ]),
        s!(0x9801b5e10afe6147, 0x0000000000001000, [
        ], [
            p(0x30d4918c8bdf0a2f, "perhaps maybe", Hedge, false),
        ]),
        s!(0x6b8db63fd7fe53e9, 0x0000000000000000, [
            p(0x0000000000000000, "100% kostenlos", Hype, false),
            p(0x0000000000000000, "100% free", Hype, false),
        ], [
        ]),
        s!(0xc4a5b7cf8fc9cfdd, 0x0104000008000000, [
        ], [
            p(0x6ff918ae0f2d95ef, "du hast geschrieben", Reference, false),
            p(0x6ff918ae0f2d95ef, "du hast geteilt", Reference, false),
            p(0xc89f28747c5b662f, "du musst", Pushy, false),
            p(0xe113bf015ecd266d, "du bist grossartig", Flattery, false),
            p(0xe113bf015ecd266d, "du bist eine legende", Flattery, false),
        ]),
        s!(0xc50db3e6b46131d7, 0x0000000000000040, [
        ], [
            p(0x192a0d08867d5571, "eventuell vielleicht", Hedge, false),
        ]),
        s!(0x7dd5b9c0f2d1266d, 0x0000000000008000, [
        ], [
            p(0x3c7cce4d6ea2213b, "biggest fan", Flattery, false),
        ]),
        s!(0xcb15baff1d543a19, 0x0000000000800000, [
        ], [
            p(0x5d0dd1e06e2e5021, "nein ist okay", EasyNo, false),
            p(0x5d0dd1e06e2e5021, "nein ist vollig", EasyNo, false),
        ]),
        s!(0xdcf1ba9056ad4ead, 0x0000010202000000, [
        ], [
            p(0x641bb8e0d82267c1, "guten tag", Greeting, false),
            p(0x84c06a61031a342f, "guten morgen", Greeting, false),
            p(0xa1b24af288e8e583, "guten abend", Greeting, false),
        ]),
        E,
        s!(0x5c71bd6d6bb42453, 0x0400000000000000, [
            p(0x0000000000000000, "six-figure", Hype, false),
        ], [
            p(0xebc063ed75fb16c1, "six figure", Hype, false),
        ]),
        s!(0x9afdbe52985a7721, 0x0400188100090040, [
        ], [
            p(0x1a03ce92fb75ead7, "my earlier message", FollowupReference, false),
            p(0x403ac069241cb62f, "my message last week", FollowupReference, false),
            p(0x4de3576e424db819, "my note last week", FollowupReference, false),
            p(0x80e7957d73ca5047, "my previous message", FollowupReference, false),
            p(0x9cc67ad9ac0b9533, "my question about", FollowupReference, false),
            p(0xacfe9edd0b702c59, "my comment on", CommonGround, false),
            p(0xb2680bfb131eed09, "my services", Pitch, false),
            p(0xe8d6ff940c578643, "my last message", FollowupReference, false),
        ]),
        E,
        E,
        E,
        s!(0x1775c270db7e2a6d, 0x0000040000000000, [
        ], [
            p(0xab79a6f48a4ab62f, "beim meetup", AskDetail, false),
        ]),
        s!(0x1c91c3c6d4702c59, 0x0004000000000000, [
        ], [
            p(0xcb3a854d22b816c1, "completely fine", EasyNo, false),
            p(0xcb3a854d22b816c1, "completely fine if not", EasyNo, false),
        ]),
        s!(0xe5bdc2e83804691d, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "recommended you", CommonGround, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x5271cc004ec0c61d, 0xa000000000100001, [
        ], [
            p(0x0291e4245d9e6b09, "as soon as possible", Urgency, false),
            p(0x523d82ca9f9170bb, "as i mentioned", FollowupReference, false),
            p(0xf5d8fdf75423ac15, "as per my last message", GuiltTrip, false),
            p(0xff8c21fdeeddb62f, "as mentioned", FollowupReference, false),
        ]),
        s!(0x8449cd3d7ae6cf9b, 0x0000080000000000, [
        ], [
            p(0xac4e083ebdecc321, "told me about you", CommonGround, false),
        ]),
        s!(0xd391cc620a7fc487, 0x0000000000000000, [
            p(0x0000000000000000, "urgent", Urgency, false),
        ], [
        ]),
        E,
        E,
        s!(0x5d0dd1e06e2e5021, 0x0040000000000000, [
        ], [
            p(0xd993e51a5196d5c9, "ist es moglich", CallToAction, false),
        ]),
        E,
        E,
        s!(0xa809d4c24fb9ed09, 0x0000000000000000, [
            p(0x0000000000000000, "sechsstellig", Hype, true),
        ], [
        ]),
        E,
        E,
        s!(0x864dd7b50044409b, 0x0000001000000000, [
        ], [
            p(0x9231a1821b5758db, "truly inspiring", Flattery, false),
        ]),
        E,
        E,
        E,
        s!(0x1701dbf39cc905e3, 0x8000082908000000, [
        ], [
            p(0x6c6b2e6fcdbb41ef, "nur heute", Urgency, false),
            p(0x6ced80183ac65679, "nur als erinnerung", GuiltTrip, false),
            p(0x837420f4e1d585cd, "nur mal kurz", Hedge, false),
            p(0x8ec1e92af0728e19, "nur nachhaken", GuiltTrip, false),
            p(0x95d3e7f484f4dd5d, "nur wenige platze", Urgency, false),
            p(0xac682741a54b34e7, "nur zur erinnerung", GuiltTrip, false),
            p(0xfdb55c29856ab819, "nur noch heute", Urgency, false),
            p(0xfdb55c29856ab819, "nur noch wenige platze", Urgency, false),
        ]),
        E,
        E,
        s!(0xd6c5de7b5825591d, 0x0010000000000000, [
        ], [
            p(0xd33aa4fac6e7d4c1, "at the conference", AskDetail, false),
            p(0xd33aa4fac6e7d4c1, "at the meetup", AskDetail, false),
            p(0xd33aa4fac6e7d4c1, "at the same", CommonGround, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x2369e3ba7eab3983, 0x0000080000000000, [
        ], [
            p(0xac4e083ebdecc321, "answer me", Pushy, false),
        ]),
        s!(0x3449e3ad01182c59, 0x1000800800001000, [
        ], [
            p(0x325b8976152841ef, "could help", Benefit, false),
            p(0x8d04678a736c8ad1, "could you", CallToAction, false),
            p(0xbdf06515ab7d5d43, "could we", CallToAction, false),
            p(0xf18e2a1d334a085b, "could be useful", Benefit, false),
        ]),
        E,
        s!(0xf211e64bd6a0ed09, 0x0080000000000000, [
        ], [
            p(0xdeb852ff2a099ead, "sehr geehrte", Greeting, false),
            p(0xdeb852ff2a099ead, "sehr geehrter", Greeting, false),
            p(0xdeb852ff2a099ead, "sehr geehrte damen und herren", GenericSalutation, false),
            p(0xdeb852ff2a099ead, "sehr geehrte damen, sehr geehrte herren", GenericSalutation, false),
            p(0xdeb852ff2a099ead, "sehr geehrte/r", GenericSalutation, false),
        ]),
        E,
        s!(0xae8de8b099316887, 0x1000000000000000, [
        ], [
            p(0xf33538fdac485047, "unglaubliches profil", Flattery, false),
        ]),
        s!(0x2f61e94cf21653e9, 0x0002000000000000, [
        ], [
            p(0xc497dd21eeb1828b, "10x your", Hype, false),
        ]),
        s!(0x3d99ea37bd8e6383, 0x0000008800000000, [
        ], [
            p(0x8f8fbff312948ab1, "alles klar bei dir", SmallTalk, false),
            p(0x9dd683a00a3da14f, "alles gut bei ihnen", SmallTalk, false),
            p(0x9dd683a00a3da14f, "alles gut bei dir", SmallTalk, false),
        ]),
        s!(0x8ec1e92af0728e19, 0x000000000c020000, [
            p(0x0000000000000000, "nachmittag", AskDetail, false),
        ], [
            p(0x44deae4e94c6342f, "nachsten monat", AskDetail, false),
            p(0x6bae5ff485dc9903, "nachtrag zu", FollowupReference, false),
            p(0x6dc214a40bcc5b5d, "nachste woche", AskDetail, false),
            p(0x6dc214a40bcc5b5d, "nachsten woche", AskDetail, false),
        ]),
        s!(0x9009ec4fbbd1cf9b, 0x0000000000000000, [
            p(0x0000000000000000, "tomorrow", AskDetail, false),
        ], [
        ]),
        s!(0x0d69edf645925571, 0x0000000010000000, [
            p(0x0000000000000000, "videocall", AskDetail, false),
            p(0x0000000000000000, "video-call", AskDetail, false),
        ], [
            p(0x7143f5a5078d0259, "video call", AskDetail, false),
        ]),
        E,
        E,
        E,
        s!(0x5911f12109da9909, 0x0010000000000001, [
            p(0x0000000000000000, "synergien", VagueAsk, false),
        ], [
            p(0x03f3c8211ea3ea19, "synergien nutzen", VagueAsk, false),
            p(0xd1e9ea70b0855683, "synergien ausloten", VagueAsk, false),
        ]),
        s!(0x88f9f18575462053, 0x0080000000000000, [
        ], [
            p(0xded18ad3f09fd00d, "see how we can help each other", VagueAsk, false),
        ]),
        s!(0xaf0df267b69695ef, 0x0000000000000080, [
            p(0x0000000000000000, "haven't heard from you", GuiltTrip, false),
        ], [
            p(0x1c1c16ab6e1fd7e3, "have not heard from you", GuiltTrip, false),
        ]),
        s!(0x9261f43c9f903ed7, 0x0000000000000000, [
            p(0x0000000000000000, "empfohlen", CommonGround, false),
        ], [
        ]),
        s!(0xcdf5f59a2f76dd5d, 0x0000000000000000, [
            p(0x0000000000000000, "wednesday", AskDetail, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x60b5fe34546ce575, 0x0000200000000000, [
        ], [
            p(0xb6252960ad8e629b, "is there a chance", CallToAction, false),
        ]),
        s!(0x6971ff06a20292d7, 0x0000004000000000, [
        ], [
            p(0x985d84a3b1b309c1, "eine frage", AskDetail, false),
        ]),
        s!(0x443a0083a77ff1ef, 0x0000000000008000, [
        ], [
            p(0x3c7cce4d6ea2213b, "huge fan", Flattery, false),
        ]),
        s!(0xc6be00b1cdd08111, 0x0000000000000100, [
        ], [
            p(0x234bf01fe32841ef, "dir helfen", Benefit, false),
        ]),
        s!(0xcd5dfe95de2f9ead, 0x0000000000000000, [
            p(0x0000000000000000, "gewissermassen", Hedge, false),
        ], [
        ]),
        s!(0x365203d3f500d6db, 0x0000000000000100, [
        ], [
            p(0x234bf01fe32841ef, "ihnen helfen", Benefit, false),
        ]),
        s!(0x608e03d326ad7d87, 0x0000000000000000, [
            p(0x0000000000000000, "umgehend", Pushy, false),
        ], [
        ]),
        E,
        E,
        E,
        s!(0x0a3a08bdc01a342f, 0x0000000000000000, [
            p(0x0000000000000000, "morning", AskDetail, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        s!(0x192a0d08867d5571, 0x0002000000000100, [
        ], [
            p(0x21eb76540f05d3b3, "vielleicht ja", Hedge, false),
            p(0xc50db3e6b46131d7, "vielleicht eventuell", Hedge, false),
        ]),
        s!(0x25460e27a275253b, 0x4800000040000002, [
        ], [
            p(0x04fab90c487e2a6d, "fur beide", Benefit, false),
            p(0x0708e89c8f14e321, "fur ihr team", Benefit, false),
            p(0x78ba76643d3c0eeb, "fur dich", Benefit, false),
            p(0xef453f8df7752453, "fur sie", Benefit, false),
            p(0xf9407c3e163d12eb, "fur dein team", Benefit, false),
        ]),
        E,
        s!(0x281210c74df001eb, 0x0000000000000000, [
            p(0x0000000000000000, "dringend", Urgency, false),
        ], [
        ]),
        s!(0xe50a10af5dd17875, 0x0004000000000000, [
        ], [
            p(0xc9b02efb099a5b5d, "it would be nice if maybe", Hedge, false),
        ]),
        s!(0x721e12d2ebe0f2ad, 0x0000000000000000, [
            p(0x0000000000000000, "garantier", Hype, true),
        ], [
        ]),
        s!(0xe57e10e622e03def, 0x0000000000000000, [
            p(0x0000000000000000, "hiya", Greeting, false),
        ], [
        ]),
        E,
        E,
        s!(0xf24216c5cc0709c1, 0x0000000000000000, [
            p(0x0000000000000000, "freitag", AskDetail, false),
        ], [
        ]),
        E,
        s!(0xa8b218accd688dad, 0x0000000004000000, [
        ], [
            p(0x6bae5ff485dc9903, "gratulation zu", Reference, false),
        ]),
        E,
        E,
        s!(0x15721b94b1fef14f, 0x0080000000000000, [
        ], [
            p(0xdff600734cd5651d, "get rich", Hype, false),
        ]),
        s!(0x283e1bfc2ef2b209, 0x0000000210000000, [
        ], [
            p(0x72ac8a1afcf09ead, "stelle gerne den kontakt", Benefit, false),
            p(0x845f7daf83a3a021, "stelle ich gern", Benefit, true),
        ]),
        E,
        s!(0x04461e8026464bb1, 0x0000000000000040, [
        ], [
            p(0x19344bcae813519b, "kostenlose testversion", Pitch, false),
            p(0x19344bcae813519b, "kostenlos testen", Pitch, false),
        ]),
        s!(0x67621f0f30d75105, 0x8000000001000020, [
        ], [
            p(0x17015e7d313ecf9b, "only today", Urgency, false),
            p(0x6081b4fea53d9013, "only a few spots", Urgency, false),
            p(0xfd812290b69f753b, "only few spots", Urgency, false),
        ]),
        E,
        E,
        s!(0x0ffe221e7a935971, 0x0000000000000000, [
            p(0x0000000000000000, "verwiesen", CommonGround, false),
        ], [
        ]),
        s!(0x695e232a67360b75, 0x0000000800040000, [
        ], [
            p(0x4bc8dffdc8df9ead, "im gegenzug", Benefit, false),
            p(0x8ec1e92af0728e19, "im nachgang zu", FollowupReference, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0xfeb22b0a400c8dad, 0x0801000040000000, [
        ], [
            p(0x78ba76643d3c0eeb, "gruss dich", Greeting, false),
            p(0xc2f24e3b82571cad, "gruss gott", Greeting, false),
            p(0xef453f8df7752453, "gruss sie", Greeting, false),
        ]),
        E,
        s!(0x9f122d14df12c7c5, 0x0000004000000000, [
        ], [
            p(0x9afdbe52985a7721, "join my network", StockPhrase, false),
        ]),
        s!(0x53922eeceb168da3, 0x1000800800000000, [
        ], [
            p(0x8d04678a736c8ad1, "can you", CallToAction, false),
            p(0xbdf06515ab7d5d43, "can we", CallToAction, false),
            p(0xf078219a48caed09, "can send you", Benefit, false),
        ]),
        s!(0xb54e2e7fba902e43, 0x0000000000000000, [
            p(0x0000000000000000, "like-minded professionals", StockPhrase, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        s!(0xacaa347b7d5b09c1, 0x0000000000000000, [
            p(0x0000000000000000, "friday", AskDetail, false),
        ], [
        ]),
        s!(0xedb235a5709a9e75, 0x0200010800000080, [
        ], [
            p(0x1c1c16ab6e1fd7e3, "if not, no problem", EasyNo, false),
            p(0x8d04678a736c8ad1, "if you ever need anything", VagueAsk, false),
            p(0x8d04678a736c8ad1, "if you're swamped", EasyNo, false),
            p(0x8d04678a736c8ad1, "if you're too busy", EasyNo, false),
            p(0x8d04678a736c8ad1, "if you are too busy", EasyNo, false),
            p(0x8d04678a736c8ad1, "if you're busy", EasyNo, false),
            p(0x8d04678a736c8ad1, "if you'd rather not", EasyNo, false),
            p(0x8d04678a736c8ad1, "if you would rather not", EasyNo, false),
            p(0x8d04678a736c8ad1, "if you're not interested", EasyNo, false),
            p(0x8d04678a736c8ad1, "if you are not interested", EasyNo, false),
            p(0xa2629760f20ad7e3, "if now isn't a good time", EasyNo, false),
            p(0xa2629760f20ad7e3, "if now is not a good time", EasyNo, false),
            p(0xe50a10af5dd17875, "if it's not too much trouble", Hedge, false),
            p(0xe50a10af5dd17875, "if it is not too much trouble", Hedge, false),
            p(0xe50a10af5dd17875, "if it's not a fit", EasyNo, false),
            p(0xe50a10af5dd17875, "if it is not a fit", EasyNo, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0xddc641d1ad2d6887, 0x0420009900008000, [
            p(0x0000000000000000, "unsere dienstleistung", Pitch, true),
        ], [
            p(0x3c0850460adb9ead, "unser gesprach", CommonGround, false),
            p(0x3c0850460adb9ead, "unserem gesprach", CommonGround, false),
            p(0x8036a40582485047, "unser produkt", Pitch, false),
            p(0x8036a40582485047, "unsere produkte", Pitch, false),
            p(0x8c51ab76147c7c83, "unsere agentur", Pitch, false),
            p(0x93adff05d3af3983, "unser angebot", Pitch, false),
            p(0x9e4b28168c4fb043, "unsere losung", Pitch, false),
            p(0x9e4b28168c4fb043, "unsere losungen", Pitch, false),
            p(0xd791d880d70b6b09, "unsere software", Pitch, false),
            p(0xeb78f44bc0201e47, "unsere plattform", Pitch, false),
        ]),
        s!(0x4e2a4279955457d7, 0x0000001000000000, [
        ], [
            p(0x93adff05d3af3983, "exklusives angebot", Pitch, false),
        ]),
        s!(0xcd5a437d00fe4109, 0x0800000000000000, [
        ], [
            p(0xef453f8df7752453, "sagen sie mir", CallToAction, false),
            p(0xef453f8df7752453, "sagen sie einfach nein", EasyNo, false),
        ]),
        E,
        E,
        s!(0xe9a64640813b57d7, 0x0000000000000001, [
        ], [
            p(0x0291e4245d9e6b09, "expires soon", Urgency, false),
        ]),
        s!(0x7dea47819854691d, 0x0000000000080000, [
        ], [
            p(0x4ecc41ca30578083, "respond asap", Pushy, false),
        ]),
        s!(0x805e4825b4ac57d7, 0x0000008000000000, [
        ], [
            p(0x9c4cd7fd0024a905, "exclusive offer", Pitch, false),
        ]),
        E,
        E,
        s!(0xa2ca4badf795519b, 0x0000000210000000, [
            p(0x0000000000000000, "teile gern", Benefit, true),
        ], [
            p(0x72ac8a1afcf09ead, "teile gerne", CallToAction, false),
            p(0x72ac8a1afcf09ead, "teile gerne", Benefit, false),
            p(0x845f7daf83a3a021, "teile ich gern", Benefit, true),
        ]),
        E,
        E,
        s!(0xa4f64e12bb81a59b, 0x4400000000000000, [
        ], [
            p(0xea11bfb6e50235eb, "tausende von leads", Hype, false),
            p(0xfabfcb4569413243, "tausende leads", Hype, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0xb7fe5388c4fa3243, 0x0000040008000000, [
        ], [
            p(0x6dc214a40bcc5b5d, "letzte woche geschrieben", FollowupReference, false),
            p(0x6dc214a40bcc5b5d, "letzte woche hatte ich", FollowupReference, false),
            p(0xa91e994e82d8bf59, "letzte chance", Urgency, false),
        ]),
        E,
        E,
        E,
        s!(0x8f465736c3f44ead, 0x0000000000000000, [
            p(0x0000000000000000, "guarantee", Hype, true),
        ], [
        ]),
        s!(0xebca57484a8d0259, 0x0000000000000000, [
            p(0x0000000000000000, "calendly.com", CalendarLink, false),
            p(0x0000000000000000, "calendly.com", CalendarLink, false),
        ], [
        ]),
        E,
        s!(0xead65a83594c9d09, 0x0000000000100000, [
        ], [
            p(0x523d82ca9f9170bb, "suggested i get in touch", CommonGround, false),
            p(0x523d82ca9f9170bb, "suggested i reach out", CommonGround, false),
            p(0x523d82ca9f9170bb, "suggested i contact", CommonGround, false),
        ]),
        E,
        E,
        s!(0xcd1a5d35b08bcdb1, 0x2000000000000000, [
        ], [
            p(0xf4f7ac63435a0f2d, "keen to connect", VagueAsk, false),
        ]),
        s!(0xe3565ea08c09342f, 0x0800000000000000, [
        ], [
            p(0xef453f8df7752453, "mogen sie", CallToAction, false),
        ]),
        s!(0x6bae5ff485dc9903, 0x0000000004000000, [
        ], [
            p(0x694d34b89c9eb62f, "zu meinem netzwerk hinzufugen", StockPhrase, false),
            p(0x694d34b89c9eb62f, "zu meiner frage", FollowupReference, false),
        ]),
        E,
        s!(0x05fa61f7d9fb543f, 0x0400000000000000, [
        ], [
            p(0xe8c72edec39db22f, "ruf mich heute", Pushy, false),
        ]),
        s!(0x411262d774a8698f, 0x0000000000008000, [
        ], [
            p(0x3c7cce4d6ea2213b, "big fan", Flattery, false),
        ]),
        s!(0x8d02638b2575ead7, 0x0000000000000400, [
        ], [
            p(0x2adbd83ee8c6342f, "earn money", Hype, false),
        ]),
        E,
        E,
        s!(0x2a8e66d15364bfef, 0x0100000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "hope you're well", SmallTalk, false),
            p(0x8d04678a736c8ad1, "hope you are well", SmallTalk, false),
            p(0xe38bdc0e88e2629b, "hope this finds you well", StockPhrase, false),
        ]),
        s!(0x911a67dbdb14ff11, 0x0000000000000000, [
            p(0x0000000000000000, "don't miss out", Urgency, false),
        ], [
        ]),
        s!(0xabde68d2a079cf9b, 0x0000000000000001, [
        ], [
            p(0x03bb504c45ec7e6d, "touch base", VagueAsk, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0xa9d66dd904126ddb, 0x1000000000000000, [
        ], [
            p(0xf33538fdac485047, "impressive profile", Flattery, false),
        ]),
        E,
        E,
        s!(0xaa7270475a111ac1, 0x0000000000000000, [
            p(0x0000000000000000, "fellow", CommonGround, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        s!(0x9876757824991709, 0x8002000200002000, [
        ], [
            p(0x365203d3f500d6db, "schicke ihnen gerne", Benefit, false),
            p(0x845f7daf83a3a021, "schicke ich dir gern", Benefit, true),
            p(0x845f7daf83a3a021, "schicke ich ihnen gern", Benefit, true),
            p(0x845f7daf83a3a021, "schicke ich euch gern", Benefit, true),
            p(0xc6be00b1cdd08111, "schicke dir gerne", Benefit, false),
            p(0xfc454bf69dc62911, "schieben das nach oben", GuiltTrip, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x3d527a9607b36b09, 0x0000000000000000, [
            p(0x0000000000000000, "sonderangebot", Pitch, false),
        ], [
        ]),
        s!(0x4c667af9adc6342f, 0x0000000000000000, [
            p(0x0000000000000000, "montag", AskDetail, false),
        ], [
        ]),
        E,
        s!(0x1fee7dc97d701cad, 0x2102040000000004, [
        ], [
            p(0x0a3a08bdc01a342f, "good morning", Greeting, false),
            p(0xab79a6f48a4ab62f, "good meeting you", CommonGround, false),
            p(0xc50db3e6b46131d7, "good evening", Greeting, false),
            p(0xe0a4a592b55d9183, "good afternoon", Greeting, false),
            p(0xf4f7ac63435a0f2d, "good to meet you", CommonGround, false),
        ]),
        s!(0xc77e7d1d01acfa0d, 0x0400000000200000, [
        ], [
            p(0x56b14837476eddcd, "hat mir deinen namen", CommonGround, false),
            p(0x56b14837476eddcd, "hat mir ihren namen", CommonGround, false),
            p(0x56b14837476eddcd, "hat mir empfohlen", CommonGround, false),
            p(0xe8c72edec39db22f, "hat mich auf sie", CommonGround, false),
            p(0xe8c72edec39db22f, "hat mich auf dich", CommonGround, false),
        ]),
        s!(0x6b8e7f940ea195c1, 0x0000008000000000, [
        ], [
            p(0x9cc67ad9ac0b9533, "two questions", AskDetail, false),
        ]),
        E,
        E,
        s!(0x6cbe822171c69ead, 0x0000000000000000, [
            p(0x0000000000000000, "geliked", CommonGround, false),
            p(0x0000000000000000, "gelikt", CommonGround, false),
        ], [
        ]),
        s!(0x4b3a83d64f589979, 0x000000000d000000, [
        ], [
            p(0x6072b2a94ba17d11, "auf der konferenz", AskDetail, false),
            p(0x6072b2a94ba17d11, "auf der messe", AskDetail, false),
            p(0x6072b2a94ba17d11, "auf der gleichen", CommonGround, false),
            p(0x6971ff06a20292d7, "auf einen austausch", VagueAsk, false),
            p(0x6dfaeeceb8855683, "auf austausch", VagueAsk, false),
        ]),
        E,
        s!(0xcb3a854d22b816c1, 0x0000000000000200, [
        ], [
            p(0x275c4b8e62823dc1, "fine too", EasyNo, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x5a2e95058b1895ef, 0x1000000040008002, [
            p(0x0000000000000000, "hallo", Greeting, false),
        ], [
            p(0x0708e89c8f14e321, "hallo ihr lieben", GenericSalutation, false),
            p(0x3d99ea37bd8e6383, "hallo allerseits", GenericSalutation, false),
            p(0x7b8f6015c6653a19, "hallo netzwerk", GenericSalutation, false),
            p(0xf3083f06313f3875, "hallo zusammen", GenericSalutation, false),
        ]),
        s!(0xaf7a968ae3935971, 0x0800000000200000, [
        ], [
            p(0x56b14837476eddcd, "verzeih mir", Apology, false),
            p(0xef453f8df7752453, "verzeihen sie", Apology, false),
        ]),
        E,
        E,
        E,
        s!(0xe9469a246e828875, 0x0000000200000000, [
        ], [
            p(0x845f7daf83a3a021, "zeige ich dir gern", Benefit, true),
            p(0x845f7daf83a3a021, "zeige ich ihnen gern", Benefit, true),
        ]),
        s!(0x4a929b56972a2a6d, 0x1800000000000000, [
        ], [
            p(0xef453f8df7752453, "beeilen sie sich", Urgency, false),
            p(0xf33538fdac485047, "beeindruckendes profil", Flattery, false),
            p(0xf33538fdac485047, "beeindruckenden profil", Flattery, false),
        ]),
        E,
        E,
        s!(0xacfe9edd0b702c59, 0x0000000000800000, [
        ], [
            p(0x5fc2ff06ce5b2c59, "common connection", CommonGround, false),
        ]),
        E,
        E,
        E,
        s!(0x96f2a2c855541ac1, 0x2000000004000000, [
        ], [
            p(0x6bae5ff485dc9903, "feedback zu", AskDetail, false),
            p(0xf57576381e24fe4b, "feedback on", AskDetail, false),
        ]),
        s!(0xaab6a3c10eea58db, 0x0400002000001200, [
        ], [
            p(0x25460e27a275253b, "interessant fur sie", Benefit, false),
            p(0x25460e27a275253b, "interessant fur dich", Benefit, false),
            p(0x31e469ab1cb9f675, "interested in hearing", CallToAction, false),
            p(0x9719a0a0b2074bb1, "interessante kontakte", StockPhrase, false),
            p(0xe8c72edec39db22f, "interessiert mich", CallToAction, false),
        ]),
        s!(0xd33aa4fac6e7d4c1, 0x0010000000000000, [
        ], [
            p(0xd23108b460d8bf59, "the chat at", CommonGround, false),
        ]),
        E,
        E,
        s!(0x97d2a7e709828875, 0x0000000000000080, [
        ], [
            p(0x1fae8093e6002a6d, "zeitlich begrenzt", Urgency, false),
        ]),
        E,
        E,
        s!(0xc20eaa9ef925651d, 0x0000000000000000, [
            p(0x0000000000000000, "risikofrei", Hype, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        s!(0xc516af94732ed7c1, 0x0100000000000000, [
        ], [
            p(0xe38bdc0e88e2629b, "floating this to the top", GuiltTrip, false),
        ]),
        E,
        s!(0x5942b183a9ea58db, 0x2000800000000000, [
        ], [
            p(0xbd0b80b2463e9719, "introduced us", CommonGround, false),
            p(0xf4f7ac63435a0f2d, "intro to", AskDetail, false),
            p(0xf4f7ac63435a0f2d, "introduction to", AskDetail, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x29aeb6e6bc903389, 0x1000200042000000, [
            p(0x0000000000000000, "hi", Greeting, false),
            p(0x0000000000000000, "hi", Greeting, false),
        ], [
            p(0x64290d9105375679, "hi all", GenericSalutation, false),
            p(0x7b218e54686131d7, "hi everyone", GenericSalutation, false),
            p(0xb6252960ad8e629b, "hi there", GenericSalutation, false),
            p(0xf32ae9ff685b09c1, "hi friend", GenericSalutation, false),
        ]),
        E,
        E,
        s!(0x04fab90c487e2a6d, 0x0400000000000000, [
            p(0x0000000000000000, "beiderseitig", Benefit, true),
        ], [
            p(0xeb56fbf9848bed09, "beide seiten", Benefit, false),
        ]),
        s!(0x5da6b921ca216383, 0x0000000000000000, [
            p(0x0000000000000000, "alumni", CommonGround, false),
            p(0x0000000000000000, "alumni", CommonGround, false),
        ], [
        ]),
        s!(0x8922baacea3b57d7, 0x0082000000400080, [
            p(0x0000000000000000, "explodieren", Hype, false),
        ], [
            p(0x1fb8962f4964df47, "explore potential synergies", VagueAsk, false),
            p(0x58a977efb271d705, "explore opportunities", VagueAsk, false),
            p(0x5911f12109da9909, "explore synergies", VagueAsk, false),
            p(0xc497dd21eeb1828b, "explode your", Hype, false),
            p(0xded18ad3f09fd00d, "explore how we can work together", VagueAsk, false),
        ]),
        E,
        E,
        s!(0xeaeebee3cba1f2ad, 0x0000040000000000, [
            p(0x0000000000000000, "game-changer", Hype, false),
        ], [
            p(0xa91e994e82d8bf59, "game changer", Hype, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0x453ec49e193cf1ef, 0x0400100000000000, [
        ], [
            p(0xb14342327205a64b, "hundreds of leads", Hype, false),
            p(0xea11bfb6e50235eb, "hunderte von leads", Hype, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x919ecc0fd766e243, 0x0000000000000000, [
            p(0x0000000000000000, "lunch", AskDetail, false),
        ], [
        ]),
        E,
        s!(0xb4d2ceab4eeea59b, 0x0020000000000000, [
        ], [
            p(0xd6c5de7b5825591d, "talking at", CommonGround, false),
        ]),
        E,
        E,
        s!(0x2f42d160a3a97d87, 0x0800000000000000, [
        ], [
            p(0xee737f63b5935971, "umsatz verdoppeln", Hype, false),
            p(0xee737f63b5935971, "umsatz verdreifachen", Hype, false),
        ]),
        s!(0xbb42d111111c4bb1, 0x0000000000000000, [
            p(0x0000000000000000, "kommentiert", CommonGround, false),
        ], [
        ]),
        s!(0x3c92d3125e315b5d, 0x0000040000100000, [
        ], [
            p(0x50074d208b4df73b, "works for you", CallToAction, false),
            p(0xaa46dd50f097d95d, "worked with you", CommonGround, false),
        ]),
        s!(0xcfeed486f2ab68f7, 0x0000008000000000, [
        ], [
            p(0x9cc67ad9ac0b9533, "one question", AskDetail, false),
        ]),
        s!(0xedc2d3df39bffe79, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "add you to my professional network", StockPhrase, false),
            p(0x8d04678a736c8ad1, "add you to my network", StockPhrase, false),
        ]),
        s!(0x0132d61d0d1895ef, 0x0000000000000100, [
        ], [
            p(0x23a03777170dd71d, "half an hour", AskDetail, false),
        ]),
        E,
        s!(0x32d6d852b24fcac1, 0x0200000000000000, [
        ], [
            p(0xe4c485096890a86d, "fully booked", Hype, false),
        ]),
        s!(0x7bbad8244230fe09, 0x0000000000800000, [
        ], [
            p(0x5fc2ff06ce5b2c59, "shared connection", CommonGround, false),
        ]),
        s!(0x92c2d8c149bb315d, 0x0000001000000000, [
        ], [
            p(0x9231a1821b5758db, "wahnsinnig inspirierend", Flattery, false),
        ]),
        s!(0xade6d94abbe88ab1, 0x0000000400000000, [
        ], [
            p(0x89da970dcea585d7, "kleine erinnerung", GuiltTrip, false),
        ]),
        s!(0xc25adb45b279cac1, 0x2000000000000000, [
        ], [
            p(0xf4f7ac63435a0f2d, "further to my", FollowupReference, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0xbf6ee10c1d855683, 0x0000000000000000, [
            p(0x0000000000000000, "ausgebucht", Hype, false),
        ], [
        ]),
        E,
        E,
        s!(0x1c8ae49d70c56e25, 0x0000000000000000, [
            p(0x0000000000000000, "7-figure", Hype, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0x3502eaf35893691d, 0x0000040000000020, [
        ], [
            p(0x17015e7d313ecf9b, "reply today", Pushy, false),
            p(0xaa46dd50f097d95d, "reply with", CallToAction, false),
        ]),
        s!(0xdc12eba95d653a19, 0x0000040000000000, [
        ], [
            p(0xaa46dd50f097d95d, "network with you", VagueAsk, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0x4c9af1f3a2ece71d, 0x0000000000000000, [
            p(0x0000000000000000, "rockstar", Flattery, false),
        ], [
        ]),
        s!(0x4646f27362a3bfef, 0x0000000000000000, [
            p(0x0000000000000000, "hour", AskDetail, false),
        ], [
        ]),
        s!(0xa84ef15917f4dd5d, 0x0842000000040000, [
        ], [
            p(0x4a8fb52544533619, "wenn nicht, auch gut", EasyNo, false),
            p(0x4a8fb52544533619, "wenn nicht, kein problem", EasyNo, false),
            p(0xc4a5b7cf8fc9cfdd, "wenn du mal zeit hast", VagueAsk, false),
            p(0xc4a5b7cf8fc9cfdd, "wenn du interesse hast", VagueAsk, false),
            p(0xd993e51a5196d5c9, "wenn es dir passt", CallToAction, false),
            p(0xd993e51a5196d5c9, "wenn es ihnen passt", CallToAction, false),
            p(0xd993e51a5196d5c9, "wenn es nicht zu viel verlangt ist", Hedge, false),
            p(0xd993e51a5196d5c9, "wenn es nicht passt", EasyNo, false),
            p(0xd993e51a5196d5c9, "wenn es gerade nicht passt", EasyNo, false),
            p(0xef453f8df7752453, "wenn sie mal zeit haben", VagueAsk, false),
            p(0xef453f8df7752453, "wenn sie interesse haben", VagueAsk, false),
        ]),
        s!(0x5daef41d879be909, 0x0000004000000000, [
        ], [
            p(0x9afdbe52985a7721, "since my last message", FollowupReference, false),
        ]),
        s!(0x6cc2f4812daeb22f, 0x0000000000000000, [
            p(0x0000000000000000, "mins", AskDetail, false),
        ], [
        ]),
        s!(0xcabef5edadbdd9cd, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "met you at", CommonGround, false),
        ]),
        E,
        E,
        s!(0xdcaef969fb39315d, 0x0000000020000000, [
        ], [
            p(0x777c5ec3e33e3983, "warum antworten sie nicht", Pushy, false),
            p(0x777c5ec3e33e3983, "warum antwortest du nicht", Pushy, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0x5fc2ff06ce5b2c59, 0x8000000000000000, [
        ], [
            p(0xfd8caf646ec86b09, "connect sometime", VagueAsk, false),
        ]),
        s!(0xe8d6ff940c578643, 0x0000240000000000, [
        ], [
            p(0xa91e994e82d8bf59, "last chance", Urgency, false),
            p(0xb4c001e34a61dd5d, "last week i", FollowupReference, false),
            p(0xb4c001e34a61dd5d, "last week i asked", FollowupReference, false),
        ]),
        s!(0xc787017ed82c3243, 0x0000000000000000, [
            p(0x0000000000000000, "lebensverandernd", Hype, true),
        ], [
        ]),
        s!(0x09e702a4859eb209, 0x0000000000001000, [
        ], [
            p(0x31e469ab1cb9f675, "stay in touch", VagueAsk, false),
        ]),
        s!(0x7c8f021649610609, 0x0008000000000000, [
        ], [
            p(0xcff7a1638d803243, "spots left", Urgency, false),
        ]),
        E,
        E,
        s!(0x1b7f06de01ed519b, 0x0000000000000000, [
            p(0x0000000000000000, "teams", AskDetail, false),
            p(0x0000000000000000, "teams", AskDetail, false),
        ], [
        ]),
        s!(0x057f07c8f4fe8111, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "did you see my message", GuiltTrip, false),
            p(0x8d04678a736c8ad1, "did you get my message", GuiltTrip, false),
            p(0x8d04678a736c8ad1, "did you see my last message", GuiltTrip, false),
        ]),
        E,
        E,
        s!(0xe61b0ab09cc466eb, 0x0000014000000000, [
        ], [
            p(0x9876757824991709, "dafur schicke", Benefit, false),
            p(0xa2ca4badf795519b, "dafur teile", Benefit, false),
        ]),
        E,
        E,
        s!(0x475f0d09e0fc2a6d, 0x0000000001000000, [
            p(0x0000000000000000, "bestpreis", Pitch, false),
        ], [
            p(0x6045c5fc4b1e5047, "best price", Pitch, false),
        ]),
        E,
        s!(0x94c70f51351b48ff, 0x0000080000000000, [
        ], [
            p(0xaf0df267b69695ef, "why haven't you", Pushy, false),
            p(0xaf0df267b69695ef, "why have you not", Pushy, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x523b1b9369014e83, 0x1000000000000000, [
        ], [
            p(0xf33538fdac485047, "amazing profile", Flattery, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0x250320e8e0fe6147, 0x0004000000000000, [
        ], [
            p(0xcb3a854d22b816c1, "perfectly fine", EasyNo, false),
            p(0xcb3a854d22b816c1, "perfectly fine if not", EasyNo, false),
        ]),
        s!(0xbcff213b3fbd691d, 0x0400000000000000, [
        ], [
            p(0xe8c72edec39db22f, "revanchiere mich", Benefit, false),
        ]),
        s!(0xe45b22bafdc6342f, 0x0000000000000000, [
            p(0x0000000000000000, "monday", AskDetail, false),
        ], [
        ]),
        s!(0x53b72320732e691d, 0x0000000000000000, [
            p(0x0000000000000000, "read", AskDetail, false),
        ], [
        ]),
        s!(0xcad724ca97741e47, 0x0000000000002800, [
        ], [
            p(0x2c877c342e735db9, "please let me know", CallToAction, false),
            p(0x3502eaf35893691d, "please reply", CallToAction, false),
        ]),
        E,
        E,
        s!(0xf77b2782e79c5105, 0x0000000000001000, [
        ], [
            p(0x31e469ab1cb9f675, "once in a lifetime", Hype, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x26a72eebf19112eb, 0x0000100000002000, [
        ], [
            p(0x34f434e7a0935971, "demo vereinbaren", Pitch, false),
            p(0xb14342327205a64b, "demo of", AskDetail, false),
        ]),
        E,
        E,
        s!(0x6e07313ad4074bb1, 0x0802800000002000, [
        ], [
            p(0x365203d3f500d6db, "konnte ihnen", Benefit, false),
            p(0xbdecd246570833ff, "konnten wir", CallToAction, false),
            p(0xbdecd246570833ff, "konnen wir", CallToAction, false),
            p(0xc4a5b7cf8fc9cfdd, "konntest du", CallToAction, false),
            p(0xc6be00b1cdd08111, "konnte dir", Benefit, false),
            p(0xef453f8df7752453, "konnten sie", CallToAction, false),
        ]),
        s!(0x3d733221673a8dad, 0x0000000000008000, [
        ], [
            p(0x3c7cce4d6ea2213b, "grosser fan", Flattery, false),
        ]),
        s!(0xac0f310ba3ba0eeb, 0x0000000000000000, [
            p(0x0000000000000000, "dienstag", AskDetail, false),
        ], [
        ]),
        E,
        E,
        s!(0x5c33367252f3655f, 0x0100001101002008, [
        ], [
            p(0x0d380f0d58485047, "no problem if", EasyNo, false),
            p(0x0d380f0d58485047, "no problem at all", EasyNo, false),
            p(0x350d3f972325651d, "no risk", Hype, false),
            p(0x60b5fe34546ce575, "no is an answer", EasyNo, false),
            p(0x81a73fb9db4295ef, "no hard feelings", EasyNo, false),
            p(0x922321ec7b315b5d, "no worries", EasyNo, false),
            p(0x922321ec7b315b5d, "no worries if not", EasyNo, false),
            p(0x922321ec7b315b5d, "no worries if you", EasyNo, false),
            p(0xe16b21110aca5047, "no pressure", EasyNo, false),
        ]),
        E,
        s!(0xce23380c6ed58643, 0x0000000000010000, [
        ], [
            p(0x43811b7dded77e6d, "lauft bald ab", Urgency, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0xab1340b8db533619, 0x0000040000000000, [
        ], [
            p(0xab79a6f48a4ab62f, "nice meeting you", CommonGround, false),
        ]),
        E,
        s!(0xb14342327205a64b, 0x0000040000000000, [
        ], [
            p(0xaab6a3c10eea58db, "of interest to you", Benefit, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x0fdf4b0c5253651d, 0x0000000000008000, [
        ], [
            p(0x3c7cce4d6ea2213b, "riesiger fan", Flattery, false),
        ]),
        s!(0x96df4c4c48b8b043, 0x2000000000000000, [
        ], [
            p(0xf4f7ac63435a0f2d, "love to hear how", CallToAction, false),
        ]),
        s!(0x50074d208b4df73b, 0x0002000802000000, [
        ], [
            p(0x663db2c0a877a86d, "for both of us", Benefit, false),
            p(0x8d04678a736c8ad1, "for you", Benefit, false),
            p(0xc497dd21eeb1828b, "for your team", Benefit, false),
        ]),
        s!(0xf6534c8fed10da6d, 0x0100000000000000, [
        ], [
            p(0xe38bdc0e88e2629b, "bumping this", GuiltTrip, false),
            p(0xe38bdc0e88e2629b, "bump this", GuiltTrip, false),
        ]),
        E,
        E,
        s!(0x76db5129e57bd771, 0x0000000000000040, [
        ], [
            p(0x19881be619a7658f, "vorstellung bei", AskDetail, false),
        ]),
        E,
        s!(0xb3475319496490eb, 0x0000000000000000, [
            p(0x0000000000000000, "donnerstag", AskDetail, false),
        ], [
        ]),
        E,
        E,
        s!(0xd433566595caddcd, 0x0000000000000000, [
            p(0x0000000000000000, "min", AskDetail, false),
            p(0x0000000000000000, "min", AskDetail, false),
        ], [
        ]),
        E,
        s!(0x766758a7fa4b33ff, 0x0001001028000000, [
        ], [
            p(0x6ca432b16c7785d7, "wie erwahnt", FollowupReference, false),
            p(0x74a3a12b4b39315d, "wie ware es mit", CallToAction, false),
            p(0x93adff05d3af3983, "wie angekundigt", FollowupReference, false),
            p(0xc165fdc1f2729ead, "wie geht es ihnen", SmallTalk, false),
            p(0xc165fdc1f2729ead, "wie geht es dir", SmallTalk, false),
            p(0xc165fdc1f2729ead, "wie geht's", SmallTalk, false),
            p(0xc165fdc1f2729ead, "wie gehts", SmallTalk, false),
        ]),
        E,
        E,
        s!(0x9fdb5b072d729ead, 0x0000000000008000, [
        ], [
            p(0x3ebcec986bafb62f, "geheime methode", Hype, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0x01d761a76b8c0eeb, 0x0000000000000000, [
            p(0x0000000000000000, "discount", Pitch, false),
        ], [
        ]),
        E,
        E,
        s!(0x73bb6404dcca9d09, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "suit you", CallToAction, false),
            p(0x8d04678a736c8ad1, "suits you", CallToAction, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0x7e536ae3f17af211, 0x0000000000000000, [
            p(0x0000000000000000, "6-figure", Hype, false),
        ], [
        ]),
        s!(0x51bf6b6dd5d9b547, 0x4003000000002000, [
        ], [
            p(0x365203d3f500d6db, "passt ihnen", CallToAction, false),
            p(0xc26dbdef200292d7, "passives einkommen", Hype, false),
            p(0xc6be00b1cdd08111, "passt dir", CallToAction, false),
            p(0xfa051ce8bb0758db, "passive income", Hype, false),
        ]),
        s!(0xa4d76bae4b6c66eb, 0x0000002000000200, [
        ], [
            p(0x25460e27a275253b, "danke fur das gesprach", CommonGround, false),
            p(0x95dcfbd17379cac1, "danke furs gesprach", CommonGround, false),
        ]),
        E,
        E,
        E,
        s!(0x64c770e3df5241ef, 0x0000000000400000, [
        ], [
            p(0x5b1cc3bbf6b65bad, "herzlichen gluckwunsch", Reference, false),
        ]),
        s!(0x7f8b7098ddecced5, 0x0000000008000001, [
        ], [
            p(0x03196047996e9ead, "uns getroffen", CommonGround, false),
            p(0x6dfaeeceb8855683, "uns austauschen", VagueAsk, false),
        ]),
        E,
        E,
        s!(0x8773748e8259ad71, 0x0000000000100000, [
        ], [
            p(0x50074d208b4df73b, "valuable for you", Benefit, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x2c877c342e735db9, 0x0000080000000000, [
            p(0x0000000000000000, "let's connect", VagueAsk, false),
        ], [
            p(0xac4e083ebdecc321, "let me know if you're interested", VagueAsk, false),
            p(0xac4e083ebdecc321, "let me know if you are interested", VagueAsk, false),
            p(0xac4e083ebdecc321, "let me know", CallToAction, false),
        ]),
        s!(0x845f7daf83a3a021, 0xc043086828022900, [
        ], [
            p(0x234bf01fe32841ef, "ich helfe unternehmen", Pitch, false),
            p(0x234bf01fe32841ef, "ich helfe selbststandigen", Pitch, false),
            p(0x2c90009604f295ef, "ich habe noch nichts von ihnen gehort", GuiltTrip, false),
            p(0x2c90009604f295ef, "ich habe noch nichts von dir gehort", GuiltTrip, false),
            p(0x2d6c683c87935971, "ich vernetze mich gerne", StockPhrase, false),
            p(0x37b7036b42b5dd5d, "ich weiss, sie sind beschaftigt", Apology, false),
            p(0x37b7036b42b5dd5d, "ich weiss, du bist beschaftigt", Apology, false),
            p(0x37b7036b42b5dd5d, "ich weiss nicht, ob", Hedge, false),
            p(0x475f0d09e0fc2a6d, "ich bestehe darauf", Pushy, false),
            p(0x6ca432b16c7785d7, "ich erwarte", Pushy, false),
            p(0x74c5bfb7bc502a6d, "ich bewundere alles", Flattery, false),
            p(0x759db3f1a5075b5d, "ich wollte nur", Hedge, false),
            p(0x759db3f1a5075b5d, "ich wollte nur nachhaken", GuiltTrip, false),
            p(0x8fc8be8f2aac191d, "ich rufe sie an", Pushy, false),
            p(0x8fc8be8f2aac191d, "ich rufe dich an", Pushy, false),
            p(0x962e43e61039315d, "ich warte noch", GuiltTrip, false),
            p(0x962e43e61039315d, "ich warte immer noch", GuiltTrip, false),
            p(0x9876757824991709, "ich schicke ihnen gerne", CallToAction, false),
            p(0x9876757824991709, "ich schicke dir gerne", CallToAction, false),
            p(0x9becd5e304b5342f, "ich mochte gerne", CallToAction, false),
            p(0x9becd5e304b5342f, "ich mochte sie nicht storen", Apology, false),
            p(0x9becd5e304b5342f, "ich mochte dich nicht storen", Apology, false),
            p(0xaee75032c93ebfef, "ich hoffe, es geht ihnen gut", StockPhrase, false),
            p(0xaee75032c93ebfef, "ich hoffe, es geht dir gut", StockPhrase, false),
            p(0xaee75032c93ebfef, "ich hoffe, diese nachricht erreicht sie", StockPhrase, false),
            p(0xaee75032c93ebfef, "ich hoffe, meine nachricht erreicht sie", StockPhrase, false),
            p(0xaee75032c93ebfef, "ich hoffe, ich store nicht", Apology, false),
            p(0xc2780ced63efd95d, "ich will nicht lastig sein", Apology, false),
            p(0xc40b93b773c095ef, "ich hatte ihnen geschrieben", FollowupReference, false),
            p(0xc40b93b773c095ef, "ich hatte dir geschrieben", FollowupReference, false),
            p(0xd8a06db58e878d5d, "ich wurde sie gerne zu meinem netzwerk hinzufugen", StockPhrase, false),
            p(0xd8a06db58e878d5d, "ich wurde dich gerne zu meinem netzwerk hinzufugen", StockPhrase, false),
            p(0xd8a06db58e878d5d, "ich wurde mich freuen, wenn wir uns vernetzen", StockPhrase, false),
            p(0xd8a06db58e878d5d, "ich wurde gerne", CallToAction, false),
            p(0xd8a06db58e878d5d, "ich wurde gern", CallToAction, false),
            p(0xd8a06db58e878d5d, "ich wurde sie gerne fragen", CallToAction, false),
            p(0xd8a06db58e878d5d, "ich wurde dich gerne fragen", CallToAction, false),
            p(0xf98ce93917eb698f, "ich bin auf ihr profil gestossen", StockPhrase, false),
            p(0xf98ce93917eb698f, "ich bin auf dein profil gestossen", StockPhrase, false),
            p(0xf98ce93917eb698f, "ich bin immer auf der suche nach interessanten kontakten", StockPhrase, false),
            p(0xff13be3c3f0f21b1, "ich kann ihnen", Benefit, false),
            p(0xff13be3c3f0f21b1, "ich kann dir", Benefit, false),
        ]),
        E,
        s!(0xee737f63b5935971, 0x0800000000000000, [
        ], [
            p(0xef453f8df7752453, "verdoppeln sie ihren umsatz", Hype, false),
        ]),
        E,
        E,
        E,
        s!(0x794b838c799c9ead, 0x0000000000000000, [
            p(0x0000000000000000, "genial", Flattery, false),
            p(0x0000000000000000, "genius", Flattery, false),
        ], [
        ]),
        E,
        E,
        E,
        E,
        s!(0xe27788999b76fd25, 0x0004202000000010, [
        ], [
            p(0x12856bc2b9b17db1, "ein kurzes nein", EasyNo, false),
            p(0x95efde7ae10292d7, "ein einfaches nein", EasyNo, false),
            p(0xb495df8d1fcd266d, "ein bisschen", Hedge, false),
            p(0xcb15baff1d543a19, "ein nein ist", EasyNo, false),
        ]),
        s!(0x325b8976152841ef, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "help you", Benefit, false),
            p(0x8d04678a736c8ad1, "helps you", Benefit, false),
        ]),
        s!(0x5f3f8963fcc066eb, 0x0000000200000000, [
        ], [
            p(0x845f7daf83a3a021, "darf ich sie", CallToAction, false),
            p(0x845f7daf83a3a021, "darf ich dich", CallToAction, false),
            p(0x845f7daf83a3a021, "darf ich fragen", CallToAction, false),
        ]),
        E,
        E,
        s!(0xb6278db45b87342f, 0x0000000000000000, [
            p(0x0000000000000000, "moin", Greeting, false),
        ], [
        ]),
        E,
        E,
        E,
        s!(0x18d3915d2feba7d7, 0x0000000000000000, [
            p(0x0000000000000000, "ehemalige", CommonGround, false),
        ], [
        ]),
        E,
        s!(0xc40b93b773c095ef, 0x0802000000000000, [
        ], [
            p(0xc4a5b7cf8fc9cfdd, "hattest du", CallToAction, false),
            p(0xef453f8df7752453, "hatten sie lust", CallToAction, false),
            p(0xef453f8df7752453, "hatten sie", CallToAction, false),
        ]),
        E,
        E,
        E,
        s!(0xb1df97bd2ee685cd, 0x0000000000101000, [
        ], [
            p(0x325b8976152841ef, "may help", Benefit, false),
            p(0x523d82ca9f9170bb, "may i ask", CallToAction, false),
        ]),
        E,
        s!(0xec7b9911639512eb, 0x0000000001000000, [
        ], [
            p(0x60b5fe34546ce575, "deadline is tomorrow", Urgency, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x74a3a12b4b39315d, 0x1840024200108000, [
        ], [
            p(0x3d733221673a8dad, "ware grossartig", CallToAction, false),
            p(0x5044211e22e6cf9b, "ware toll", CallToAction, false),
            p(0x845f7daf83a3a021, "ware ich dankbar", CallToAction, false),
            p(0x99b63ae874879d09, "ware super", CallToAction, false),
            p(0xa4d76bae4b6c66eb, "ware dankbar", CallToAction, false),
            p(0xd993e51a5196d5c9, "ware es moglich", CallToAction, false),
            p(0xef453f8df7752453, "waren sie dabei", CallToAction, false),
            p(0xef453f8df7752453, "waren sie offen", CallToAction, false),
            p(0xef453f8df7752453, "waren sie bereit", CallToAction, false),
            p(0xf1723460a2991709, "ware schon", CallToAction, false),
        ]),
        s!(0x102fa2ab3a8bcdb1, 0x0000000000001000, [
        ], [
            p(0x31e469ab1cb9f675, "keep in touch", VagueAsk, false),
        ]),
        s!(0xebbba13c928cf2ad, 0x0000000000009000, [
        ], [
            p(0x31e469ab1cb9f675, "ganz in ordnung", EasyNo, false),
            p(0x31e469ab1cb9f675, "ganz in ordnung, wenn nicht", EasyNo, false),
            p(0x3e65be4619966887, "ganz unverbindlich", EasyNo, false),
        ]),
        E,
        E,
        E,
        s!(0xde07a7493ee6f9c5, 0x2000081000000200, [
        ], [
            p(0x248dce2b622cbf59, "just checking in", GuiltTrip, false),
            p(0x91f908b23ba9cc53, "just say no", EasyNo, false),
            p(0xaf4846bc1fe5315d, "just wanted to", Hedge, false),
            p(0xf6534c8fed10da6d, "just bumping this", GuiltTrip, false),
            p(0xf74cc94318f998c1, "just following up", GuiltTrip, false),
        ]),
        E,
        E,
        E,
        E,
        s!(0xf4f7ac63435a0f2d, 0x0010000000000000, [
        ], [
            p(0xd33aa4fac6e7d4c1, "to the top of your inbox", GuiltTrip, false),
            p(0xd345fe11252cee5d, "to whom it may concern", GenericSalutation, false),
        ]),
        E,
        s!(0x696faee87d110a2f, 0x0002000000000000, [
        ], [
            p(0xc4a5b7cf8fc9cfdd, "magst du", CallToAction, false),
        ]),
        s!(0x7c47af08612841ef, 0x1000200042000000, [
            p(0x0000000000000000, "hello", Greeting, false),
        ], [
            p(0x64290d9105375679, "hello all", GenericSalutation, false),
            p(0x7b218e54686131d7, "hello everyone", GenericSalutation, false),
            p(0xb6252960ad8e629b, "hello there", GenericSalutation, false),
            p(0xf32ae9ff685b09c1, "hello friend", GenericSalutation, false),
        ]),
        s!(0x828fb09da3950675, 0x0000000000000000, [
            p(0x0000000000000000, "zoom", AskDetail, false),
            p(0x0000000000000000, "zoom", AskDetail, false),
        ], [
        ]),
        s!(0xcd43af25d8e085d7, 0x0000000200000000, [
        ], [
            p(0x845f7daf83a3a021, "erzahle ich dir gern", Benefit, true),
            p(0x845f7daf83a3a021, "erzahle ich ihnen gern", Benefit, true),
        ]),
        E,
        s!(0x4c6fb34807a9b4db, 0x0000000100000000, [
            p(0x0000000000000000, "irgendwie", Hedge, false),
        ], [
            p(0x837420f4e1d585cd, "irgendwann mal", VagueAsk, false),
        ]),
        E,
        s!(0x4a8fb52544533619, 0x0000000010000000, [
        ], [
            p(0x7081adb211935971, "nicht verpassen", Urgency, false),
        ]),
        s!(0x99dbb6d097719aad, 0x0040000000000000, [
        ], [
            p(0xd993e51a5196d5c9, "gibt es neuigkeiten", GuiltTrip, false),
        ]),
        s!(0xe2abb76f3e634109, 0x0000000800000000, [
        ], [
            p(0x8d04678a736c8ad1, "save you", Benefit, false),
            p(0x8d04678a736c8ad1, "saves you", Benefit, false),
        ]),
        E,
        E,
        s!(0x87afbaa4e348409b, 0x0002000000000000, [
        ], [
            p(0xc497dd21eeb1828b, "triple your", Hype, false),
        ]),
        E,
        s!(0x4697bca401350259, 0x0000000001000000, [
        ], [
            p(0x6378ad3025b2d619, "catch up sometime", VagueAsk, false),
        ]),
        E,
        E,
        s!(0xe113bf015ecd266d, 0x0002000000000000, [
        ], [
            p(0xc4a5b7cf8fc9cfdd, "bist du offen", CallToAction, false),
        ]),
        s!(0xa8a3c0fd42ba0eeb, 0x0000000008000000, [
        ], [
            p(0x6dc214a40bcc5b5d, "diese woche", AskDetail, false),
            p(0x6dc214a40bcc5b5d, "dieser woche", AskDetail, false),
        ]),
        E,
        E,
        s!(0xc31bc3903808e909, 0x0000000000000000, [
            p(0x0000000000000000, "siebenstellig", Hype, true),
        ], [
        ]),
        E,
        s!(0xc88bc59949e93243, 0x0000200000000000, [
        ], [
            p(0xb4005a5fa0dfcdb1, "leider keine antwort", GuiltTrip, false),
        ]),
        E,
        E,
        s!(0x03f3c8211ea3ea19, 0x0000000000000000, [
            p(0x0000000000000000, "nutzlich", Benefit, false),
        ], [
        ]),
        s!(0x8af3c8543707b62f, 0x0800000040000000, [
        ], [
            p(0x78ba76643d3c0eeb, "melde dich gerne", VagueAsk, false),
            p(0x78ba76643d3c0eeb, "melde dich umgehend", Pushy, false),
            p(0xef453f8df7752453, "melden sie sich gerne", VagueAsk, false),
            p(0xef453f8df7752453, "melden sie sich umgehend", Pushy, false),
        ]),
        E,
        E,
        s!(0x5a7fccde4580b22f, 0x0000000000000000, [
            p(0x0000000000000000, "mittwoch", AskDetail, false),
            p(0x0000000000000000, "mittagessen", AskDetail, false),
        ], [
        ]),
        E,
        E,
        s!(0x8c43cffea8076b09, 0x0000100000000000, [
        ], [
            p(0xb14342327205a64b, "sort of", Hedge, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x0d07d8e6a1b19ead, 0x8000000010000000, [
            p(0x0000000000000000, "gemeinsame kontakt", CommonGround, true),
            p(0x0000000000000000, "gemeinsamen kontakt", CommonGround, true),
        ], [
            p(0x720b460ae7542a6d, "gemeinsame bekannte", CommonGround, false),
            p(0x720b460ae7542a6d, "gemeinsamer bekannter", CommonGround, false),
            p(0xfecea1a576d4315d, "gemeinsam wachsen", VagueAsk, false),
        ]),
        E,
        E,
        s!(0xb3dbdb792880019b, 0x0000000000000000, [
            p(0x0000000000000000, "tuesday", AskDetail, false),
        ], [
        ]),
        s!(0xe38bdc0e88e2629b, 0x0000200000000000, [
        ], [
            p(0xb4c001e34a61dd5d, "this week", AskDetail, false),
        ]),
        s!(0xc497dd21eeb1828b, 0x9b446e440c09a8f2, [
        ], [
            p(0x07c494b96c5ba59b, "your take on", AskDetail, false),
            p(0x11220c8f5e14df47, "your podcast", Reference, false),
            p(0x157da8686a27e71d, "your role", Reference, false),
            p(0x1b7f06de01ed519b, "your team", Reference, false),
            p(0x1c91c3c6d4702c59, "your company", Reference, false),
            p(0x2ced1d8b8b8c9583, "your article", Reference, false),
            p(0x3502eaf35893691d, "your reply to", CommonGround, false),
            p(0x3c92d3125e315b5d, "your work", Reference, false),
            p(0x425cceb72754691d, "your research", Reference, false),
            p(0x4f984f07622fcdb1, "your keynote", Reference, false),
            p(0x6a6a8e381c9eb209, "your startup", Reference, false),
            p(0x6eba5be2a37d5571, "your view on", AskDetail, false),
            p(0x88e943d995263a19, "your newsletter", Reference, false),
            p(0x993218442e09ed09, "your session", Reference, false),
            p(0xa6c4da0f6604691d, "your recent", Reference, false),
            p(0xa9d66dd904126ddb, "your impressive profile", Flattery, false),
            p(0xacfe9edd0b702c59, "your comment", Reference, false),
            p(0xb4d2ceab4eeea59b, "your talk", Reference, false),
            p(0xb8a7ec6fa7bd2a6d, "your benefit", Benefit, false),
            p(0xc9df2606c418b547, "your paper", Reference, false),
            p(0xca2d6c5be3d492d7, "yours either way", Benefit, false),
            p(0xcaa348cd6ab4d705, "your opinion on", AskDetail, false),
            p(0xd93262ee00485047, "your project", Reference, false),
            p(0xe16b21110aca5047, "your presentation", Reference, false),
            p(0xe4c485096890a86d, "your book", Reference, false),
            p(0xed30bde0a9d1df47, "your post", Reference, false),
            p(0xef3cf05cb0f355e3, "your new role", Reference, false),
            p(0xef862a47db9ab547, "your panel", Reference, false),
            p(0xf33538fdac485047, "your profile caught my eye", StockPhrase, false),
            p(0xf33538fdac485047, "your profile caught my attention", StockPhrase, false),
            p(0xffc6a1762831196d, "your brilliant", Flattery, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x085be56ead662e43, 0x0000002048000800, [
            p(0x0000000000000000, "liebe", Greeting, false),
            p(0x0000000000000000, "lieber", Greeting, false),
            p(0x0000000000000000, "liebe netzwerkpartner", GenericSalutation, true),
            p(0x0000000000000000, "liebe/r", GenericSalutation, false),
        ], [
            p(0x2c96bd6e5f277c9f, "lieber xing-kontakt", GenericSalutation, false),
            p(0x2c96bd6e5f277c9f, "liebe xing-kontakte", GenericSalutation, false),
            p(0x6ee969dca4f92e43, "lieber linkedin-kontakt", GenericSalutation, false),
            p(0x7b8f6015c6653a19, "liebes netzwerk", GenericSalutation, false),
            p(0x9719a0a0b2074bb1, "liebe kontakte", GenericSalutation, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        E,
        s!(0x1dabf25fd93b57d7, 0x0000004000000000, [
        ], [
            p(0x9afdbe52985a7721, "expand my network", StockPhrase, false),
        ]),
        E,
        E,
        s!(0x7143f5a5078d0259, 0x0000080000000000, [
            p(0x0000000000000000, "call", AskDetail, false),
        ], [
            p(0xac4e083ebdecc321, "call me today", Pushy, false),
        ]),
        E,
        s!(0x0187f757e7408079, 0x0004000400000000, [
        ], [
            p(0x88e943d995263a19, "any news on this", GuiltTrip, false),
            p(0xc9b4934fbfb6ee87, "any update", GuiltTrip, false),
        ]),
        E,
        E,
        E,
        E,
        E,
        s!(0xc6dbfd9d3d29651d, 0x0000000100000000, [
        ], [
            p(0x8360653199672c83, "right away", Urgency, false),
        ]),
        E,
        E,
    ]),
    heads: Sketch::from_static(&[
        0x0000000000000000,
        0x0000000010004000,
        0x0000000000000008,
        0x0080000000002200,
        0x0000000000000000,
        0x0000800000000000,
        0x0020000000000002,
        0x0000000010000001,
        0x0000000000000000,
        0x0000000400000000,
        0x0000100000000000,
        0x2000010000000000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000000080,
        0x0000000000000008,
        0x0000000000100000,
        0x0000000000000004,
        0x0000000000000000,
        0x0000001000000000,
        0x0000000000000011,
        0x0000000000000000,
        0x0010000000000400,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000000100,
        0x0000080000004000,
        0x0000040000000000,
        0x0010000101000000,
        0x0000000000000040,
        0x0000000000000020,
        0x0000000000400002,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000010000000,
        0x0000000400000000,
        0x0000000000000200,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000002000000,
        0x1000000080000000,
        0x0000000000000000,
        0x0000000000000000,
        0x4000800000800040,
        0x0000000000000000,
        0x0000000000000000,
        0x1000000000000000,
        0x0000000000000000,
        0x0000200000000008,
        0x0000000001000000,
        0x0000000004002004,
        0x0000000000000000,
        0x0000000002000000,
        0x0000040000000000,
        0x0020200000020000,
        0x0000000000000000,
        0x0400000400000000,
        0x0000000200800000,
        0x0000008000000000,
        0x0000080000004000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000040100000,
        0x0000000000000000,
        0x0000000000000002,
        0x0000000000400080,
        0x0020000000000800,
        0x0000000010020040,
        0x0000000000200000,
        0x0000000000000000,
        0x0000000000000000,
        0x0004000000000100,
        0x0020000000000000,
        0x0002000800000000,
        0x0000000000000000,
        0x0000020080000000,
        0x0000000000000020,
        0x0040000000001000,
        0x0200000000040000,
        0x8000008000000000,
        0x0000004010020000,
        0x4000200000000000,
        0x0000004000100000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000001000000000,
        0x0000000000000000,
        0x0001000000000040,
        0x0000020000002000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000020000000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000004000,
        0x4000000000000000,
        0x0000002000000000,
        0x0000000000000002,
        0x0001000000000800,
        0x0020000000004801,
        0x0000000000000000,
        0x0000000001000000,
        0x0000000000000000,
        0x0000000200000020,
        0x0000010000000800,
        0x0100000000004000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000000004,
        0x0000800000000100,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000400000,
        0x0010000000000000,
        0x0010000400000040,
        0x0000000000000200,
        0x4000000000000000,
        0x0000000000000000,
        0x1000000000000000,
        0x1000000000000000,
        0x0000004000000000,
        0x0000000000000000,
        0x0401002000000000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000800000880,
        0x0000000000000000,
        0x0080200000000000,
        0x4000000000000000,
        0x0000000000000004,
        0x0000000000000000,
        0x0000001000008080,
        0x0000000000000000,
        0x0002000000000000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000200000000,
        0x0000000200000800,
        0x0000400000020000,
        0x0002000000200000,
        0x0100000000000008,
        0x0000000000000010,
        0x0000000000000000,
        0x0400000000000000,
        0x0000000000000000,
        0x0020000000000000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000020000001000,
        0x0000000000000000,
        0x0000000000400000,
        0x0000000000000000,
        0x0000008000000000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000000200,
        0x0000000002000000,
        0x0200000020040001,
        0x0000000000000000,
        0x0000000000000401,
        0x4000200000000040,
        0x0000000000000000,
        0x0000000004000000,
        0x0000000000400000,
        0x0000000000000000,
        0x0000040000004000,
        0x0002000000000000,
        0x0880000000000000,
        0x0400000040000040,
        0x0000000000000000,
        0x0000010000000000,
        0x0000000000000000,
        0x0000000000000400,
        0x0100000000000008,
        0x0000000208000000,
        0x0000000000010000,
        0x0000000000000010,
        0x0004000000000100,
        0x0000000000044000,
        0x0000000080000000,
        0x0000000008000000,
        0x0000000000000004,
        0x0000800000000000,
        0x0000000000400000,
        0x0200000000000000,
        0x8000000000200000,
        0x0000004000000000,
        0x0000000000100000,
        0x0004100000000000,
        0x0000000000008000,
        0x0000000000000000,
        0x0000000000004000,
        0x0000020000000001,
        0x0000000000000000,
        0x0008000000001000,
        0x0008000000000000,
        0x0000000000000000,
        0x0000008000000000,
        0x0000000000000000,
        0x0002000000000000,
        0x0080000000000000,
        0x2000000000080000,
        0x0000000000000000,
        0x0000040000000000,
        0x0000000000000000,
        0x0010000000000400,
        0x0810000000000000,
        0x4000000000000000,
        0x0000000000000000,
        0x2000000000000000,
        0x0000008000000010,
        0x0100000000000000,
        0x0000004000000000,
        0x0000000000000000,
        0x0001000000000004,
        0x0000000000000100,
        0x0020000000000000,
        0x0200400000000000,
        0x0000000000000000,
        0x0080000000010000,
        0x0000100000000020,
        0x0000000000000200,
        0x0000000000008000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000080000000,
        0x0001000000000000,
        0x0000000000000000,
        0x0400000000080000,
        0x0000000000000000,
        0x0000000000020000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000000100,
        0x0000000000000000,
        0x0000000100000102,
        0x0020000000000000,
        0x0800000000000000,
        0x0400000000000000,
        0x0000000000000000,
        0x0000000020000002,
        0x0000008200000000,
        0x0000000000000000,
        0x0000000000000000,
        0x4000000000100000,
        0x0000000000000000,
        0x0000000000000000,
        0x0040000000000000,
        0x0000000000004000,
        0x0020000000000000,
        0x0000000000020000,
        0x8000000000010000,
        0x0000000000000000,
        0x0000000000000000,
        0x0000000000008020,
    ]),
    head_len: 4,
    symbols: false,
};
