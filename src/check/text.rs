//! Text rules — links, dates, mixed alphabets, placeholders, empty sections, repeated
//! paragraphs, authority details that drifted from `platform.toml`, untranslated texts —
//! and where the format rules (`format`) are applied.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Parser, Tag};
use regex::Regex;

use super::format::{
    check_email, check_phone, check_postal_codes, check_registration_number, EMAIL,
};
use super::texts::{institution_texts, Origin, TextItem};
use super::{Finding, Rule};
use crate::diagnostic::{Diagnostic, Position};
use crate::load::{Institution, MarkdownSource, Site, PLATFORM_FILE};
use crate::model::{Date, Language, Localized};

static EMAIL_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+%-]+@[\w.@-]*[\w]").unwrap());
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").unwrap());

pub fn institution(
    site: &Site,
    shared: &SharedParagraphs,
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
    }
    let emails = [
        Some(&data.email),
        Some(&data.data_protection_officer.email),
        data.responsible_person.as_ref().map(|p| &p.email),
        data.requests.get_ref().email.as_ref(),
    ];
    for email in emails.into_iter().flatten() {
        check_email(&file.path, field(email), email, &mut found);
    }
    if data.updated > today {
        found.push(Finding::new(
            Rule::Date,
            Diagnostic::new(
                &file.path,
                format!("`updated = {}` is in the future", data.updated.iso()),
            )
            .at(field(&data.updated.iso()))
            .hint("write the date the institution's part last changed"),
        ));
    }
    let items = institution_texts(institution);
    for item in &items {
        text_rules(site, item, &mut found);
    }
    untranslated(&items, &mut found);
    repeated_paragraphs(site, shared, institution, &mut found);
    findings.extend(found.into_iter().map(|f| f.institution(&institution.slug)));
}

/// The platform's own data and shared Markdown.
pub fn platform(site: &Site, findings: &mut Vec<Finding>) {
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
    for language in Language::ALL {
        let address = authority.address.get(language);
        check_postal_codes(path, address, |needle| field(needle), findings);
        let content = site.content.get(language);
        let sources = content
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
            .chain(content.cookie_categories.iter().map(|c| &c.source))
            .chain(content.blocks.iter().map(|b| &b.source));
        for source in sources {
            let item = TextItem {
                file: &source.file,
                language,
                text: source.body(),
                origin: Origin::Markdown(source),
            };
            markdown_rules(&item, source, findings, false);
            mixed_script(&item, findings);
        }
    }
}

