//! `institutions/<slug>/institution.toml`: one institution's own data.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use super::{Cookie, Date, Inferable, LegalBasis, Notice, Person, Phones, Right, Text};

/// The keys of `InstitutionData` written as `key = value` (not tables). TOML reads such a
/// key below a `[table]` header as part of that table, a mistake worth its own hint.
pub const TOP_LEVEL_VALUES: [&str; 11] = [
    "updated",
    "website",
    "registration_number",
    "address",
    "email",
    "phone",
    "legitimate_interests",
    "transfers",
    "name",
    "statutory_requirement",
    "automated_decisions",
];

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InstitutionData {
    /// When the institution's part last changed.
    pub updated: Date,
    /// The institution's website; canonical URLs of its pages start here.
    pub website: String,
    pub registration_number: String,
    /// The legal address.
    pub address: Text,
    pub email: String,
    /// One number, or a list of them.
    pub phone: Phones,
    pub name: Text,
    /// How the policy refers to the institution ("Pārvalde").
    pub short_name: Option<Text>,
    /// A person responsible for personal data processing who is not the DPO (e.g. on the
    /// institution's website); `responsible_for` says for what.
    pub responsible_person: Option<Person>,
    pub data_protection_officer: DataProtectionOfficer,
    #[schemars(with = "Vec<Purpose>")]
    pub purposes: Spanned<Vec<Purpose>>,
    /// The legal bases in one general list, where the institution gives them so rather than
    /// per purpose.
    pub legal_bases: Option<GeneralBases>,
    pub legitimate_interests: Option<Inferable<Text>>,
    #[serde(default)]
    pub registers: Vec<Register>,
    pub retention: Retention,
    pub recipients: Recipients,
    /// Third-country transfers and their safeguards.
    pub transfers: Text,
    /// Whether providing the data is a statutory or contractual requirement, and what
    /// happens if a person does not (GDPR Art. 13(2)(e)).
    pub statutory_requirement: Option<Inferable<Text>>,
    /// Automated decision-making and profiling, or a statement that there is none
    /// (GDPR Art. 13(2)(f)).
    pub automated_decisions: Option<Inferable<Text>>,
    #[serde(default)]
    pub rights: Vec<RightEntry>,
    #[schemars(with = "Requests")]
    pub requests: Spanned<Requests>,
    #[serde(default)]
    pub blocks: Vec<BlockOptIn>,
    #[serde(default)]
    pub cookies: Vec<Cookie>,
    /// `check` rules switched off for this institution, each with its reason.
    #[serde(default)]
    pub silence: Vec<Silence>,
}

/// A `check` rule silenced for one institution. The reason is required so the next
/// editor knows why.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Silence {
    #[schemars(with = "String")]
    pub rule: Spanned<String>,
    pub reason: String,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataProtectionOfficer {
    pub email: String,
    pub name: Option<String>,
    /// The DPO's position, e.g. "datu aizsardzības speciālists".
    pub position: Option<Text>,
    pub phone: Option<Phones>,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// The purpose's anchor on the page, `#purpose-<id>`; lowercase letters, digits, `-`.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// A short name for the contents and the summary, e.g. "Videonovērošana".
    pub name: Text,
    pub description: Text,
    /// Its legal bases; may be left out when the general `[legal_bases]` list is given.
    #[schemars(with = "Option<Vec<Inferable<LegalBasis>>>")]
    pub legal_bases: Option<Spanned<Vec<Inferable<LegalBasis>>>>,
    /// The laws that set the task or obligation the purpose serves.
    #[serde(default)]
    pub legal_acts: Vec<Text>,
    /// Categories of personal data processed for this purpose (Art. 14(1)(d)).
    pub data_categories: Option<Inferable<Text>>,
    /// How long the data of this purpose are kept, or the criteria (Art. 13(2)(a)); when
    /// absent, the general `[retention]` applies.
    pub retention: Option<Inferable<Text>>,
    /// Who receives the data of this purpose; when empty, the general `[recipients]`.
    #[serde(default)]
    pub recipients: Vec<Text>,
    /// Where the data come from, when not from the person (Art. 14(2)(f)).
    pub source: Option<Inferable<Text>>,
    /// The signs and texts the purpose needs (`notices/`), e.g. `["video-surveillance"]`.
    #[serde(default)]
    #[schemars(with = "Vec<Notice>")]
    pub notices: Vec<Spanned<Notice>>,
}

