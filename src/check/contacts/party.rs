//! One organisation whose contacts `platform.toml` holds: how a mention of it is found, and
//! which of the contacts written near a mention are stale or unknown.

use regex::Regex;

use super::{streets, Known, PHONE, POSTAL_CODE, STREET};
use crate::check::format::national_phone;
use crate::check::texts::TextItem;
use crate::check::{Finding, Rule};
use crate::diagnostic::{Diagnostic, Position};
use crate::model::{FormerContacts, Language, Text};
use crate::msg;

/// An organisation whose contacts `platform.toml` holds.
pub(super) struct Party<'a> {
    pub(super) name: &'a Text,
    /// Matches a mention of it in either language, in any grammatical case, or its web host.
    pub(super) mention: Regex,
    /// The street key (`elijas 17`) and postal code of its current address.
    pub(super) street: Option<String>,
    pub(super) postal_code: Option<String>,
    pub(super) address: Option<&'a Text>,
    pub(super) email: &'a str,
    pub(super) phone: Option<String>,
    pub(super) former_emails: Vec<String>,
    pub(super) former_phones: Vec<String>,
    /// The street keys of its former addresses.
    pub(super) former_streets: Vec<String>,
    /// Its own mail domain: any other address there is not its current one. The
    /// controller's domain is shared with its staff, so only the authority has one.
    pub(super) own_domain: Option<String>,
    /// Which party it is (`authority`, `controller`): the hint says where else the page
    /// gives the authority's contact.
    pub(super) role: &'static str,
}

impl<'a> Party<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
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

    pub(super) fn check_window(
        &self,
        item: &TextItem,
        window: &str,
        known: &[&Known],
    ) -> Vec<Finding> {
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
    pub(super) fn stale(
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
pub(super) fn stem(name: &str) -> String {
    let trimmed = name.trim_end_matches(['a', 'e', 'i', 'u', 's', 'ā', 'ē', 'ī', 'ū']);
    if name.chars().count() - trimmed.chars().count() <= 2 && trimmed.len() >= 4 {
        trimmed.to_owned()
    } else {
        name.to_owned()
    }
}
