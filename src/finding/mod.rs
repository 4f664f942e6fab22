//! A finding: one problem a rule found, where it is and what to do. Neutral ground below
//! every stage that reports one: the version guard, `validate` (which names the rules a
//! `[[silence]]` may silence) and `check` all speak it, and none of them imports another.

mod rule;

use serde::Serialize;

pub use rule::{Rule, Severity};

use crate::diagnostic::Diagnostic;
use crate::model::{Language, Slug};

/// One problem: the rule, where, and what to do.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// `None` for the platform's shared files.
    pub institution: Option<Slug>,
    pub language: Option<Language>,
    #[serde(skip)]
    pub diagnostic: Diagnostic,
}

impl Finding {
    /// A finding in the language of its file (`…/en/…`), if it has one.
    pub fn new(rule: Rule, diagnostic: Diagnostic) -> Finding {
        Finding {
            rule,
            severity: rule.severity(),
            institution: None,
            language: language_of(&diagnostic.file),
            diagnostic,
        }
    }

    pub fn institution(mut self, slug: &Slug) -> Finding {
        self.institution = Some(slug.clone());
        self
    }

    pub fn language(mut self, language: Language) -> Finding {
        self.language = Some(language);
        self
    }
}

/// The language of a file in a language folder: `content/en/…`, `institutions/x/en/…`,
/// or a rendered page `x/en/…`.
pub fn language_of(file: &std::path::Path) -> Option<Language> {
    file.components()
        .take(3)
        .find_map(|c| c.as_os_str().to_str().and_then(Language::from_code))
}
