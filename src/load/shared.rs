//! The platform's side: `platform.toml`, the shared content in each language (sections,
//! cookie texts, blocks) and its pairing across languages.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{
    markdown, markdown_in, missing, one, pairing, sections, CategoryText, Root, SharedContent,
    SourceFile, PLATFORM_FILE,
};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{CookieCategory, Language, Localized, Platform};
use crate::msg;

pub(super) fn load_platform(root: &Root) -> Result<(Platform, SourceFile), Diagnostics> {
    let file = root
        .read(Path::new(PLATFORM_FILE))
        .map_err(|e| e.hint(msg!("platform-file-missing-hint")))?;
    let platform = missing::from_toml(&file.path, &file.text, 0, &file.text)?;
    Ok((platform, file))
}

pub(super) fn load_shared(
    root: &Root,
    language: Language,
    errors: &mut Diagnostics,
) -> SharedContent {
    let dir = PathBuf::from("content").join(language.code());
    if !root.is_dir(&dir) {
        errors.push(
            Diagnostic::new(
                &dir,
                msg!("shared-content-missing", language = language.code()),
            )
            .hint(msg!("shared-content-missing-hint", folder = &dir)),
        );
        return SharedContent::default();
    }
    let mut content = SharedContent {
        policy: markdown_in(root, &dir.join("policy"), errors, sections::shared_section),
        cookies: one(root, &dir.join("cookies.md"), errors, sections::cookie_text),
        cookie_settings: one(
            root,
            &dir.join("cookie-settings.md"),
            errors,
            sections::cookie_text,
        ),
        cookie_categories: load_categories(root, &dir.join("cookie-categories"), errors),
        blocks: markdown_in(root, &dir.join("blocks"), errors, sections::block),
    };
    content.policy.sort_by_key(|s| s.order);
    content
}

/// The files that failed to load since the first `before` errors: their translations are
/// not reported as missing a counterpart, the file's own error says it all.
pub(super) fn failed_files(errors: &Diagnostics, before: usize) -> BTreeSet<PathBuf> {
    errors.iter().skip(before).map(|d| d.file.clone()).collect()
}

pub(super) fn check_shared_pairs(
    content: &Localized<SharedContent>,
    failed: &BTreeSet<PathBuf>,
    errors: &mut Diagnostics,
) {
    let sections = content.map(|_, c| {
        let policy = c.policy.iter().map(|s| pairing::Entry {
            id: &s.id,
            file: &s.source.file,
            at: &s.id_at,
        });
        let cookies = c
            .cookies
            .iter()
            .chain(&c.cookie_settings)
            .map(|s| pairing::Entry {
                id: &s.id,
                file: &s.source.file,
                at: &s.id_at,
            });
        policy.chain(cookies).collect::<Vec<_>>()
    });
    pairing::check_ids(&sections, "section", failed, errors);
    let blocks = content.map(|_, c| {
        c.blocks
            .iter()
            .map(|b| pairing::Entry {
                id: &b.id,
                file: &b.source.file,
                at: &b.id_at,
            })
            .collect::<Vec<_>>()
    });
    pairing::check_ids(&blocks, "block", failed, errors);
}

fn load_categories(root: &Root, dir: &Path, errors: &mut Diagnostics) -> Vec<CategoryText> {
    let (files, listing_errors) = root.markdown_files(dir);
    errors.0.extend(listing_errors);
    for file in &files {
        let stem = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if CookieCategory::from_id(stem).is_none() {
            let known: Vec<String> = CookieCategory::ALL
                .iter()
                .map(|c| format!("{}.md", c.id()))
                .collect();
            errors.push(
                Diagnostic::new(file, msg!("not-a-cookie-category", name = stem)).hint(
                    crate::diagnostic::suggest(
                        &format!("{stem}.md"),
                        &known,
                        crate::diagnostic::Allowed::FileName,
                    ),
                ),
            );
        }
    }
    CookieCategory::ALL
        .into_iter()
        .filter_map(|category| {
            let path = dir.join(format!("{}.md", category.id()));
            one(
                root,
                &path,
                errors,
                |parsed: markdown::Parsed<sections::CategoryFront>| {
                    Ok(CategoryText {
                        category,
                        title: parsed.front.title,
                        source: parsed.source,
                    })
                },
            )
        })
        .collect()
}
