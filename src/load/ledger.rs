//! Reading the ledger (`model::ledger`) and checking each record against it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::files::Root;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::messages::Message;
use crate::model::ledger::{Ledger, LedgerFile, FILE};
use crate::model::record::Record;
use crate::model::Language;
use crate::msg;

/// Reads the ledger; a missing one is an empty ledger without a file.
pub fn read(root: &Root) -> Result<Ledger, Diagnostics> {
    let path = Path::new(FILE);
    if !root.is_file(path) {
        return Ok(Ledger::default());
    }
    let file = root.read(path)?;
    let parsed: LedgerFile =
        toml::from_str(&file.text).map_err(|e| Diagnostic::from_toml(path, &file.text, 0, &e))?;
    let mut errors = Diagnostics::default();
    let mut records = BTreeMap::new();
    for entry in parsed.record {
        let folder = entry.folder.get_ref().clone();
        if records.contains_key(&folder) {
            errors.push(
                Diagnostic::new(path, msg!("ledger-record-twice", folder = &folder))
                    .at(Position::of_span(&file.text, entry.folder.span()))
                    .hint(msg!("ledger-restore-hint", ledger = FILE)),
            );
            continue;
        }
        records.insert(folder, entry);
    }
    errors.into_result(Ledger {
        file: Some(file),
        records,
    })
}

/// Where the ledger says the record ends, checked against the record as read: its
/// latest version's folder must be there, and each language's chain must end at the
/// hash the ledger names. `owner` says whose record it is.
pub fn verify(ledger: &Ledger, record: &Record, owner: Message) -> Diagnostics {
    let mut errors = Diagnostics::default();
    let (Some(file), Some(entry)) = (&ledger.file, ledger.records.get(&record.folder)) else {
        return errors;
    };
    let at = |span| Position::of_span(&file.text, span);
    let latest = *entry.latest.get_ref();
    if !record.versions.iter().any(|v| v.date == latest) {
        let folder = record.folder.join(latest.iso());
        errors.push(
            Diagnostic::new(
                &file.path,
                msg!(
                    "ledger-version-gone",
                    version = latest.iso(),
                    owner = owner.clone()
                ),
            )
            .at(at(entry.latest.span()))
            .hint(msg!("ledger-version-gone-hint", folder = &folder)),
        );
        return errors;
    }
    for language in Language::ALL {
        let recorded = record.history(language).pop().map(|(v, r)| (v.date, r));
        let named = entry.head(language);
        if recorded.map(|(_, r)| r.sha256.as_str()) == named.map(|s| s.get_ref().as_str()) {
            continue;
        }
        let span = named.map_or(entry.latest.span(), |s| s.span());
        errors.push(
            Diagnostic::new(
                &file.path,
                msg!(
                    "ledger-head-differs",
                    language = language.code(),
                    owner = owner.clone(),
                    version = recorded.map_or("–".to_owned(), |(date, _)| date.iso())
                ),
            )
            .at(at(span))
            .hint(msg!("ledger-restore-hint", ledger = FILE)),
        );
    }
    errors
}

/// The ledger's records whose folder is not one of `read` (the records the site has).
pub fn unknown(ledger: &Ledger, read: &[PathBuf]) -> Diagnostics {
    let mut errors = Diagnostics::default();
    let Some(file) = &ledger.file else {
        return errors;
    };
    for (folder, entry) in &ledger.records {
        if !read.contains(folder) {
            errors.push(
                Diagnostic::new(
                    &file.path,
                    msg!(
                        "ledger-version-gone",
                        version = entry.latest.get_ref().iso(),
                        owner = folder
                    ),
                )
                .at(Position::of_span(&file.text, entry.folder.span()))
                .hint(msg!(
                    "ledger-version-gone-hint",
                    folder = &folder.join(entry.latest.get_ref().iso())
                )),
            );
        }
    }
    errors
}
