//! `institutions/<slug>/institution.toml`: one institution's own data.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::{Cookie, Date, LegalBasis, Right, Text};

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

#[derive(Clone, Debug, Deserialize)]
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
    pub phone: String,
    pub name: Text,
    /// How the policy refers to the institution ("Pārvalde").
    pub short_name: Option<Text>,
    /// Who is responsible for personal data on the website.
    pub website_responsible: Option<super::Person>,
    pub data_protection_officer: DataProtectionOfficer,
    pub purposes: Spanned<Vec<Purpose>>,
    pub legitimate_interests: Option<Text>,
    #[serde(default)]
    pub registers: Vec<Register>,
    pub retention: Retention,
    pub recipients: Recipients,
    /// Third-country transfers and their safeguards.
    pub transfers: Text,
    /// Whether providing the data is a statutory or contractual requirement, and what
    /// happens if a person does not (GDPR Art. 13(2)(e)).
    pub statutory_requirement: Option<Text>,
    /// Automated decision-making and profiling, or a statement that there is none
    /// (GDPR Art. 13(2)(f)).
    pub automated_decisions: Option<Text>,
    #[serde(default)]
    pub rights: Vec<RightEntry>,
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
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Silence {
    pub rule: Spanned<String>,
    pub reason: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataProtectionOfficer {
    pub email: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub description: Text,
    pub legal_bases: Spanned<Vec<LegalBasis>>,
    /// Categories of personal data processed for this purpose.
    pub data: Option<Text>,
    /// Where the data come from, when not from the person.
    pub source: Option<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    pub name: Text,
    pub legal_acts: Vec<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// The sentence that leads into the rules.
    pub intro: Option<Text>,
    pub rules: Vec<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipients {
    /// The sentence that leads into the categories.
    pub intro: Option<Text>,
    pub categories: Vec<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightEntry {
    pub right: Right,
    pub explanation: Option<Text>,
}

/// How a data subject can submit a request. At least one way must be given.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requests {
    /// Postal address for requests signed by hand.
    pub post: Option<Text>,
    /// E-mail address for requests signed with a secure electronic signature.
    pub email: Option<String>,
    /// Whether requests can be sent to the institution's official e-address.
    #[serde(default)]
    pub e_address: bool,
    /// Where requests can be handed in in person.
    pub in_person: Option<Text>,
}

impl Requests {
    pub fn is_empty(&self) -> bool {
        self.post.is_none() && self.email.is_none() && !self.e_address && self.in_person.is_none()
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockOptIn {
    pub id: Spanned<String>,
    /// Values for the block's parameters; the span locates the opt-in for errors.
    pub params: Option<Spanned<BTreeMap<String, Text>>>,
}
