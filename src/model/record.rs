//! The release record: every published version of a page's text, kept in the site's own
//! sources (`institutions/<slug>/versions/`, `content/versions/` for the platform's page)
//! so it is reviewed in pull requests like any edit. One folder per version, named by its
//! date, holding `version.toml` and the text of each language that changed in it
//! (`lv.txt`, `en.txt`, the written form of `PageText`).
//!
//! Each language's versions form a hash chain: a version's `sha256` is the SHA-256 of its
//! date, the previous version's `sha256` and its text. Editing a recorded text or date,
//! or removing or reordering a past version, breaks the chain at the version after it,
//! and the site no longer builds. The ledger (`ledger`) says where each chain ends, so the
//! latest version cannot go missing either, and which folders a killed release left.

//!
//! This module holds the record's types and its file format; `load::record` reads and
//! verifies it, `release` writes new versions.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::ledger::Head;
use crate::model::{Date, Language, Localized, PageText};

/// The platform's record, beside the shared content.
pub const PLATFORM_FOLDER: &str = "content/versions";

/// The record folder of the institution in `folder` (`institutions/<slug>`).
pub fn institution_folder(folder: &Path) -> PathBuf {
    folder.join(FOLDER)
}

/// The record's folder name beside the sources it records.
pub const FOLDER: &str = "versions";
/// Each version's manifest.
pub const MANIFEST: &str = "version.toml";
/// The mark `privatums release` leaves in a version's folder until the ledger names it
/// (hidden, so never read as part of the version): a folder the ledger does not name is a
/// killed release's only with it, and may be removed; without it, it is a recorded version
/// the ledger lost.
pub const STAGED: &str = ".privatums-staged";

/// An institution's or the platform's recorded versions, oldest first.
#[derive(Clone, Debug, Default)]
pub struct Record {
    /// Relative to the site root, e.g. `institutions/pmlp/versions`.
    pub folder: PathBuf,
    pub versions: Vec<Version>,
    /// Version folders the ledger does not name, marked `STAGED` (relative to the site
    /// root): left by a killed release, ignored, removed by the next one.
    pub debris: Vec<PathBuf>,
}

#[derive(Clone, Debug)]
pub struct Version {
    pub date: Date,
    /// The text of each language recorded in this version (the others did not change).
    pub texts: Localized<Option<Recorded>>,
}

#[derive(Clone, Debug)]
pub struct Recorded {
    /// The titles of the sections added, removed or changed since the language's
    /// previous version; empty for its first.
    pub changed: Vec<String>,
    pub sha256: String,
    pub text: PageText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub date: Date,
    pub lv: Option<Entry>,
    pub en: Option<Entry>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub changed: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    pub sha256: String,
}

#[derive(Serialize)]
struct ManifestOut<'a> {
    date: toml::value::Datetime,
    #[serde(skip_serializing_if = "Option::is_none")]
    lv: Option<&'a Entry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    en: Option<&'a Entry>,
}

/// The link of the chain for `text`, recorded on `date` after the version whose hash is
/// `previous`.
pub fn chain(date: Date, previous: Option<&str>, text: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(b"privatums version\n");
    hash.update(date.iso().as_bytes());
    hash.update(b"\n");
    hash.update(previous.unwrap_or_default().as_bytes());
    hash.update(b"\n");
    hash.update(text.as_bytes());
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl Record {
    /// The versions that recorded `language`, oldest first.
    pub fn history(&self, language: Language) -> Vec<(&Version, &Recorded)> {
        self.versions
            .iter()
            .filter_map(|v| v.texts.get(language).as_ref().map(|r| (v, r)))
            .collect()
    }

    pub fn latest(&self) -> Option<&Version> {
        self.versions.last()
    }

    /// Where the record ends, as the ledger keeps it; `None` for an empty record.
    pub fn head(&self) -> Option<Head> {
        Some(Head {
            latest: self.latest()?.date,
            sha256: Localized::from_fn(|language| {
                self.history(language).pop().map(|(_, r)| r.sha256.clone())
            }),
        })
    }

    /// A new version recorded on `date` with these texts. The caller checks that `date` is
    /// later than every recorded version.
    pub fn next_version(&self, date: Date, texts: &Localized<Option<PageText>>) -> NewVersion {
        let mut files = Vec::new();
        let entries = Localized::from_fn(|language| {
            let text = texts.get(language).as_ref()?;
            let previous = self.history(language).pop().map(|(_, r)| r);
            let written = text.write();
            let entry = Entry {
                changed: match previous {
                    Some(previous) => changed_titles(&previous.text, text),
                    None => Vec::new(),
                },
                previous: previous.map(|r| r.sha256.clone()),
                sha256: chain(date, previous.map(|r| r.sha256.as_str()), &written),
            };
            files.push((format!("{}.txt", language.code()), written));
            Some(entry)
        });
        let manifest = ManifestOut {
            date: date.iso().parse().expect("an ISO date is a TOML date"),
            lv: entries.lv.as_ref(),
            en: entries.en.as_ref(),
        };
        let manifest = format!(
            "# Written by `privatums release`. Do not edit: the hashes chain every version of\n\
             # the page's text, and a changed or missing version stops the build.\n{}",
            toml::to_string(&manifest).expect("a manifest is plain TOML")
        );
        files.insert(0, (MANIFEST.to_owned(), manifest));
        let mut head = self
            .head()
            .map_or_else(|| Localized::from_fn(|_| None), |h| h.sha256);
        for language in Language::ALL {
            if let Some(entry) = entries.get(language) {
                *head.get_mut(language) = Some(entry.sha256.clone());
            }
        }
        NewVersion {
            folder: self.folder.join(date.iso()),
            files,
            head: Head {
                latest: date,
                sha256: head,
            },
        }
    }
}

/// A version `privatums release` is about to record.
pub struct NewVersion {
    /// Relative to the site root.
    pub folder: PathBuf,
    /// Each file's name and contents.
    pub files: Vec<(String, String)>,
    /// Where the record ends with it.
    pub head: Head,
}

/// The titles of the sections added, removed or changed from `old` to `new`, in the new
/// page's order (removed ones after).
pub fn changed_titles(old: &PageText, new: &PageText) -> Vec<String> {
    let mut titles: Vec<String> = new
        .sections
        .iter()
        .filter(|s| old.section(&s.id) != Some(*s))
        .map(|s| s.title.clone())
        .collect();
    titles.extend(
        old.sections
            .iter()
            .filter(|s| new.section(&s.id).is_none())
            .map(|s| s.title.clone()),
    );
    titles
}
