//! Text rules — links, dates, mixed alphabets, placeholders, empty sections, untranslated
//! texts — and where the format (`format`), contact (`contacts`) and repeat (`similar`)
//! rules are applied.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::contacts::{Contacts, Known};
use super::format::{
    check_email, check_http_links, check_phone, check_postal_codes, check_registration_number,
    EMAIL,
};
use super::similar::{paragraphs, Index};
use super::texts::{institution_texts, Origin, TextItem};
use super::{Finding, Rule};
use crate::diagnostic::{Diagnostic, Position};
use crate::load::{Institution, MarkdownSource, SharedContent, Site, PLATFORM_FILE};
use crate::model::{Date, Language, Localized};
use crate::msg;

mod repeats;
mod translation;

use repeats::{repeats, report_repeats};
use translation::untranslated;

static EMAIL_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+%-]+@[\w.@-]*[\w]").unwrap());
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").unwrap());

/// What every institution's check compares with, prepared once per check: the known
/// contacts, and the shared policy's paragraphs per language.
pub struct Shared<'a> {
    contacts: Contacts<'a>,
    pages: Localized<Index<'a, 'a>>,
}

impl<'a> Shared<'a> {
    pub fn new(site: &'a Site) -> Shared<'a> {
        Shared {
            contacts: Contacts::new(&site.platform),
            pages: site.content.map(|_, content| {
                Index::new(shared_sources(content, false, true).flat_map(paragraphs))
            }),
        }
    }
}

/// The shared Markdown of one language: policy sections, cookie texts and (when asked)
/// every block. Cookie categories' texts are captions of their tables, which sum up the
/// cookie text on purpose, so they are left out of the search for repeats (`prose`).
fn shared_sources(
    content: &SharedContent,
    blocks: bool,
    prose: bool,
) -> impl Iterator<Item = &MarkdownSource> {
    content
        .policy
        .iter()
        .map(|s| &s.source)
        .chain(
            content
                .cookies
                .iter()
                .chain(&content.cookie_settings)
                .map(|s| &s.source),
        )
        .chain(
            content
                .cookie_categories
                .iter()
                .filter(move |_| !prose)
                .map(|c| &c.source),
        )
        .chain(
            content
                .blocks
                .iter()
                .filter(move |_| blocks)
                .map(|b| &b.source),
        )
}

pub fn institution(
    site: &Site,
    shared: &Shared,
    institution: &Institution,
    today: Date,
    findings: &mut Vec<Finding>,
) {
    let data = &institution.data;
    let file = &institution.file;
    let mut found = Vec::new();
    let field = |value: &str| {
        let at = file.text.find(value).unwrap_or(0);
        Position::of_span(&file.text, at..at + value.len())
    };
    check_registration_number(
        &file.path,
        field(&data.registration_number),
        &data.registration_number,
        &mut found,
    );
    let phones = [
        Some(&data.phone),
        data.data_protection_officer.phone.as_ref(),
        data.responsible_person
            .as_ref()
            .and_then(|p| p.phone.as_ref()),
    ];
    for phone in phones.into_iter().flatten().flat_map(|p| &p.0) {
        check_phone(&file.path, field(phone), phone, &mut found);
        found.extend(shared.contacts.phone(&file.path, || field(phone), phone));
    }
    let emails = [
        Some(&data.email),
        Some(&data.data_protection_officer.email),
        data.responsible_person.as_ref().map(|p| &p.email),
        data.requests.get_ref().email.as_ref(),
    ];
    for email in emails.into_iter().flatten() {
        let email = check_email(&file.path, field(email), email, &mut found);
        found.extend(shared.contacts.email(&file.path, || field(email), email));
    }
    dates(site, institution, today, &mut found);
    let own = Known::institution(data);
    let items = institution_texts(institution);
    for item in &items {
        text_rules(shared, &own, item, &mut found);
        if let Origin::Markdown(source) = &item.origin {
            markdown_rules(item, source, &mut found, true);
        }
    }
    untranslated(&items, &mut found);
    repeats(site, shared, institution, &items, &mut found);
    findings.extend(found.into_iter().map(|f| f.institution(&institution.slug)));
}

/// `updated`: not in the future, not older than the platform policy it is merged with,
/// not older than two years.
fn dates(site: &Site, institution: &Institution, today: Date, findings: &mut Vec<Finding>) {
    let updated = institution.data.updated;
    let file = &institution.file;
    let iso = updated.iso();
    let at = file.text.find(&iso).unwrap_or(0);
    let published = site.platform.published;
    let two_years_ago = Date {
        year: today.year.saturating_sub(2),
        ..today
    };
    let problem = if updated > today {
        Some(msg!("updated-in-future", date = iso.as_str()))
    } else if updated < published {
        Some(msg!(
            "updated-before-platform",
            date = iso.as_str(),
            published = published.iso()
        ))
    } else if updated < two_years_ago {
        Some(msg!("updated-long-ago", date = iso.as_str()))
    } else {
        None
    };
    if let Some(message) = problem {
        findings.push(Finding::new(
            Rule::Date,
            Diagnostic::new(&file.path, message)
                .at(Position::of_span(&file.text, at..at + iso.len()))
                .hint(msg!("updated-hint")),
        ));
    }
}

/// The platform's own data and shared Markdown.
pub fn platform(site: &Site, shared: &Shared, findings: &mut Vec<Finding>) {
    let platform = &site.platform;
    let text = &site.platform_file.text;
    let path = Path::new(PLATFORM_FILE);
    let field = |value: &str| {
        let at = text.find(value).unwrap_or(0);
        Position::of_span(text, at..at + value.len())
    };
    let authority = &platform.supervisory_authority;
    for email in [
        &platform.controller.email,
        &platform.controller.responsible_person.email,
        &authority.email,
    ] {
        check_email(path, field(email), email, findings);
    }
    check_phone(path, field(&authority.phone), &authority.phone, findings);
    if let Some(number) = &platform.controller.registration_number {
        check_registration_number(path, field(number), number, findings);
    }
    for language in Language::ALL {
        let address = authority.address.get(language);
        check_postal_codes(path, address, |needle| field(needle), findings);
        let content = site.content.get(language);
        for source in shared_sources(content, true, false) {
            let item = TextItem {
                file: &source.file,
                language,
                text: source.body(),
                origin: Origin::Markdown(source),
            };
            text_rules(shared, &Known::default(), &item, findings);
            markdown_rules(&item, source, findings, false);
        }
        let page = Index::new(shared_sources(content, true, true).flat_map(paragraphs));
        report_repeats(&page, 0, language, findings);
    }
}

/// The rules for any text, shared or an institution's: alphabets, postal codes, e-mail
/// addresses, `http://` links and the contacts of the authority and the controller.
fn text_rules(shared: &Shared, own: &Known, item: &TextItem, findings: &mut Vec<Finding>) {
    let mut found = Vec::new();
    mixed_script(item, &mut found);
    check_postal_codes(
        item.file,
        item.text,
        |needle| item.position_of(needle),
        &mut found,
    );
    check_http_links(
        item.file,
        item.text,
        |needle| item.position_of(needle),
        &mut found,
    );
    let tokens = item
        .text
        .contains('@')
        .then(|| EMAIL_TOKEN.find_iter(item.text));
    for token in tokens.into_iter().flatten() {
        let written = token.as_str().trim_end_matches('.');
        let email = check_email(item.file, item.position_of(written), written, &mut found);
        if email.matches('@').count() == 1 && !own.has_email(email) {
            found.extend(
                shared
                    .contacts
                    .email(item.file, || item.position_of(email), email),
            );
        }
    }
    shared.contacts.near_mentions(item, own, &mut found);
    findings.extend(found.into_iter().map(|f| f.language(item.language)));
}

/// Links, placeholders and emptiness in a Markdown body.
fn markdown_rules(
    item: &TextItem,
    source: &MarkdownSource,
    findings: &mut Vec<Finding>,
    institution: bool,
) {
    let body = source.body();
    let is_section = !source
        .file
        .components()
        .any(|c| c.as_os_str() == "cookie-categories");
    if is_section && body.trim().is_empty() {
        findings.push(
            Finding::new(
                Rule::EmptySection,
                Diagnostic::new(&source.file, msg!("section-empty"))
                    .at(source.start())
                    .hint(msg!("section-empty-hint")),
            )
            .language(item.language),
        );
    }
    if institution {
        // `{{` and `{%`, found by their first byte.
        for second in [b'{', b'%'] {
            let bytes = body.as_bytes();
            let mut braces = memchr::memchr_iter(b'{', bytes);
            if let Some(at) = braces.find(|&at| bytes.get(at + 1) == Some(&second)) {
                findings.push(
                    Finding::new(
                        Rule::Placeholder,
                        Diagnostic::new(&source.file, msg!("placeholder-in-institution"))
                            .at(source.position(at..at + 2))
                            .hint(msg!("placeholder-in-institution-hint")),
                    )
                    .language(item.language),
                );
            }
        }
    }
    // The links were noted when the body was read (`load::media`); a link's position is
    // worked out only for a finding.
    for link in source.links() {
        let (dest, range) = (link.dest.as_str(), link.span.clone());
        let finding = if dest.is_empty() || dest == "#" {
            Some((
                Rule::EmptyLink,
                msg!("link-goes-nowhere", link = &body[range.clone()]),
                msg!("link-goes-nowhere-hint"),
            ))
        } else if let Some(email) = dest.strip_prefix("mailto:") {
            (!EMAIL.is_match(email)).then(|| {
                (
                    Rule::Email,
                    msg!("email-invalid", email = email),
                    msg!("mailto-invalid-hint"),
                )
            })
        } else if dest.starts_with("http://") || dest.starts_with("https://") {
            url::Url::parse(dest).err().map(|e| {
                (
                    Rule::Url,
                    msg!("link-invalid", link = dest, detail = e.to_string()),
                    msg!("link-invalid-hint"),
                )
            })
        } else if dest.starts_with('#') || dest.starts_with("tel:") {
            None
        } else {
            Some((
                Rule::Url,
                msg!("link-not-full", link = dest),
                msg!("link-not-full-hint"),
            ))
        };
        if let Some((rule, message, hint)) = finding {
            findings.push(
                Finding::new(
                    rule,
                    Diagnostic::new(&source.file, message)
                        .at(source.position(range))
                        .hint(hint),
                )
                .language(item.language),
            );
        }
    }
}

/// A word with both Latin and Cyrillic or Greek letters: usually a look-alike letter typed
/// on the wrong keyboard (`VДАР`).
fn mixed_script(item: &TextItem, findings: &mut Vec<Finding>) {
    // Greek and Cyrillic letters (U+0370–U+04FF) start with the UTF-8 bytes 0xCD–0xD3, which
    // no Latvian or English letter does: most texts are ruled out by one byte scan.
    if !item.text.bytes().any(|b| (0xCD..=0xD3).contains(&b)) {
        return;
    }
    for word in WORD.find_iter(item.text) {
        let word = word.as_str();
        let latin = word
            .chars()
            .any(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c));
        let other = word.chars().any(|c| {
            ('\u{0370}'..='\u{03FF}').contains(&c) || ('\u{0400}'..='\u{04FF}').contains(&c)
        });
        if latin && other {
            findings.push(
                Finding::new(
                    Rule::MixedScript,
                    Diagnostic::new(item.file, msg!("mixed-script", word = word))
                        .at(item.position_of(word))
                        .hint(msg!("mixed-script-hint")),
                )
                .language(item.language),
            );
        }
    }
}
