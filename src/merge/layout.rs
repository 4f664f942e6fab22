//! What a policy page links to beside it, where the build writes it: the notices index
//! below an institution's page and the policy as data next to it. One place for the names,
//! so the page that links and the renderer that writes them can't disagree.

use super::views::LinkView;
use crate::model::Language;

/// The policy as data (`deploy::policy`), beside the page.
pub const POLICY_JSON: &str = "policy.json";
/// The policy in the W3C Data Privacy Vocabulary (`deploy::dpv`), beside the page.
pub const POLICY_JSONLD: &str = "policy.jsonld";

/// A machine-readable form of an institution page, linked from the page's `<head>` with
/// `<link rel="alternate" type="…">` and written beside it.
#[derive(Debug, serde::Serialize)]
pub struct DataLink {
    pub media_type: &'static str,
    /// The file name, which is also the link from the page (same folder).
    pub href: &'static str,
}

/// What every institution page links to and has beside it.
pub const DATA_LINKS: [DataLink; 2] = [
    DataLink {
        media_type: "application/json",
        href: POLICY_JSON,
    },
    DataLink {
        media_type: "application/ld+json",
        href: POLICY_JSONLD,
    },
];

/// The folder of the notices below the policy page.
pub const fn notices_folder(language: Language) -> &'static str {
    match language {
        Language::Lv => "pazinojumi",
        Language::En => "notices",
    }
}

/// The notices index's name: the footer link's text and the index's title.
pub const fn notices_name(language: Language) -> &'static str {
    match language {
        Language::Lv => "Paziņojumi par personas datu apstrādi",
        Language::En => "Privacy notices",
    }
}

/// The policy page's footer link to its notices index.
pub fn notices_link(language: Language) -> LinkView {
    LinkView {
        name: notices_name(language).to_owned(),
        url: format!("{}/", notices_folder(language)),
        other_language: None,
    }
}
