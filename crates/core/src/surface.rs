//! Surfaces: where a message is written, and the budgets that come with each.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename = "SurfaceId")]
pub enum Surface {
    LinkedinConnect,
    LinkedinMessage,
    LinkedinInmail,
    XingMessage,
    XingContact,
    #[default]
    Generic,
}

impl Surface {
    pub const ALL: [Surface; 6] = [
        Surface::LinkedinConnect,
        Surface::LinkedinMessage,
        Surface::LinkedinInmail,
        Surface::XingMessage,
        Surface::XingContact,
        Surface::Generic,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Surface::LinkedinConnect => "linkedin-connect",
            Surface::LinkedinMessage => "linkedin-message",
            Surface::LinkedinInmail => "linkedin-inmail",
            Surface::XingMessage => "xing-message",
            Surface::XingContact => "xing-contact",
            Surface::Generic => "generic",
        }
    }

    pub fn from_id(id: &str) -> Option<Surface> {
        Surface::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The platform's hard limit in characters when the page does not state one.
    /// Connection notes are 300 (200 on free LinkedIn accounts: the page's counter tells);
    /// InMail bodies 2,000; LinkedIn messages 8,000.
    pub fn hard_limit(self) -> Option<usize> {
        match self {
            Surface::LinkedinConnect => Some(300),
            Surface::LinkedinMessage => Some(8000),
            Surface::LinkedinInmail => Some(2000),
            Surface::XingMessage | Surface::XingContact | Surface::Generic => None,
        }
    }

    /// The most words a message here should have to be read rather than skimmed.
    pub fn ideal_words(self) -> usize {
        match self {
            // 300 characters hold about 50 words.
            Surface::LinkedinConnect | Surface::XingContact => 50,
            // First messages do best well under 125 words.
            Surface::LinkedinMessage | Surface::XingMessage => 125,
            // About 400 characters.
            Surface::LinkedinInmail => 70,
            Surface::Generic => 150,
        }
    }
}
