//! One institution's folder: `institution.toml`, its sections in each language, its
//! release record.

use std::path::Path;

use super::{
    failed_files, ledger, markdown_in, missing, pairing, record, sections, todo, Institution, Root,
    Site, INSTITUTION_FILE,
};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{InstitutionData, Localized, Slug};
use crate::msg;

/// Loads the institution in `folder` (`institutions/<slug>`) against the site's ledger.
pub fn institution(root: &Root, site: &Site, folder: &Path) -> Result<Institution, Diagnostics> {
    institution_in(root, &site.ledger, folder)
}

/// Loads one institution's folder on its own (for a reload after an edit).
pub fn load_one_institution(root: &Root, folder: &Path) -> Result<Institution, Diagnostics> {
    // The ledger as it is now: a release may have written it since the site was loaded.
    let ledger = ledger::read(root)?;
    institution_in(root, &ledger, folder)
}

pub(super) fn institution_in(
    root: &Root,
    ledger: &crate::model::ledger::Ledger,
    folder: &Path,
) -> Result<Institution, Diagnostics> {
    let mut errors = Diagnostics::default();
    let institution = load_institution(&root.pass(), folder, ledger, &mut errors);
    errors.into_result(())?;
    institution.ok_or_else(|| Diagnostic::new(folder, msg!("institution-not-loaded")).into())
}

fn load_institution(
    root: &Root,
    folder: &Path,
    ledger: &crate::model::ledger::Ledger,
    errors: &mut Diagnostics,
) -> Option<Institution> {
    let name = folder.file_name()?.to_string_lossy().into_owned();
    let slug = match Slug::parse(&name) {
        Ok(slug) => Some(slug),
        Err(bad) => {
            let hint = match bad.suggestion {
                Some(s) => msg!("slug-rename-folder-to", slug = s),
                None => msg!("slug-rename-folder"),
            };
            errors.push(Diagnostic::new(folder, bad.reason).hint(hint));
            None
        }
    };
    let data = root
        .read(&folder.join(INSTITUTION_FILE))
        .map_err(Diagnostics::from)
        .and_then(|file| {
            // Parsed once: the TODO markers are read from the same table serde reads.
            let document = missing::parse(&file.path, &file.text, 0, &file.text)?;
            todo::check_toml(&file, document.table(), errors);
            let data = document
                .into_typed::<InstitutionData>()
                .map_err(|e| Diagnostics(e.0.into_iter().map(misplaced_top_level_key).collect()))?;
            Ok((data, file))
        })
        .map_err(|e| errors.extend(e))
        .ok();
    let before = errors.len();
    let sections = Localized::from_fn(|language| {
        let sections = markdown_in(
            root,
            &folder.join(language.code()),
            errors,
            sections::institution_section,
        );
        for section in &sections {
            todo::check_section(&section.source, language, errors);
        }
        sections
    });
    let entries = sections.map(|_, list| {
        list.iter()
            .map(|s| pairing::Entry {
                id: &s.id,
                file: &s.source.file,
                at: &s.id_at,
            })
            .collect::<Vec<_>>()
    });
    pairing::check_ids(&entries, "section", &failed_files(errors, before), errors);
    let versions = record::read(
        root,
        &crate::model::record::institution_folder(folder),
        ledger,
        msg!("versions-owner-institution", slug = &name),
    )
    .map_err(|e| errors.extend(e))
    .ok();
    let (mut data, file) = data?;
    // From here on the model holds only what the institution said.
    let inferences = data.withhold_inferences();
    Some(Institution {
        slug: slug?,
        data,
        inferences,
        file,
        sections,
        versions: versions?,
    })
}

/// `transfers = …` written below `[recipients]` is read as `recipients.transfers`: say so.
fn misplaced_top_level_key(diagnostic: Diagnostic) -> Diagnostic {
    let key = (diagnostic.message.id() == "unknown-key")
        .then(|| diagnostic.message.text_arg("key"))
        .flatten()
        .map(str::to_owned);
    match key {
        Some(key) if crate::model::TOP_LEVEL_VALUES.contains(&key.as_str()) => {
            diagnostic.hint(msg!("misplaced-top-level-key-hint", key = key))
        }
        _ => diagnostic,
    }
}
