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
use super::{Finding, Rule};
use crate::diagnostic::{Diagnostic, Position};
use crate::model::{FormerContacts, InstitutionData, Language, Platform, Text};
use crate::msg;

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

/// An organisation whose contacts `platform.toml` holds.
struct Party<'a> {
    name: &'a Text,
    /// Matches a mention of it in either language, in any grammatical case, or its web host.
    mention: Regex,
    /// The street key (`elijas 17`) and postal code of its current address.
    street: Option<String>,
    postal_code: Option<String>,
    address: Option<&'a Text>,
    email: &'a str,
    phone: Option<String>,
    former_emails: Vec<String>,
    former_phones: Vec<String>,
    /// The street keys of its former addresses.
    former_streets: Vec<String>,
    /// Its own mail domain: any other address there is not its current one. The
    /// controller's domain is shared with its staff, so only the authority has one.
    own_domain: Option<String>,
    /// Which party it is (`authority`, `controller`): the hint says where else the page
    /// gives the authority's contact.
    role: &'static str,
}

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

impl<'a> Party<'a> {
    #[allow(clippy::too_many_arguments)]
    fn new(
        name: &'a Text,
        short_name: Option<&'a Text>,
        website: &str,
        address: Option<&'a Text>,
        email: &'a str,
        phone: Option<&String>,
        former: &'a FormerContacts,
        own_domain: Option<String>,
        role: &'static str,
    ) -> Party<'a> {
        let mut alternatives: Vec<String> = Language::ALL
            .iter()
            .map(|&l| format!("(?i:{})", regex::escape(&stem(name.get(l)))))
            .collect();
        if let Some(short) = short_name {
            alternatives.extend(
                Language::ALL
                    .iter()
                    .map(|&l| format!(r"\b{}\b", regex::escape(short.get(l)))),
            );
        }
        let host = website
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .trim_end_matches('/');
        if !host.is_empty() {
            alternatives.push(format!("(?i:{})", regex::escape(host)));
        }
        let current_address = address.map(|a| a.get(Language::Lv));
        Party {
            name,
            mention: Regex::new(&alternatives.join("|")).expect("escaped names form a regex"),
            street: current_address.and_then(|a| streets(a).next()),
            postal_code: current_address
                .and_then(|a| POSTAL_CODE.find(a).map(|m| m.as_str().to_owned())),
            address,
            email,
            phone: phone.and_then(|p| national_phone(p)),
            former_emails: former.emails.clone(),
            former_phones: former
                .phones
                .iter()
                .filter_map(|p| national_phone(p))
                .collect(),
            former_streets: former.addresses.iter().flat_map(|a| streets(a)).collect(),
            own_domain,
            role,
        }
    }

    fn check_window(&self, item: &TextItem, window: &str, known: &[&Known]) -> Vec<Finding> {
        let mut findings = Vec::new();
        let file = item.file;
        let mut former_address = false;
        if let Some(address) = self.address {
            let current = address.get(item.language);
            for street in STREET.captures_iter(window) {
                let key = format!("{} {}", street[1].to_lowercase(), &street[2]);
                let written = street.get(0).unwrap().as_str();
                if self.former_streets.contains(&key) {
                    former_address = true;
                    findings.push(self.stale(
                        file,
                        item.position_of(written),
                        written,
                        "former",
                        "address",
                        current,
                    ));
                } else if self.street.as_ref() != Some(&key)
                    && !known.iter().any(|k| k.streets.contains(&key))
                {
                    findings.push(self.stale(
                        file,
                        item.position_of(written),
                        written,
                        "other",
                        "address",
                        current,
                    ));
                }
            }
            for code in POSTAL_CODE.find_iter(window).map(|m| m.as_str()) {
                let good = self.postal_code.as_deref() == Some(code)
                    || known
                        .iter()
                        .any(|k| k.postal_codes.iter().any(|c| c == code));
                if !good && !former_address {
                    findings.push(self.stale(
                        file,
                        item.position_of(code),
                        code,
                        "other",
                        "postal-code",
                        current,
                    ));
                }
            }
        }
        for written in PHONE.find_iter(window).map(|m| m.as_str()) {
            let Some(national) = national_phone(written) else {
                continue;
            };
            let Some(current) = self.phone.as_deref() else {
                continue;
            };
            let former = self.former_phones.contains(&national);
            let unknown =
                national != current && !known.iter().any(|k| k.phones.contains(&national));
            if former || unknown {
                let what = if former { "former" } else { "other" };
                findings.push(self.stale(
                    file,
                    item.position_of(written),
                    written,
                    what,
                    "phone",
                    current,
                ));
            }
        }
        findings
            .into_iter()
            .map(|f| f.language(item.language))
            .collect()
    }

    /// "`info@dvi.gov.lv` is a former e-mail address of Datu valsts inspekcija": `what` is
    /// `former` or `other`, `kind` one of `address`, `postal-code`, `phone`, `email`.
    fn stale(
        &self,
        file: &std::path::Path,
        at: Position,
        written: &str,
        what: &str,
        kind: &str,
        current: &str,
    ) -> Finding {
        let name = self.name.get(Language::Lv);
        Finding::new(
            Rule::StaleContact,
            Diagnostic::new(
                file,
                msg!(
                    "stale-contact",
                    written = written,
                    what = what,
                    kind = kind,
                    name = name
                ),
            )
            .at(at)
            .hint(msg!(
                "stale-contact-hint",
                current = current,
                party = self.role
            )),
        )
    }
}

/// A name as it starts in every grammatical case: Latvian endings (`inspekcija`,
/// `inspekcijai`, `inspekcijas`) are dropped from the last word.
fn stem(name: &str) -> String {
    let trimmed = name.trim_end_matches(['a', 'e', 'i', 'u', 's', 'ā', 'ē', 'ī', 'ū']);
    if name.chars().count() - trimmed.chars().count() <= 2 && trimmed.len() >= 4 {
        trimmed.to_owned()
    } else {
        name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_cover_the_cases_of_a_name() {
        assert_eq!(stem("Datu valsts inspekcija"), "Datu valsts inspekcij");
        assert_eq!(stem("Valsts kanceleja"), "Valsts kancelej");
        assert_eq!(stem("Data State Inspectorate"), "Data State Inspectorat");
    }

    #[test]
    fn street_keys_ignore_case_endings_and_flats() {
        let keys: Vec<String> = streets("Blaumaņa ielā 11/13-11, Rīga; Elijas iela 17").collect();
        assert_eq!(keys, ["blaumaņa 11/13", "elijas 17"]);
    }
}
