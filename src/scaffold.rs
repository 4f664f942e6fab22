//! `privatums new institution <slug>`: a new institution's folder with every file it
//! needs, each value it can't know marked `TODO: …`. The build rejects the skeleton at each
//! marker (see `load/todo.rs`), so an unfinished page can't be published by accident.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::diagnostic::Diagnostic;
use crate::load::{INSTITUTION_FILE, PLATFORM_FILE};
use crate::model::{Date, Slug};
use crate::msg;

/// What `new institution` created: the folder and its files, relative to the site root.
#[derive(Debug)]
pub struct NewInstitution {
    pub folder: PathBuf,
    pub files: Vec<PathBuf>,
}

impl fmt::Display for NewInstitution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", msg!("created", folder = &self.folder))?;
        for file in &self.files {
            writeln!(f, "  {}", file.display())?;
        }
        write!(f, "{}", msg!("created-next"))
    }
}

/// The files of the skeleton: path inside the institution's folder, then text.
const FILES: [(&str, &str); 5] = [
    (INSTITUTION_FILE, INSTITUTION_TOML),
    ("lv/introduction.md", INTRODUCTION_LV),
    ("en/introduction.md", INTRODUCTION_EN),
    ("lv/security.md", SECURITY_LV),
    ("en/security.md", SECURITY_EN),
];

/// Creates `institutions/<slug>/` under `root`. Refuses a slug that isn't one and a folder
/// that already exists; writes nothing then.
pub fn new_institution(root: &Path, slug: &str) -> Result<NewInstitution, Diagnostic> {
    let folder = Path::new("institutions").join(slug);
    let slug = Slug::parse(slug).map_err(|bad| {
        let hint = match bad.suggestion {
            Some(s) => msg!("slug-use-instead", slug = s),
            None => msg!("slug-use-instead-example"),
        };
        Diagnostic::new(&folder, bad.reason).hint(hint)
    })?;
    if !root.join(PLATFORM_FILE).is_file() {
        return Err(
            Diagnostic::new(root, msg!("not-a-site-root")).hint(msg!("not-a-site-root-hint"))
        );
    }
    let target = root.join(&folder);
    if fs::symlink_metadata(&target).is_ok() {
        return Err(
            Diagnostic::new(&folder, msg!("institution-exists", slug = slug.as_str()))
                .hint(msg!("institution-exists-hint", folder = &folder)),
        );
    }
    let io_error =
        |e: std::io::Error| Diagnostic::new(&folder, msg!("not-created", detail = e.to_string()));
    // Written beside the institutions in a hidden folder of the root (which neither the
    // build nor `serve` reads) and renamed into place, so the folder appears complete.
    let staging = tempfile::Builder::new()
        .prefix(".privatums-new-")
        .tempdir_in(root)
        .map_err(io_error)?;
    let updated = today().iso();
    let mut files = Vec::with_capacity(FILES.len());
    for (name, template) in FILES {
        let path = staging.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error)?;
        }
        let text = template
            .replace("{slug}", slug.as_str())
            .replace("{updated}", &updated);
        fs::write(&path, text).map_err(io_error)?;
        files.push(folder.join(name));
    }
    fs::create_dir_all(root.join("institutions")).map_err(io_error)?;
    // A rename onto a folder created meanwhile fails rather than merging into it.
    fs::rename(staging.path(), &target).map_err(io_error)?;
    Ok(NewInstitution { folder, files })
}

/// Today's date (UTC), for `updated`.
fn today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(u16::MAX),
        month: u8::try_from(month).unwrap_or(1),
        day: u8::try_from(day).unwrap_or(1),
    }
}

const INSTITUTION_TOML: &str = r#"# {slug}: the institution's own part of its privacy page.
#
# Written by `privatums new institution {slug}`. Replace every "TODO: …" with the
# institution's own value: the build refuses the page while a TODO is left and points at
# each one. Every key is described in docs/content-model.md (latviski: docs/satura-modelis.md).
#
# A text is written once when it is the same in both languages (`email = "…"`) or once per
# language (`{ lv = "…", en = "…" }`). Keep the lines of this first part above the first
# [table] header: TOML reads a `key = value` line as part of the table above it.

# When this part last changed: set it to the day you publish a change.
updated = {updated}
# The institution's website; the canonical addresses of its pages start here.
website = "https://www.TODO.gov.lv"
# The number in the register of state institutions: 11 digits.
registration_number = "TODO: 11 digits"
# The legal address.
address = "TODO: street and number, town, LV-0000"
email = "TODO: pasts@iestade.gov.lv"
phone = "TODO: 67000000"
# Transfers of personal data to third countries and their safeguards, or a sentence
# saying there are none.
transfers = { lv = "TODO: nodošana uz trešajām valstīm latviski", en = "TODO: transfers to third countries in English" }
# Whether providing personal data is required by law or by a contract, and what follows
# if a person does not provide them (GDPR Art. 13(2)(e)).
statutory_requirement = { lv = "TODO: pienākums sniegt datus latviski", en = "TODO: the statutory requirement in English" }
# Automated decision-making and profiling, or a sentence saying there is none
# (GDPR Art. 13(2)(f)).
automated_decisions = { lv = "TODO: automatizēti lēmumi latviski", en = "TODO: automated decisions in English" }
# Needed only when a purpose below uses legal basis "f" (legitimate interests):
# legitimate_interests = { lv = "…", en = "…" }

