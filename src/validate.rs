//! Validate: the checks that need more than one file — the same sections in every
//! language, ids unique on a page, opted-in blocks that exist with all their parameters.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diagnostic::{closest, suggest, Diagnostic, Diagnostics, Position};
use crate::load::{Institution, Placement, Site, PLATFORM_FILE};
use crate::model::{Language, Localized};

/// Every cross-file problem in the site.
pub fn validate(site: &Site) -> Result<(), Diagnostics> {
    let mut errors = Diagnostics::default();
    check_languages(site, &mut errors);
    check_platform_urls(site, &mut errors);
    check_shared(site, &mut errors);
    for institution in &site.institutions {
        check_institution(site, institution, &mut errors);
    }
    errors.into_result(())
}

/// Web addresses become links, so only `https://` and `http://` ones are accepted: a
/// `javascript:` website would otherwise run script in a visitor's browser.
fn check_url(file: &Path, text: &str, url: &str, errors: &mut Diagnostics) {
    let web = url.starts_with("https://") || url.starts_with("http://");
    if !web || url.chars().any(char::is_whitespace) || url.contains(['"', '<', '>']) {
        let at = text.find(url).map_or(0..0, |i| i..i + url.len());
        errors.push(
            Diagnostic::new(file, format!("`{url}` is not a web address"))
                .at_span(text, at)
                .hint("write the full address starting with https://, e.g. \"https://www.example.gov.lv\""),
        );
    }
}

fn check_platform_urls(site: &Site, errors: &mut Diagnostics) {
    let platform = &site.platform;
    let text = &site.platform_file.text;
    let path = Path::new(PLATFORM_FILE);
    let mut urls = vec![
        platform.base_url.as_str(),
        platform.controller.website.as_str(),
        platform.supervisory_authority.website.as_str(),
    ];
    for link in &platform.cookie_settings_links {
        urls.extend(Language::ALL.map(|l| link.url.get(l)));
    }
    for url in urls {
        check_url(path, text, url, errors);
    }
}

fn check_languages(site: &Site, errors: &mut Diagnostics) {
    let listed = site.platform.languages.get_ref();
    let unique: BTreeSet<_> = listed.iter().collect();
    if unique.len() != listed.len() || unique.len() != Language::ALL.len() {
        let span = site.platform.languages.span();
        errors.push(
            Diagnostic::new(PLATFORM_FILE, "`languages` must list each supported language once")
                .at_span(&site.platform_file.text, span)
                .hint("write `languages = [\"lv\", \"en\"]`; the first one is the default"),
        );
    }
}

/// One file that declares an id, for pairing and duplicate checks.
struct Entry<'a> {
    id: &'a str,
    file: &'a Path,
    at: &'a Position,
}

fn check_shared(site: &Site, errors: &mut Diagnostics) {
    let policy = site.content.map(|_, c| {
        let policy = c.policy.iter().map(|s| Entry { id: &s.id, file: &s.source.file, at: &s.id_at });
        let cookies = c.cookies.iter().chain(&c.cookie_settings).map(|s| Entry { id: &s.id, file: &s.source.file, at: &s.id_at });
        policy.chain(cookies).collect::<Vec<_>>()
    });
    check_ids(&policy, "section", errors);
    let blocks = site.content.map(|_, c| {
        c.blocks
            .iter()
            .map(|b| Entry { id: &b.id, file: &b.source.file, at: &b.id_at })
            .collect::<Vec<_>>()
    });
    check_ids(&blocks, "block", errors);
    for language in Language::ALL {
        for block in &site.content.get(language).blocks {
            for parameter in &block.parameters {
                if parameter.is_empty() || !parameter.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                    errors.push(
                        Diagnostic::new(&block.source.file, format!("`{parameter}` is not a valid parameter name"))
                            .at(block.id_at.clone())
                            .hint("use only a-z, 0-9 and `_`, e.g. `contact_email`"),
                    );
                }
            }
        }
    }
}

/// Each id at most once per language, and in every language.
fn check_ids(entries: &Localized<Vec<Entry>>, what: &str, errors: &mut Diagnostics) {
    let by_id = entries.map(|_, list| {
        let mut seen: BTreeMap<&str, &Entry> = BTreeMap::new();
        for entry in list {
            if let Some(first) = seen.get(entry.id) {
                errors.push(
                    Diagnostic::new(entry.file, format!("duplicate {what} id `{}`", entry.id))
                        .at(entry.at.clone())
                        .hint(format!(
                            "{} already uses this id; ids must be unique on a page, so rename one of them",
                            first.file.display()
                        )),
                );
            } else {
                seen.insert(entry.id, entry);
            }
        }
        seen
    });
    for language in Language::ALL {
        for other in Language::ALL.into_iter().filter(|l| *l != language) {
            let missing_in = by_id.get(other);
            for (id, entry) in by_id.get(language) {
                if !missing_in.contains_key(id) {
                    errors.push(missing_translation(what, id, entry, language, other));
                }
            }
        }
    }
}

fn missing_translation(what: &str, id: &str, entry: &Entry, has: Language, lacks: Language) -> Diagnostic {
    let translation = translated_path(entry.file, has, lacks);
    Diagnostic::new(
        entry.file,
        format!("{what} `{id}` exists in `{has}` but not in `{lacks}`"),
    )
    .at(entry.at.clone())
    .hint(format!(
        "create {} with `id = \"{id}\"`, translating this file (or delete this file if the {what} is gone)",
        translation.display()
    ))
}

