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

//!
//! This module holds the ledger's types and its file format; `load::ledger` reads and
//! verifies it, `release` commits a new one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::model::{Date, Language, Localized, SourceFile};

/// Where the ledger is, relative to the site root.
pub const FILE: &str = "content/versions/ledger.toml";

/// The ledger as read.
#[derive(Clone, Debug, Default)]
pub struct Ledger {
    /// `None` when the site has no ledger.
    pub file: Option<SourceFile>,
    /// Each record's entry, by its folder (relative to the root).
    pub records: BTreeMap<PathBuf, Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LedgerFile {
    #[serde(default)]
    pub record: Vec<Entry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub folder: Spanned<PathBuf>,
    pub latest: Spanned<Date>,
    pub lv: Option<Spanned<String>>,
    pub en: Option<Spanned<String>>,
}

impl Entry {
    pub fn head(&self, language: Language) -> Option<&Spanned<String>> {
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

impl Ledger {
    /// The version folders of the record in `folder` that are part of it.
    pub fn limit(&self, folder: &Path) -> Limit {
        match self.file {
            None => Limit::All,
            Some(_) => Limit::UpTo(self.records.get(folder).map(|e| *e.latest.get_ref())),
        }
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