impl Purpose {
    /// The legal bases the institution states for this purpose (after loading, no inferred
    /// one is left).
    pub fn bases(&self) -> impl Iterator<Item = LegalBasis> + '_ {
        self.legal_bases
            .iter()
            .flat_map(|b| b.get_ref().iter().map(|b| b.value))
    }

    /// Where its bases are written, else where the purpose is.
    pub fn bases_span(&self) -> std::ops::Range<usize> {
        self.legal_bases
            .as_ref()
            .map_or_else(|| self.id.span(), |b| b.span())
    }
}

/// `[legal_bases]`: the institution's legal bases as one list, in its own lead-in, for
/// every purpose that names none of its own.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GeneralBases {
    /// The sentence that leads into the list ("Pārvalde var apstrādāt Jūsu datus:").
    pub intro: Option<Text>,
    #[schemars(with = "Vec<LegalBasis>")]
    pub bases: Spanned<Vec<LegalBasis>>,
}

impl InstitutionData {
    /// Every legal basis the page states, once, in Article 6(1) order: the general list
    /// and the purposes' own.
    pub fn bases_used(&self) -> Vec<LegalBasis> {
        let general = self
            .legal_bases
            .iter()
            .flat_map(|g| g.bases.get_ref().iter().copied());
        let mut bases: Vec<LegalBasis> = general
            .chain(self.purposes.get_ref().iter().flat_map(Purpose::bases))
            .collect();
        bases.sort();
        bases.dedup();
        bases
    }
}

/// A register or information system the institution is the controller of.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Register {
    #[schemars(with = "Text")]
    pub name: Spanned<Text>,
    pub legal_acts: Vec<Text>,
    /// The categories of personal data it holds…
    pub data_categories: Option<Text>,
    /// …or `true` when its legal acts listed above define them.
    #[serde(default)]
    pub data_categories_in_legal_acts: bool,
    /// How long its data are kept; when absent, the general `[retention]` applies.
    pub retention: Option<Text>,
}

impl Register {
    pub fn has_data_categories(&self) -> bool {
        self.data_categories.is_some() || self.data_categories_in_legal_acts
    }
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// The sentence that leads into the rules.
    pub intro: Option<Text>,
    pub rules: Vec<Text>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipients {
    /// The sentence that leads into the categories.
    pub intro: Option<Text>,
    pub categories: Vec<Text>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightEntry {
    #[schemars(with = "Right")]
    pub right: Spanned<Right>,
    /// The institution's words, shown after the right's standard wording.
    pub explanation: Option<Text>,
    /// Why a right that the legal bases would list does not apply; the page says so
    /// instead of listing the right.
    pub not_applicable: Option<Text>,
}

/// How a data subject can submit a request. At least one way must be given.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Requests {
    /// How to send a request by post, in the institution's own words, with the address.
    pub post: Option<Text>,
    /// The e-mail address for requests.
    pub email: Option<String>,
    /// What a request by e-mail needs, in the institution's own words (e.g. a secure
    /// electronic signature); the theme adds no requirement of its own.
    pub email_note: Option<Text>,
    /// Whether requests can be sent to the institution's official e-address.
    #[serde(default)]
    pub e_address: bool,
    /// How to hand in a request in person, in the institution's own words.
    pub in_person: Option<Text>,
}

impl Requests {
    pub fn is_empty(&self) -> bool {
        self.post.is_none() && self.email.is_none() && !self.e_address && self.in_person.is_none()
    }
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BlockOptIn {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Values for the block's parameters; the span locates the opt-in for errors.
    #[schemars(with = "Option<BTreeMap<String, Text>>")]
    pub params: Option<Spanned<BTreeMap<String, Text>>>,
}
