//! Validate: the checks that relate an institution to the platform — opted-in blocks that
//! exist with all their parameters, section ids that don't clash with shared ones — and
//! the platform's own settings. (Pairing each folder's files across languages is done while
//! loading, so it is reported even when a TOML file next to them is broken.)

use std::collections::BTreeSet;
use std::path::Path;

use crate::diagnostic::{closest, suggest, Allowed, Diagnostic, Diagnostics, Position};
use crate::load::{Institution, Placement, Site, PLATFORM_FILE};
use crate::model::{Language, Right, Slug};
use crate::msg;

mod canonical;
mod copies;

use canonical::check_canonical_url;
pub use copies::across_institutions;

/// Every cross-file problem of the platform's own files; each institution's are found when
/// it is loaded ([`validate_institution`]) and those across institutions once all are
/// ([`canonical_urls`]).
pub fn validate(site: &Site) -> Result<(), Diagnostics> {
    let mut errors = Diagnostics::default();
    check_languages(site, &mut errors);
    check_platform_urls(site, &mut errors);
    check_favicon(site, &mut errors);
    errors.into_result(())
}

/// The checks of one institution against the (already valid) platform.
pub fn validate_institution(site: &Site, institution: &Institution) -> Result<(), Diagnostics> {
    let mut errors = Diagnostics::default();
    check_institution(site, institution, &mut errors);
    errors.into_result(())
}

