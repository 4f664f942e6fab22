//! Each section in every language, once: a file in `lv/` needs its translation in `en/`,
//! and no two files in a folder may share an id.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::model::{Language, Localized};
use crate::msg;

/// One file that declares an id.
pub struct Entry<'a> {
    pub id: &'a str,
    pub file: &'a Path,
    pub at: &'a Position,
}

/// Each id at most once per language, and in every language. A missing translation whose
/// file is among `failed` (it exists but could not be read) is not reported again.
pub fn check_ids(
    entries: &Localized<Vec<Entry>>,
    what: &str,
    failed: &BTreeSet<PathBuf>,
    errors: &mut Diagnostics,
) {
    let by_id = entries.map(|_, list| {
        let mut seen: BTreeMap<&str, &Entry> = BTreeMap::new();
        for entry in list {
            if let Some(first) = seen.get(entry.id) {
                errors.push(
                    Diagnostic::new(entry.file, msg!("duplicate-id", what = what, id = entry.id))
                        .at(entry.at.clone())
                        .hint(msg!("duplicate-id-hint", file = first.file)),
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
                let unreadable = failed.contains(&translated_path(entry.file, language, other));
                if !missing_in.contains_key(id) && !unreadable {
                    errors.push(missing_translation(what, id, entry, language, other));
                }
            }
        }
    }
}

fn missing_translation(
    what: &str,
    id: &str,
    entry: &Entry,
    has: Language,
    lacks: Language,
) -> Diagnostic {
    let translation = translated_path(entry.file, has, lacks);
    Diagnostic::new(
        entry.file,
        msg!(
            "missing-translation",
            what = what,
            id = id,
            has = has.code(),
            lacks = lacks.code()
        ),
    )
    .at(entry.at.clone())
    .hint(msg!(
        "missing-translation-hint",
        what = what,
        id = id,
        file = &translation
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
