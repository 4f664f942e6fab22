//! The rules `check` applies, each with a stable id (used in reports, JSON and `[[silence]]`).

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A GDPR Art. 13/14 element the page must give and does not.
    MissingElement,
    /// A shared block that does not declare the Art. 14 elements it gives.
    BlockElement,
    RegistrationNumber,
    PostalCode,
    Email,
    Phone,
    Url,
    Date,
    MixedScript,
    RepeatedParagraph,
    Placeholder,
    EmptySection,
    EmptyLink,
    StaleContact,
    IdenticalTranslation,
    BrokenAnchor,
    /// An `http://` link: works, but unencrypted.
    HttpLink,
    /// A purpose marked for a notice that lacks what the notice prints.
    NoticeIncomplete,
    /// A purpose of a public authority resting on legitimate interests alone.
    AuthorityLegitimateInterest,
    /// A right the legal bases used usually give that `[[rights]]` neither lists nor says
    /// does not apply: a suggestion, never a line on the page.
    UnlistedRight,
    /// A value marked `inferred`: not the institution's words, so not published until it
    /// confirms it. Cannot be silenced.
    Inferred,
    /// A page whose text differs from its last recorded version under the same date.
    VersionDate,
    /// A page whose changed text is not yet recorded (`privatums release`).
    UnreleasedVersion,
    /// Versions recorded while the site has no ledger (`content/versions/ledger.toml`).
    VersionLedger,
}

impl Rule {
    pub const ALL: [Rule; 24] = [
        Rule::MissingElement,
        Rule::BlockElement,
        Rule::RegistrationNumber,
        Rule::PostalCode,
        Rule::Email,
        Rule::Phone,
        Rule::Url,
        Rule::Date,
        Rule::MixedScript,
        Rule::RepeatedParagraph,
        Rule::Placeholder,
        Rule::EmptySection,
        Rule::EmptyLink,
        Rule::StaleContact,
        Rule::IdenticalTranslation,
        Rule::BrokenAnchor,
        Rule::HttpLink,
        Rule::NoticeIncomplete,
        Rule::AuthorityLegitimateInterest,
        Rule::UnlistedRight,
        Rule::Inferred,
        Rule::VersionDate,
        Rule::UnreleasedVersion,
        Rule::VersionLedger,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Rule::MissingElement => "gdpr-element",
            Rule::BlockElement => "gdpr-block",
            Rule::RegistrationNumber => "registration-number",
            Rule::PostalCode => "postal-code",
            Rule::Email => "email",
            Rule::Phone => "phone",
            Rule::Url => "url",
            Rule::Date => "date",
            Rule::MixedScript => "mixed-script",
            Rule::RepeatedParagraph => "repeated-paragraph",
            Rule::Placeholder => "placeholder",
            Rule::EmptySection => "empty-section",
            Rule::EmptyLink => "empty-link",
            Rule::StaleContact => "stale-contact",
            Rule::IdenticalTranslation => "identical-translation",
            Rule::BrokenAnchor => "broken-anchor",
            Rule::HttpLink => "http-link",
            Rule::NoticeIncomplete => "notice-incomplete",
            Rule::AuthorityLegitimateInterest => "authority-legitimate-interest",
            Rule::UnlistedRight => "unlisted-right",
            Rule::Inferred => "inferred",
            Rule::VersionDate => "version-date",
            Rule::UnreleasedVersion => "unreleased-version",
            Rule::VersionLedger => "version-ledger",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Rule::RepeatedParagraph
            | Rule::IdenticalTranslation
            | Rule::Date
            | Rule::HttpLink
            | Rule::AuthorityLegitimateInterest
            | Rule::UnlistedRight
            | Rule::Inferred
            | Rule::UnreleasedVersion => Severity::Warning,
            _ => Severity::Error,
        }
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}