/// Web addresses become links, so only `https://` and `http://` ones are accepted: a
/// `javascript:` website would otherwise run script in a visitor's browser.
fn check_url(file: &Path, text: &str, url: &str, errors: &mut Diagnostics) {
    let web = url.starts_with("https://") || url.starts_with("http://");
    if !web || url.chars().any(char::is_whitespace) || url.contains(['"', '<', '>']) {
        let at = text.find(url).map_or(0..0, |i| i..i + url.len());
        errors.push(
            Diagnostic::new(file, msg!("not-a-web-address", url = url))
                .at_span(text, at)
                .hint(msg!("not-a-web-address-hint")),
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
    urls.extend(Language::ALL.map(|l| platform.accessibility_statement.get(l)));
    for link in &platform.cookie_settings_links {
        urls.extend(Language::ALL.map(|l| link.url.get(l)));
    }
    for url in urls {
        check_url(path, text, url, errors);
    }
}

/// The favicon is one of the theme's files, so it is published with the stylesheet.
fn check_favicon(site: &Site, errors: &mut Diagnostics) {
    let favicon = &site.platform.favicon;
    if !site.theme.assets.contains_key(favicon.get_ref()) {
        let names: Vec<&str> = site.theme.assets.keys().map(String::as_str).collect();
        errors.push(
            Diagnostic::new(
                PLATFORM_FILE,
                msg!("favicon-not-in-theme", file = favicon.get_ref()),
            )
            .at_span(&site.platform_file.text, favicon.span())
            .hint(msg!("favicon-not-in-theme-hint", files = names.join(", "))),
        );
    }
}

fn check_languages(site: &Site, errors: &mut Diagnostics) {
    let listed = site.platform.languages.get_ref();
    let unique: BTreeSet<_> = listed.iter().collect();
    if unique.len() != listed.len() || unique.len() != Language::ALL.len() {
        let span = site.platform.languages.span();
        errors.push(
            Diagnostic::new(PLATFORM_FILE, msg!("languages-invalid"))
                .at_span(&site.platform_file.text, span)
                .hint(msg!("languages-invalid-hint")),
        );
    }
}

fn check_institution(site: &Site, institution: &Institution, errors: &mut Diagnostics) {
    check_no_clash_with_shared(site, institution, errors);
    check_blocks(site, institution, errors);
    let data = &institution.data;
    let file = &institution.file;
    check_url(&file.path, &file.text, &data.website, errors);
    check_canonical_url(site, institution, errors);
    if data.requests.get_ref().is_empty() {
        errors.push(
            Diagnostic::new(&file.path, msg!("requests-no-way"))
                .at_span(&file.text, data.requests.span())
                .hint(msg!("requests-no-way-hint")),
        );
    }
    for silence in &data.silence {
        let id = silence.rule.get_ref();
        let at = || Position::of_span(&file.text, silence.rule.span());
        if crate::finding::Rule::from_id(id).is_none() {
            let known: Vec<String> = crate::finding::Rule::ALL
                .iter()
                .map(|r| r.id().to_owned())
                .collect();
            errors.push(
                Diagnostic::new(&file.path, msg!("no-such-rule", rule = id))
                    .at(at())
                    .hint(suggest(id, &known, Allowed::Rule)),
            );
        } else if *id == crate::finding::Rule::Inferred.id() {
            // Silencing it would hide what waits for the institution's confirmation.
            errors.push(
                Diagnostic::new(&file.path, msg!("silence-inferred"))
                    .at(at())
                    .hint(msg!("silence-inferred-hint")),
            );
        } else if silence.reason.trim().is_empty() {
            errors.push(
                Diagnostic::new(&file.path, msg!("silence-without-reason", rule = id))
                    .at(at())
                    .hint(msg!("silence-without-reason-hint")),
            );
        }
    }
    if data.purposes.get_ref().is_empty() {
        errors.push(
            Diagnostic::new(&file.path, msg!("no-purposes"))
                .at_span(&file.text, data.purposes.span())
                .hint(msg!("no-purposes-hint")),
        );
    }
    check_purpose_ids(institution, errors);
    check_registers(institution, errors);
    check_rights(institution, errors);
    check_purpose_bases(institution, errors);
}

/// Each purpose states its legal bases, or the general `[legal_bases]` list gives them; a
/// purpose's own basis is one of that list. An inferred basis was taken out at loading, so
/// a purpose whose only basis is inferred has none here: it waits for the institution.
fn check_purpose_bases(institution: &Institution, errors: &mut Diagnostics) {
    let file = &institution.file;
    let data = &institution.data;
    let general = data.legal_bases.as_ref().map(|g| g.bases.get_ref());
    if let Some(list) = &data.legal_bases {
        if list.bases.get_ref().is_empty() {
            errors.push(
                Diagnostic::new(&file.path, msg!("general-legal-bases-empty"))
                    .at_span(&file.text, list.bases.span())
                    .hint(msg!("purpose-without-legal-basis-hint")),
            );
        }
    }
    for purpose in data.purposes.get_ref() {
        let id = purpose.id.get_ref();
        if purpose.bases().next().is_none() && general.is_none() {
            let inferred = institution
                .inferences
                .iter()
                .any(|i| i.key == "purposes.legal_bases" && i.purpose.as_ref() == Some(id));
            errors.push(
                Diagnostic::new(&file.path, msg!("purpose-without-legal-basis", id = id))
                    .at_span(&file.text, purpose.bases_span())
                    .hint(if inferred {
                        msg!("purpose-basis-only-inferred-hint")
                    } else {
                        msg!("purpose-without-legal-basis-hint")
                    }),
            );
        }
        let Some(general) = general else { continue };
        for basis in purpose.bases().filter(|b| !general.contains(b)) {
            errors.push(
                Diagnostic::new(
                    &file.path,
                    msg!("purpose-basis-not-in-list", id = id, basis = basis.code()),
                )
                .at_span(&file.text, purpose.bases_span())
                .hint(msg!("purpose-basis-not-in-list-hint", basis = basis.code())),
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
            .chain(
                shared
                    .cookies
                    .iter()
                    .chain(&shared.cookie_settings)
                    .map(|s| s.id.as_str()),
            )
            .chain(shared.blocks.iter().map(|b| b.id.as_str()))
            .collect();
        for section in institution.sections.get(language) {
            if matches!(section.placement, Placement::Own { .. })
                && taken.contains(section.id.as_str())
            {
                errors.push(
                    Diagnostic::new(
                        &section.source.file,
                        msg!("section-id-shared", id = &section.id),
                    )
                    .at(section.id_at.clone())
                    .hint(msg!(
                        "section-id-shared-hint",
                        example = format!("{}-{}", institution.slug, section.id)
                    )),
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
                Diagnostic::new(&file.path, msg!("block-twice", block = id))
                    .at(at())
                    .hint(msg!("block-twice-hint")),
            );
            continue;
        }
        let Some(block) = known.iter().find(|b| &b.id == id) else {
            let ids: Vec<String> = known.iter().map(|b| b.id.clone()).collect();
            errors.push(
                Diagnostic::new(&file.path, msg!("no-such-block", block = id))
                    .at(at())
                    .hint(suggest(id, &ids, Allowed::Block)),
            );
            continue;
        };
        let given = opt_in
            .params
            .as_ref()
            .map(|p| p.get_ref().keys().collect::<BTreeSet<_>>())
            .unwrap_or_default();
        let params_at = || match &opt_in.params {
            Some(p) => Position::of_span(&file.text, p.span()),
            None => at(),
        };
        for missing in block.parameters.iter().filter(|p| !given.contains(p)) {
            errors.push(
                Diagnostic::new(
                    &file.path,
                    msg!("block-parameter-missing", block = id, parameter = missing),
                )
                .at(params_at())
                .hint(msg!(
                    "block-parameter-missing-hint",
                    parameter = missing,
                    file = &block.source.file
                )),
            );
        }
        for unknown in given.iter().filter(|g| !block.parameters.contains(g)) {
            let hint = match closest(unknown, block.parameters.iter().map(String::as_str)) {
                Some(best) => msg!("did-you-mean", best = best),
                None if block.parameters.is_empty() => {
                    msg!("block-takes-no-parameters", block = id)
                }
                None => msg!(
                    "block-takes-parameters",
                    block = id,
                    parameters = block.parameters.join(", ")
                ),
            };
            errors.push(
                Diagnostic::new(
                    &file.path,
                    msg!(
                        "block-parameter-unknown",
                        block = id,
                        parameter = unknown.as_str()
                    ),
                )
                .at(params_at())
                .hint(hint),
            );
        }
    }
}

/// Each purpose's `id` is its anchor (`#purpose-<id>`): slug characters, once per institution.
fn check_purpose_ids(institution: &Institution, errors: &mut Diagnostics) {
    let file = &institution.file;
    let mut seen = BTreeSet::new();
    for purpose in institution.data.purposes.get_ref() {
        let id = purpose.id.get_ref();
        let at = || Position::of_span(&file.text, purpose.id.span());
        if let Err(bad) = Slug::parse(id) {
            let hint = match bad.suggestion {
                Some(s) => msg!("purpose-id-invalid-hint-instead", id = s),
                None => msg!("purpose-id-invalid-hint"),
            };
            errors.push(
                Diagnostic::new(&file.path, msg!("purpose-id-invalid", id = id))
                    .at(at())
                    .hint(hint),
            );
        } else if !seen.insert(id.as_str()) {
            errors.push(
                Diagnostic::new(&file.path, msg!("purpose-id-twice", id = id))
                    .at(at())
                    .hint(msg!("purpose-id-twice-hint")),
            );
        }
    }
}

/// A register says what data it holds (Art. 14(1)(d)), or that its legal acts do.
fn check_registers(institution: &Institution, errors: &mut Diagnostics) {
    let file = &institution.file;
    for register in &institution.data.registers {
        if !register.has_data_categories() {
            errors.push(
                Diagnostic::new(&file.path, msg!("register-without-data"))
                    .at_span(&file.text, register.name.span())
                    .hint(msg!("register-without-data-hint")),
            );
        }
    }
}

/// A right is listed once; `not_applicable` only drops a right the legal bases would list.
fn check_rights(institution: &Institution, errors: &mut Diagnostics) {
    let file = &institution.file;
    let data = &institution.data;
    let listed = Right::applicable(data.bases_used());
    let mut seen = BTreeSet::new();
    for entry in &data.rights {
        let right = *entry.right.get_ref();
        let at = || Position::of_span(&file.text, entry.right.span());
        if !seen.insert(right) {
            errors.push(
                Diagnostic::new(&file.path, msg!("right-twice", right = right.code()))
                    .at(at())
                    .hint(msg!("right-twice-hint")),
            );
        } else if entry.not_applicable.is_some() && !listed.contains(&right) {
            errors.push(
                Diagnostic::new(
                    &file.path,
                    msg!("right-not-applicable-needless", right = right.code()),
                )
                .at(at())
                .hint(msg!("right-not-applicable-needless-hint")),
            );
        } else if entry.not_applicable.is_some() && entry.explanation.is_some() {
            errors.push(
                Diagnostic::new(
                    &file.path,
                    msg!("right-explained-and-not-applicable", right = right.code()),
                )
                .at(at())
                .hint(msg!("right-explained-and-not-applicable-hint")),
            );
        }
    }
}
