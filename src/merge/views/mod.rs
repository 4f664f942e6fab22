//! The data templates see: every value already in the page's language, as plain strings.
//! Tera escapes them on output, so nothing an editor writes in TOML becomes markup.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{
    stated, Cookie, DateView, Inferable, InstitutionData, Language, LegalBasis, Person, Phones,
    Right, Slug, Text,
};

mod platform;

pub use platform::{AuthorityView, ControllerView, PlatformView, ProcessorView};

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct PersonView {
    pub name: String,
    pub position: String,
    pub responsible_for: Option<String>,
    pub email: String,
    pub phones: Vec<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct LinkView {
    pub name: String,
    pub url: String,
    /// Set when the linked page is in another language than the page linking to it.
    pub other_language: Option<OtherLanguage>,
}

/// A link's language, when it is not the page's: for `hreflang`, `lang` and the marker.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct OtherLanguage {
    pub code: &'static str,
    pub marker: &'static str,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct InstitutionView {
    pub slug: Slug,
    pub name: String,
    pub short_name: Option<String>,
    pub registration_number: String,
    pub address: String,
    pub email: String,
    pub phones: Vec<String>,
    pub website: String,
    pub website_host: String,
    pub responsible_person: Option<PersonView>,
    pub data_protection_officer: DpoView,
    pub purposes: Vec<PurposeView>,
    /// Every legal basis the page states, once, in Article 6(1) order: the general
    /// `[legal_bases]` list and the purposes' own.
    pub legal_bases: Vec<LegalBasisView>,
    /// The institution's lead-in to that list, when it gives one.
    pub legal_bases_intro: Option<String>,
    /// The general `[legal_bases]` list in one citation, when the institution gives one.
    pub general_legal_bases: Option<String>,
    /// Whether a purpose has no retention of its own, so the general rules are its.
    pub general_retention_applies: bool,
    pub legitimate_interests: Option<String>,
    pub registers: Vec<RegisterView>,
    pub retention: ListView,
    pub recipients: ListView,
    pub transfers: String,
    pub statutory_requirement: Option<String>,
    pub automated_decisions: Option<String>,
    pub rights: Vec<RightView>,
    pub requests: RequestsView,
    pub updated: DateView,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DpoView {
    pub email: String,
    pub name: Option<String>,
    pub position: Option<String>,
    pub phones: Vec<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct PurposeView {
    /// The anchor: `purpose-<id>`.
    pub anchor: String,
    pub name: String,
    pub description: String,
    /// Its own legal bases; none when only the general list gives them.
    pub legal_bases: Vec<LegalBasisView>,
    /// All its legal bases in one citation, for the summary (empty without its own).
    pub citation: String,
    pub legal_acts: Vec<String>,
    pub data_categories: Option<String>,
    /// Its own retention; `None` when the general `[retention]` applies.
    pub retention: Option<String>,
    pub recipients: Vec<String>,
    pub source: Option<String>,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq, JsonSchema)]
pub struct LegalBasisView {
    pub code: &'static str,
    pub words: &'static str,
    pub citation: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct RegisterView {
    pub name: String,
    pub legal_acts: Vec<String>,
    pub data_categories: Option<String>,
    pub data_categories_in_legal_acts: bool,
    pub retention: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ListView {
    pub intro: Option<String>,
    pub items: Vec<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct RightView {
    pub right: Right,
    pub name: &'static str,
    /// In a few words, for the summary.
    pub short_name: &'static str,
    /// The standard wording, always shown when the right applies.
    pub summary: &'static str,
    /// The institution's words, shown after the standard wording.
    pub explanation: Option<String>,
    /// Why the right does not apply, when the institution says so.
    pub not_applicable: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct RequestsView {
    pub post: Option<String>,
    pub email: Option<String>,
    pub email_note: Option<String>,
    pub e_address: bool,
    pub in_person: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CookieView {
    pub name: String,
    pub purpose: String,
    pub provider: String,
    pub expiry: String,
}

/// `https://www.pmlp.gov.lv/` → `www.pmlp.gov.lv`, for text that names a website.
pub fn host(url: &str) -> String {
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    without_scheme.trim_end_matches('/').to_owned()
}

fn text(value: &Text, language: Language) -> String {
    value.to_string_in(language)
}

fn opt(value: &Option<Text>, language: Language) -> Option<String> {
    value.as_ref().map(|v| text(v, language))
}

fn citation(bases: &[LegalBasis], language: Language) -> String {
    if bases.is_empty() {
        return String::new();
    }
    LegalBasis::citation_of(bases, language)
}

/// An optional value that may have carried the mark: after loading, only stated ones are left.
fn said(value: &Option<Inferable<Text>>, language: Language) -> Option<String> {
    stated(value).map(|v| text(v, language))
}

fn texts(values: &[Text], language: Language) -> Vec<String> {
    values.iter().map(|v| text(v, language)).collect()
}

fn phones(phones: &Option<Phones>) -> Vec<String> {
    phones.as_ref().map_or_else(Vec::new, |p| p.0.clone())
}

impl PersonView {
    pub fn new(person: &Person, language: Language) -> PersonView {
        PersonView {
            name: person.name.clone(),
            position: text(&person.position, language),
            responsible_for: opt(&person.responsible_for, language),
            email: person.email.clone(),
            phones: phones(&person.phone),
        }
    }
}

impl RightView {
    /// Exactly the rights the institution lists in `[[rights]]`, in the GDPR's order: each
    /// with the standard wording and the institution's explanation after it, or the
    /// institution's reason why it does not apply. Code adds no right: which rights the legal
    /// bases usually give is a `check` suggestion (`unlisted-right`), never a line here.
    pub fn list(data: &InstitutionData, language: Language) -> Vec<RightView> {
        let mut entries: Vec<_> = data.rights.iter().collect();
        entries.sort_by_key(|e| *e.right.get_ref());
        entries
            .into_iter()
            .map(|entry| {
                let right = *entry.right.get_ref();
                RightView {
                    right,
                    name: right.name(language),
                    short_name: right.short_name(language),
                    summary: right.summary(language),
                    explanation: opt(&entry.explanation, language),
                    not_applicable: opt(&entry.not_applicable, language),
                }
            })
            .collect()
    }
}

impl LegalBasisView {
    pub fn new(basis: LegalBasis, language: Language) -> LegalBasisView {
        LegalBasisView {
            code: basis.code(),
            words: basis.words(language),
            citation: basis.citation(language),
        }
    }
}

impl CookieView {
    pub fn new(cookie: &Cookie, language: Language) -> CookieView {
        CookieView {
            name: cookie.name.clone(),
            purpose: text(&cookie.purpose, language),
            provider: text(&cookie.provider, language),
            expiry: text(&cookie.expiry, language),
        }
    }
}

impl InstitutionView {
    pub fn new(slug: &Slug, data: &InstitutionData, language: Language) -> InstitutionView {
        let dpo = &data.data_protection_officer;
        let requests = data.requests.get_ref();
        InstitutionView {
            slug: slug.clone(),
            name: text(&data.name, language),
            short_name: opt(&data.short_name, language),
            registration_number: data.registration_number.clone(),
            address: text(&data.address, language),
            email: data.email.clone(),
            phones: data.phone.0.clone(),
            website: data.website.clone(),
            website_host: host(&data.website),
            responsible_person: data
                .responsible_person
                .as_ref()
                .map(|p| PersonView::new(p, language)),
            data_protection_officer: DpoView {
                email: dpo.email.clone(),
                name: dpo.name.clone(),
                position: opt(&dpo.position, language),
                phones: phones(&dpo.phone),
                note: opt(&dpo.note, language),
            },
            purposes: data
                .purposes
                .get_ref()
                .iter()
                .map(|p| PurposeView {
                    anchor: format!("purpose-{}", p.id.get_ref()),
                    name: text(&p.name, language),
                    description: text(&p.description, language),
                    legal_bases: p
                        .bases()
                        .map(|b| LegalBasisView::new(b, language))
                        .collect(),
                    citation: citation(&p.bases().collect::<Vec<_>>(), language),
                    legal_acts: texts(&p.legal_acts, language),
                    data_categories: said(&p.data_categories, language),
                    retention: said(&p.retention, language),
                    recipients: texts(&p.recipients, language),
                    source: said(&p.source, language),
                })
                .collect(),
            legal_bases: data
                .bases_used()
                .into_iter()
                .map(|b| LegalBasisView::new(b, language))
                .collect(),
            general_legal_bases: data
                .legal_bases
                .as_ref()
                .map(|g| citation(g.bases.get_ref(), language)),
            general_retention_applies: data
                .purposes
                .get_ref()
                .iter()
                .any(|p| p.retention.is_none()),
            legal_bases_intro: data
                .legal_bases
                .as_ref()
                .and_then(|g| opt(&g.intro, language)),
            legitimate_interests: said(&data.legitimate_interests, language),
            registers: data
                .registers
                .iter()
                .map(|r| RegisterView {
                    name: text(r.name.get_ref(), language),
                    legal_acts: texts(&r.legal_acts, language),
                    data_categories: opt(&r.data_categories, language),
                    data_categories_in_legal_acts: r.data_categories_in_legal_acts,
                    retention: opt(&r.retention, language),
                })
                .collect(),
            retention: ListView {
                intro: opt(&data.retention.intro, language),
                items: texts(&data.retention.rules, language),
            },
            recipients: ListView {
                intro: opt(&data.recipients.intro, language),
                items: texts(&data.recipients.categories, language),
            },
            transfers: text(&data.transfers, language),
            statutory_requirement: said(&data.statutory_requirement, language),
            automated_decisions: said(&data.automated_decisions, language),
            rights: RightView::list(data, language),
            requests: RequestsView {
                post: opt(&requests.post, language),
                email: requests.email.clone(),
                email_note: opt(&requests.email_note, language),
                e_address: requests.e_address,
                in_person: opt(&requests.in_person, language),
            },
            updated: data.updated.view(language),
        }
    }
}