/// `…/lv/policy/x.md` → `…/en/policy/x.md`.
fn translated_path(file: &Path, from: Language, to: Language) -> PathBuf {
    file.components()
        .map(|c| {
            if c.as_os_str() == from.code() {
                std::ffi::OsStr::new(to.code())
            } else {
                c.as_os_str()
            }
        })
        .collect()
}

fn check_institution(site: &Site, institution: &Institution, errors: &mut Diagnostics) {
    let sections = institution.sections.map(|_, list| {
        list.iter()
            .map(|s| Entry { id: &s.id, file: &s.source.file, at: &s.id_at })
            .collect::<Vec<_>>()
    });
    check_ids(&sections, "section", errors);
    check_no_clash_with_shared(site, institution, errors);
    check_blocks(site, institution, errors);
    let data = &institution.data;
    let file = &institution.file;
    check_url(&file.path, &file.text, &data.website, errors);
    if data.requests.get_ref().is_empty() {
        errors.push(
            Diagnostic::new(&file.path, "`[requests]` gives no way to submit a request")
                .at_span(&file.text, data.requests.span())
                .hint("add at least one of `post`, `email`, `e_address = true` or `in_person`"),
        );
    }
    if data.purposes.get_ref().is_empty() {
        errors.push(
            Diagnostic::new(&file.path, "no purposes of processing")
                .at_span(&file.text, data.purposes.span())
                .hint("add a `[[purposes]]` table with `description` and `legal_bases`"),
        );
    }
    for purpose in data.purposes.get_ref() {
        if purpose.legal_bases.get_ref().is_empty() {
            errors.push(
                Diagnostic::new(&file.path, "a purpose has no legal basis")
                    .at_span(&file.text, purpose.legal_bases.span())
                    .hint("give each purpose at least one GDPR Art. 6(1) point, e.g. `legal_bases = [\"e\"]`"),
            );
        }
    }
}

/// An institution's own section id must not repeat a shared or generated anchor.
fn check_no_clash_with_shared(site: &Site, institution: &Institution, errors: &mut Diagnostics) {
    for language in Language::ALL {
        let shared = site.content.get(language);
        let taken: BTreeSet<&str> = shared
            .policy
            .iter()
            .map(|s| s.id.as_str())
            .chain(shared.cookies.iter().chain(&shared.cookie_settings).map(|s| s.id.as_str()))
            .chain(shared.blocks.iter().map(|b| b.id.as_str()))
            .collect();
        for section in institution.sections.get(language) {
            if matches!(section.placement, Placement::Own { .. }) && taken.contains(section.id.as_str()) {
                errors.push(
                    Diagnostic::new(&section.source.file, format!("section id `{}` is already used by the shared platform content", section.id))
                        .at(section.id_at.clone())
                        .hint(format!("rename it, e.g. `{}-{}`", institution.slug, section.id)),
                );
            }
        }
    }
}

fn check_blocks(site: &Site, institution: &Institution, errors: &mut Diagnostics) {
    let file = &institution.file;
    let known = &site.content.get(site.platform.default_language()).blocks;
    let mut seen = BTreeSet::new();
    for opt_in in &institution.data.blocks {
        let id = opt_in.id.get_ref();
        let at = || Position::of_span(&file.text, opt_in.id.span());
        if !seen.insert(id.as_str()) {
            errors.push(
                Diagnostic::new(&file.path, format!("block `{id}` is added twice"))
                    .at(at())
                    .hint("remove the second `[[blocks]]` entry"),
            );
            continue;
        }
        let Some(block) = known.iter().find(|b| &b.id == id) else {
            let ids: Vec<String> = known.iter().map(|b| b.id.clone()).collect();
            errors.push(
                Diagnostic::new(&file.path, format!("there is no shared block `{id}`"))
                    .at(at())
                    .hint(suggest(id, &ids, "block")),
            );
            continue;
        };
        let given = opt_in.params.as_ref().map(|p| p.get_ref().keys().collect::<BTreeSet<_>>()).unwrap_or_default();
        let params_at = || match &opt_in.params {
            Some(p) => Position::of_span(&file.text, p.span()),
            None => at(),
        };
        for missing in block.parameters.iter().filter(|p| !given.contains(p)) {
            errors.push(
                Diagnostic::new(&file.path, format!("block `{id}` needs the parameter `{missing}`"))
                    .at(params_at())
                    .hint(format!(
                        "add `{missing} = {{ lv = \"…\", en = \"…\" }}` to this block's `params` (see {})",
                        block.source.file.display()
                    )),
            );
        }
        for unknown in given.iter().filter(|g| !block.parameters.contains(g)) {
            let hint = match closest(unknown, block.parameters.iter().map(String::as_str)) {
                Some(best) => format!("did you mean `{best}`?"),
                None if block.parameters.is_empty() => format!("block `{id}` takes no parameters; remove `params`"),
                None => format!("block `{id}` takes: {}", block.parameters.join(", ")),
            };
            errors.push(
                Diagnostic::new(&file.path, format!("block `{id}` has no parameter `{unknown}`"))
                    .at(params_at())
                    .hint(hint),
            );
        }
    }
}
