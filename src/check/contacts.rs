//! Stale and wrong contacts of the supervisory authority and the platform controller,
//! compared with `platform.toml`. A former contact (`[….former]`) is an error wherever it is
//! written; in a paragraph that mentions the organisation, a postal code, street address or
//! phone number that is neither its current one nor another contact the site knows (the
//! platform's, the institution's own) is an error too. Every contact in `platform.toml` is
//! known to be good.

use std::sync::LazyLock;

use regex::Regex;

use super::format::national_phone;
use super::texts::TextItem;
use super::Finding;
use crate::diagnostic::Position;
use crate::model::{InstitutionData, Language, Platform, Text};

mod party;

use party::Party;

static POSTAL_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bLV-\d{4}\b").unwrap());
/// A street address as Latvian writes it: `Elijas iela 17`, `Blaumaņa ielā 11/13-11`.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Lu}\p{L}+)\s+(?:iel[aā]|bulvār(?:is|ī)|gatv[eē]|laukum(?:s|ā))\s+(\d+(?:/\d+)?)",
    )
    .unwrap()
});
/// A phone number in running text: 8 digits, maybe grouped, maybe after +371.
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\+371[\s-]?)?\b\d(?:[ -]?\d){7}\b").unwrap());

/// The known contacts of the site, built once per check.
pub struct Contacts<'a> {
    parties: Vec<Party<'a>>,
    known: Known,
}

/// Contacts that are right wherever they stand: the platform's, or an institution's own.
#[derive(Default)]
pub struct Known {
    emails: Vec<String>,
    phones: Vec<String>,
    postal_codes: Vec<String>,
    streets: Vec<String>,
}

impl Known {
    /// An institution's own contacts, written in its `institution.toml`.
    pub fn institution(data: &InstitutionData) -> Known {
        let mut known = Known::default();
        let dpo = &data.data_protection_officer;
        let requests = data.requests.get_ref();
        let person = data.responsible_person.as_ref();
        known.emails.extend(
            [Some(&data.email), Some(&dpo.email), requests.email.as_ref()]
                .into_iter()
                .flatten()
                .chain(person.map(|p| &p.email))
                .map(|e| e.to_lowercase()),
        );
        known.phones.extend(
            [
                Some(&data.phone),
                dpo.phone.as_ref(),
                person.and_then(|p| p.phone.as_ref()),
            ]
            .into_iter()
            .flatten()
            .flat_map(|phones| &phones.0)
            .filter_map(|p| national_phone(p)),
        );
        for text in [
            Some(&data.address),
            requests.post.as_ref(),
            requests.in_person.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            known.add_addresses(text);
        }
        known
    }

    fn add_addresses(&mut self, text: &Text) {
        for language in Language::ALL {
            let text = text.get(language);
            self.postal_codes
                .extend(POSTAL_CODE.find_iter(text).map(|m| m.as_str().to_owned()));
            self.streets.extend(streets(text));
        }
    }

    pub fn has_email(&self, email: &str) -> bool {
        self.emails.iter().any(|e| e.eq_ignore_ascii_case(email))
    }
}

/// `elijas 17` for `Elijas iela 17` and `Elijas ielā 17`: the street and house number,
/// without the flat.
fn streets(text: &str) -> impl Iterator<Item = String> + '_ {
    STREET
        .captures_iter(text)
        .map(|c| format!("{} {}", c[1].to_lowercase(), &c[2]))
}

impl<'a> Contacts<'a> {
    pub fn new(platform: &'a Platform) -> Contacts<'a> {
        let authority = &platform.supervisory_authority;
        let controller = &platform.controller;
        let mut known = Known {
            emails: [
                &authority.email,
                &controller.email,
                &controller.responsible_person.email,
            ]
            .into_iter()
            .map(|e| e.to_lowercase())
            .collect(),
            phones: std::iter::once(&authority.phone)
                .chain(controller.phone.iter().flat_map(|phones| &phones.0))
                .chain(
                    controller
                        .responsible_person
                        .phone
                        .iter()
                        .flat_map(|phones| &phones.0),
                )
                .filter_map(|p| national_phone(p))
                .collect(),
            ..Known::default()
        };
        known.add_addresses(&authority.address);
        if let Some(address) = &controller.address {
            known.add_addresses(address);
        }
        let authority_domain = authority.email.split('@').nth(1).map(str::to_lowercase);
        let parties = vec![
            Party::new(
                &authority.name,
                None,
                &authority.website,
                Some(&authority.address),
                &authority.email,
                Some(&authority.phone),
                &authority.former,
                authority_domain,
                "authority",
            ),
            Party::new(
                &controller.name,
                controller.short_name.as_ref(),
                &controller.website,
                controller.address.as_ref(),
                &controller.email,
                controller
                    .phone
                    .as_ref()
                    .and_then(|phones| phones.0.first()),
                &controller.former,
                None,
                "controller",
            ),
        ];
        Contacts { parties, known }
    }

    /// An e-mail address written in an institution's text or `institution.toml`.
    pub fn email(
        &self,
        file: &std::path::Path,
        at: impl Fn() -> Position,
        email: &str,
    ) -> Vec<Finding> {
        let mut findings = Vec::new();
        if self.known.has_email(email) {
            return findings;
        }
        for party in &self.parties {
            let former = party
                .former_emails
                .iter()
                .any(|e| e.eq_ignore_ascii_case(email));
            let foreign = party
                .own_domain
                .as_deref()
                .is_some_and(|domain| email.to_lowercase().ends_with(&format!("@{domain}")));
            if former || foreign {
                let what = if former { "former" } else { "other" };
                findings.push(party.stale(file, at(), email, what, "email", party.email));
            }
        }
        findings
    }

    /// A phone number from an institution's `institution.toml`.
    pub fn phone(
        &self,
        file: &std::path::Path,
        at: impl Fn() -> Position,
        phone: &str,
    ) -> Vec<Finding> {
        let national = national_phone(phone).unwrap_or_default();
        self.parties
            .iter()
            .filter(|party| party.former_phones.contains(&national))
            .filter_map(|party| {
                let current = party.phone.as_deref()?;
                Some(party.stale(file, at(), phone, "former", "phone", current))
            })
            .collect()
    }

    /// Addresses and phones in the paragraphs of `item` that mention the authority or the
    /// controller; `own` is the institution's own contacts (empty for shared texts).
    pub fn near_mentions(&self, item: &TextItem, own: &Known, findings: &mut Vec<Finding>) {
        for party in &self.parties {
            let mut last_paragraph = None;
            for mention in party.mention.find_iter(item.text) {
                let paragraph = paragraph_around(item.text, mention.start());
                if last_paragraph == Some(paragraph.clone()) {
                    continue;
                }
                last_paragraph = Some(paragraph.clone());
                let window = &item.text[paragraph];
                findings.extend(party.check_window(item, window, &[&self.known, own]));
            }
        }
    }
}

/// The byte range of the paragraph (text between blank lines) holding `at`.
fn paragraph_around(text: &str, at: usize) -> std::ops::Range<usize> {
    let start = text[..at].rfind("\n\n").map_or(0, |i| i + 2);
    let end = text[at..].find("\n\n").map_or(text.len(), |i| at + i);
    start..end
}

#[cfg(test)]
mod tests;
