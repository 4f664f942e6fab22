//! The ledger (`content/versions/ledger.toml`): the one file that says which versions the
//! release record holds. For each record (an institution's or the platform's) it names the
//! latest version and the hash each language's chain ends with.
//!
//! It is the release's commit point: `privatums release` first writes every new version's
//! folder, then replaces the ledger with one rename, so the versions of all the pages a
//! release records appear together or not at all. A version folder later than the ledger's
//! latest is what a killed release left: the reader ignores it and the next release removes
//! it. A version the ledger names that is missing, or whose hash differs, stops the build.
//!
//! A site without a ledger keeps no record yet (or kept one before the ledger existed:
//! every folder is then read, the `version-ledger` check asks for a release, and the next
//! release writes the ledger first).

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::record::Record;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::load::{Root, SourceFile};
use crate::messages::Message;
use crate::model::{Date, Language, Localized};
use crate::msg;

/// Where the ledger is, relative to the site root.
pub const FILE: &str = "content/versions/ledger.toml";

/// The ledger as read.
#[derive(Clone, Debug, Default)]
pub struct Ledger {
    /// `None` when the site has no ledger.
    pub file: Option<SourceFile>,
    records: BTreeMap<PathBuf, Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LedgerFile {
    #[serde(default)]
    record: Vec<Entry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    folder: Spanned<PathBuf>,
    latest: Spanned<Date>,
    lv: Option<Spanned<String>>,
    en: Option<Spanned<String>>,
}

impl Entry {
    fn head(&self, language: Language) -> Option<&Spanned<String>> {
        match language {
            Language::Lv => self.lv.as_ref(),
            Language::En => self.en.as_ref(),
        }
    }
}

/// Where a record ends: its latest version and each language's last hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub latest: Date,
    pub sha256: Localized<Option<String>>,
}

/// Which of a record's version folders are part of it.
#[derive(Clone, Copy, Debug)]
pub enum Limit {
    /// No ledger: every folder.
    All,
    /// The versions up to the ledger's latest; `None` when the ledger names no version of
    /// the record.
    UpTo(Option<Date>),
}

impl Limit {
    /// Whether the folder `name` is a version of the record. A name that is not a date is
    /// read, so its error is reported rather than the folder ignored.
    pub fn admits(self, name: &str) -> bool {
        let is_date = name.len() == 10
            && name.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        match self {
            Limit::All => true,
            Limit::UpTo(_) if !is_date => true,
            Limit::UpTo(latest) => latest.is_some_and(|latest| name <= latest.iso().as_str()),
        }
    }
}

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

impl Ledger {
    /// The version folders of the record in `folder` that are part of it.
    pub fn limit(&self, folder: &Path) -> Limit {
        match self.file {
            None => Limit::All,
            Some(_) => Limit::UpTo(self.records.get(folder).map(|e| *e.latest.get_ref())),
        }
    }

    /// Where the ledger says the record ends, checked against the record as read: its
    /// latest version's folder must be there, and each language's chain must end at the
    /// hash the ledger names. `owner` says whose record it is.
    pub fn verify(&self, record: &Record, owner: Message) -> Diagnostics {
        let mut errors = Diagnostics::default();
        let (Some(file), Some(entry)) = (&self.file, self.records.get(&record.folder)) else {
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
    pub fn unknown(&self, read: &[PathBuf]) -> Diagnostics {
        let mut errors = Diagnostics::default();
        let Some(file) = &self.file else {
            return errors;
        };
        for (folder, entry) in &self.records {
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
}

#[derive(Serialize)]
struct LedgerOut {
    record: Vec<EntryOut>,
}

#[derive(Serialize)]
struct EntryOut {
    folder: String,
    latest: toml::value::Datetime,
    #[serde(skip_serializing_if = "Option::is_none")]
    lv: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    en: Option<String>,
}

/// The ledger's text for these records (folder relative to the root, and its head).
pub fn write(records: BTreeMap<PathBuf, Head>) -> String {
    let record = records
        .into_iter()
        .map(|(folder, head)| EntryOut {
            // `/` on every system: the ledger is committed and read everywhere.
            folder: folder
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
            latest: head
                .latest
                .iso()
                .parse()
                .expect("an ISO date is a TOML date"),
            lv: head.sha256.lv,
            en: head.sha256.en,
        })
        .collect();
    format!(
        "# Written by `privatums release`. Do not edit: it names the latest version of every\n\
         # record and the hash its text ends with; a version it names that is missing or\n\
         # changed stops the build, and a version folder it does not name is ignored.\n\n{}",
        toml::to_string(&LedgerOut { record }).expect("a ledger is plain TOML")
    )
}

/// Replaces the ledger under `root` with `text` in one rename: written into `staging` (a
/// folder on the same file system) first and flushed to disk, so the ledger is at every
/// instant either the old one or the new one, whole.
pub fn commit(root: &Path, staging: &Path, text: &str) -> io::Result<()> {
    let target = root.join(FILE);
    let folder = target.parent().expect("the ledger is in a folder");
    fs::create_dir_all(folder)?;
    let mut file = tempfile::NamedTempFile::new_in(staging)?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(&target).map_err(|e| e.error)?;
    sync_folder(folder)
}

/// Flushes a folder's entries (a rename into it) to disk.
pub fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}