fn text_rules(site: &Site, item: &TextItem, findings: &mut Vec<Finding>) {
    mixed_script(item, findings);
    check_postal_codes(
        item.file,
        item.text,
        |needle| item.position_of(needle),
        findings,
    );
    let tokens = item
        .text
        .contains('@')
        .then(|| EMAIL_TOKEN.find_iter(item.text));
    for token in tokens.into_iter().flatten() {
        let email = token.as_str().trim_end_matches('.');
        check_email(item.file, item.position_of(email), email, findings);
        stale_email(site, item, email, findings);
    }
    if let Origin::Markdown(source) = &item.origin {
        markdown_rules(item, source, findings, true);
    }
    let authority = &site.platform.supervisory_authority;
    let address = authority.address.get(item.language);
    let street = address.split(',').next().unwrap_or(address);
    let street_name: String = street.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let street_name = street_name.trim();
    if !street_name.is_empty() && item.text.contains(street_name) && !item.text.contains(address) {
        findings.push(
            Finding::new(
                Rule::StaleContact,
                Diagnostic::new(item.file, format!("this text gives an address of {} that differs from platform.toml", authority.name.get(item.language)))
                    .at(item.position_of(street_name))
                    .hint(format!("write \"{address}\", or leave the authority's contacts to the generated complaint section")),
            )
            .language(item.language),
        );
    }
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
                Diagnostic::new(&source.file, "the section has no text")
                    .at(source.start())
                    .hint("write the section's text below the front matter, or delete the file"),
            )
            .language(item.language),
        );
    }
    if institution {
        for marker in ["{{", "{%"] {
            if let Some(at) = body.find(marker) {
                findings.push(
                    Finding::new(
                        Rule::Placeholder,
                        Diagnostic::new(&source.file, "placeholders are not filled in an institution's sections")
                            .at(source.position(at..at + 2))
                            .hint("write the value itself; placeholders work only in the platform's shared content"),
                    )
                    .language(item.language),
                );
            }
        }
    }
    // Only Markdown that can hold a link is parsed again.
    let has_links = body.contains("](") || body.contains("]:") || body.contains('<');
    let events = has_links
        .then(|| Parser::new_ext(body, crate::render::markdown::OPTIONS).into_offset_iter());
    for (event, range) in events.into_iter().flatten() {
        // Images are files of the site, checked when loading (load/media.rs).
        let Event::Start(Tag::Link { dest_url, .. }) = event else {
            continue;
        };
        let at = source.position(range.clone());
        let dest = dest_url.as_ref();
        let finding = if dest.is_empty() || dest == "#" {
            Some((
                Rule::EmptyLink,
                format!("the link `{}` goes nowhere", &body[range.clone()]),
                "give the link its address, or write the text without a link".to_owned(),
            ))
        } else if let Some(email) = dest.strip_prefix("mailto:") {
            (!EMAIL.is_match(email)).then(|| {
                (
                    Rule::Email,
                    format!("`{email}` is not an e-mail address"),
                    "check the address after mailto:".to_owned(),
                )
            })
        } else if dest.starts_with("http://") || dest.starts_with("https://") {
            url::Url::parse(dest).err().map(|e| {
                (
                    Rule::Url,
                    format!("`{dest}` is not a valid web address: {e}"),
                    "check the address".to_owned(),
                )
            })
        } else if dest.starts_with('#') || dest.starts_with("tel:") {
            None
        } else {
            Some((
                Rule::Url,
                format!("`{dest}` is not a full web address"),
                "write links as full addresses starting with https://".to_owned(),
            ))
        };
        if let Some((rule, message, hint)) = finding {
            findings.push(
                Finding::new(
                    rule,
                    Diagnostic::new(&source.file, message).at(at).hint(hint),
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
                    Diagnostic::new(
                        item.file,
                        format!("`{word}` mixes Latin with Cyrillic or Greek letters"),
                    )
                    .at(item.position_of(word))
                    .hint("retype the word on a Latin keyboard"),
                )
                .language(item.language),
            );
        }
    }
}

/// An institution writing the supervisory authority's or the platform controller's
/// e-mail differently from `platform.toml`.
fn stale_email(site: &Site, item: &TextItem, email: &str, findings: &mut Vec<Finding>) {
    let platform = &site.platform;
    for known in [
        &platform.supervisory_authority.email,
        &platform.controller.email,
    ] {
        let domain = known.split('@').nth(1).unwrap_or_default();
        if email.ends_with(&format!("@{domain}"))
            && !email.eq_ignore_ascii_case(known)
            && email.matches('@').count() == 1
        {
            findings.push(
                Finding::new(
                    Rule::StaleContact,
                    Diagnostic::new(
                        item.file,
                        format!("`{email}` differs from the address in platform.toml ({known})"),
                    )
                    .at(item.position_of(email))
                    .hint(format!(
                        "write {known}, or leave these contacts to the platform's shared text"
                    )),
                )
                .language(item.language),
            );
        }
    }
}

/// TOML keys that hold sentences, which need translating; names and addresses don't.
const PROSE_KEYS: [&str; 15] = [
    "transfers",
    "legitimate_interests",
    "statutory_requirement",
    "automated_decisions",
    "data_protection_officer.note",
    "requests.in_person",
    "retention.intro",
    "recipients.intro",
    "purposes.description",
    "purposes.data",
    "purposes.source",
    "retention.rules",
    "recipients.categories",
    "rights.explanation",
    "cookies.purpose",
];