# The name in the nominative, as the index of institutions and the page header show it.
[name]
lv = "TODO: nosaukums latviski"
en = "TODO: the name in English"

# How the policy's text refers to the institution, e.g. "Pārvalde" / "the Office".
# Optional: remove the table and the text uses the name.
[short_name]
lv = "TODO: īsais nosaukums, piemēram, Pārvalde"
en = "TODO: the short name, e.g. the Office"

# A person responsible for personal data processing who is not the DPO. Optional:
# [responsible_person]
# name = "…"
# position = { lv = "…", en = "…" }
# responsible_for = { lv = "…", en = "…" }   # e.g. the website; optional
# email = "…"
# phone = "…"                                # optional; a list for several

# The data protection officer: an e-mail address at least.
[data_protection_officer]
email = "TODO: das@iestade.gov.lv"
# name = "…"
# position = { lv = "…", en = "…" }
# phone = "…"

# Each purpose of processing with its legal bases, GDPR Art. 6(1) points "a"–"f" (the page
# words them). "e", a task in the public interest, is only a first guess: check it.
# Copy the whole [[purposes]] table for each further purpose.
[[purposes]]
# The purpose's address on the page (#purpose-<id>): lowercase letters, digits and `-`;
# rename it after the purpose, e.g. "applications".
id = "purpose-1"
name = { lv = "TODO: īss nosaukums latviski", en = "TODO: a short name in English" }
description = { lv = "TODO: nolūks latviski", en = "TODO: the purpose in English" }
legal_bases = ["e"]
# The categories of personal data processed for this purpose.
data_categories = { lv = "TODO: datu kategorijas latviski", en = "TODO: the categories of data in English" }
# How long the data of this purpose are kept (required).
retention = { lv = "TODO: glabāšanas laiks latviski", en = "TODO: how long the data are kept, in English" }
# Optional: legal_acts = [{ lv = "…", en = "…" }], recipients = [{ lv = "…", en = "…" }],
# source = { lv = "…", en = "…" } (where the data come from, when not from the person).

# Registers and information systems the institution keeps. Optional, one table each:
# [[registers]]
# name = { lv = "…", en = "…" }
# legal_acts = [{ lv = "…", en = "…" }]
# data_categories = { lv = "…", en = "…" }   # or data_categories_in_legal_acts = true
# retention = { lv = "…", en = "…" }         # optional

# How long personal data are kept in general: one rule per line.
[retention]
rules = [
  { lv = "TODO: glabāšanas noteikums latviski", en = "TODO: a retention rule in English" },
]

# Who receives personal data: one category per line.
[recipients]
categories = [
  { lv = "TODO: saņēmēju kategorija latviski", en = "TODO: a category of recipients in English" },
]

# How a person submits a request about their data, in your own words. At least one way:
# `post` (with the address), `email` (with `email_note`, e.g. a secure e-signature, if you
# require one), `e_address = true` (the official e-address) or `in_person`.
[requests]
email = "TODO: pasts@iestade.gov.lv"
e_address = true

# Shared chapters (SIS, VIS) and cookies only this institution's site sets, if any: see
# docs/content-model.md, "[[blocks]]" and "[[cookies]]".
"#;

const INTRODUCTION_LV: &str = r#"+++
id = "introduction"
title = "Ievads"
order = 5
+++

TODO: uzrakstiet ievadu: kas ir iestāde un kāpēc tā apstrādā personas datus.
"#;

const INTRODUCTION_EN: &str = r#"+++
id = "introduction"
title = "Introduction"
order = 5
+++

TODO: write the introduction: who the institution is and why it processes personal data.
"#;

const SECURITY_LV: &str = r#"+++
id = "security"
title = "Personas datu drošība"
order = 85
+++

TODO: aprakstiet, kā iestāde aizsargā personas datus.
"#;

const SECURITY_EN: &str = r#"+++
id = "security"
title = "Security of personal data"
order = 85
+++

TODO: describe how the institution protects personal data.
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_count_from_the_epoch() {
        assert_eq!(civil_date(0).iso(), "1970-01-01");
        assert_eq!(civil_date(19_782).iso(), "2024-02-29");
        assert_eq!(civil_date(20_779).iso(), "2026-11-22");
    }
}