/// Prose given once for both languages, or Markdown identical in both.
/// `institution_texts` lists each TOML value as an `lv` item followed by its `en` item.
fn untranslated(items: &[TextItem], findings: &mut Vec<Finding>) {
    let mut identical = Vec::new();
    for pair in items.windows(2) {
        let (lv, en) = (&pair[0], &pair[1]);
        let same_value = match (&lv.origin, &en.origin) {
            (Origin::Toml { key: a, .. }, Origin::Toml { key: b, .. }) => {
                a == b && lv.file == en.file
            }
            _ => false,
        };
        let prose = matches!(&lv.origin, Origin::Toml { key, .. } if PROSE_KEYS.contains(key));
        if same_value
            && prose
            && lv.language == Language::Lv
            && lv.text == en.text
            && lv.text.split_whitespace().count() >= 4
        {
            identical.push(lv);
        }
    }
    for lv in items
        .iter()
        .filter(|i| i.language == Language::Lv && matches!(i.origin, Origin::Markdown(_)))
    {
        let twin = items.iter().find(|en| {
            en.language == Language::En
                && matches!(en.origin, Origin::Markdown(_))
                && en.file.file_name() == lv.file.file_name()
        });
        if twin.is_some_and(|en| en.text.trim() == lv.text.trim() && !lv.text.trim().is_empty()) {
            identical.push(lv);
        }
    }
    for item in identical {
        let first_line = item
            .text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or(item.text);
        findings.push(
            Finding::new(
                Rule::IdenticalTranslation,
                Diagnostic::new(item.file, "this text is the same in Latvian and English")
                    .at(item.position_of(first_line.trim()))
                    .hint("write the English text: { lv = \"…\", en = \"…\" } in TOML, or translate the file in en/"),
            )
            .language(Language::En),
        );
    }
}

/// The shared policy's paragraphs per language, normalised once per check (not once per
/// institution), with the file each stands in.
pub struct SharedParagraphs<'a>(Localized<HashMap<String, &'a Path>>);

impl<'a> SharedParagraphs<'a> {
    pub fn new(site: &'a Site) -> SharedParagraphs<'a> {
        SharedParagraphs(site.content.map(|_, content| {
            let mut map = HashMap::new();
            for section in &content.policy {
                for (normal, _) in paragraphs(&section.source) {
                    map.entry(normal).or_insert(section.source.file.as_path());
                }
            }
            map
        }))
    }
}

/// The paragraphs of 80 characters or more in a Markdown body, whitespace normalised, with
/// their byte offset in the body.
fn paragraphs(source: &MarkdownSource) -> impl Iterator<Item = (String, usize)> + '_ {
    let mut offset = 0;
    source.body().split("\n\n").filter_map(move |paragraph| {
        let start = offset + paragraph.len() - paragraph.trim_start().len();
        offset += paragraph.len() + 2;
        let normal = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        (normal.chars().count() >= 80 && !normal.contains("{{")).then_some((normal, start))
    })
}

/// A paragraph of an institution's own text that already stands on its page: in the
/// shared policy, in a block it opted into, or in another of its sections.
fn repeated_paragraphs(
    site: &Site,
    shared: &SharedParagraphs,
    institution: &Institution,
    findings: &mut Vec<Finding>,
) {
    for language in Language::ALL {
        let content = site.content.get(language);
        let mut seen: HashMap<String, &Path> = HashMap::new();
        for opt_in in &institution.data.blocks {
            if let Some(block) = content.blocks.iter().find(|b| b.id == *opt_in.id.get_ref()) {
                for (normal, _) in paragraphs(&block.source) {
                    seen.entry(normal).or_insert(&block.source.file);
                }
            }
        }
        for section in institution.sections.get(language) {
            let source = &section.source;
            for (normal, start) in paragraphs(source) {
                let first = shared
                    .0
                    .get(language)
                    .get(&normal)
                    .or_else(|| seen.get(&normal))
                    .copied();
                match first {
                    Some(first) => findings.push(
                        Finding::new(
                            Rule::RepeatedParagraph,
                            Diagnostic::new(&source.file, "this paragraph is already on the page")
                                .at(source.position(start..start + 1))
                                .hint(format!("it also stands in {}; keep one", first.display())),
                        )
                        .language(language),
                    ),
                    None => {
                        seen.insert(normal, &source.file);
                    }
                }
            }
        }
    }
}
