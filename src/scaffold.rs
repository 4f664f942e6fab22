//! `privatums new institution <slug>`: a new institution's folder with every file it
//! needs, each value it can't know marked `TODO: …`. The build rejects the skeleton at each
//! marker (see `load/todo.rs`), so an unfinished page can't be published by accident.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::diagnostic::{os_error, Diagnostic};
use crate::load::{INSTITUTION_FILE, PLATFORM_FILE};
use crate::model::{Date, Language, Slug};
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

/// `institution.toml` with its comments in the editor's language (the reader's, as the
/// messages are); the keys and values are the same in both (tested).
const INSTITUTION_TOML: [(Language, &str); 2] = [
    (Language::Lv, include_str!("scaffold/institution.lv.toml")),
    (Language::En, include_str!("scaffold/institution.en.toml")),
];

/// The files of the skeleton: path inside the institution's folder, then text (`None`: the
/// institution.toml of the editor's language).
const FILES: [(&str, Option<&str>); 5] = [
    (INSTITUTION_FILE, None),
    ("lv/introduction.md", Some(INTRODUCTION_LV)),
    ("en/introduction.md", Some(INTRODUCTION_EN)),
    ("lv/security.md", Some(SECURITY_LV)),
    ("en/security.md", Some(SECURITY_EN)),
];

mod like;

/// Creates `institutions/<slug>/` under `root`: the skeleton, or with `like`, a copy of that
/// institution's folder made the new one's own (`like.rs`). Refuses a slug that isn't one,
/// a folder that already exists and a `like` that is no institution; writes nothing then.
pub fn new_institution(
    root: &Path,
    slug: &str,
    like: Option<&str>,
) -> Result<NewInstitution, Diagnostic> {
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
    let like = match like {
        Some(like) => {
            let original = Path::new("institutions").join(like);
            match Slug::parse(like) {
                Ok(like) if root.join(&original).join(INSTITUTION_FILE).is_file() => Some(like),
                _ => {
                    return Err(
                        Diagnostic::new(&original, msg!("like-missing", slug = like))
                            .hint(msg!("like-missing-hint")),
                    )
                }
            }
        }
        None => None,
    };
    let io_error =
        |e: std::io::Error| Diagnostic::new(&folder, msg!("not-created", detail = os_error(&e)));
    // Written beside the institutions in a hidden folder of the root (which neither the
    // build nor `serve` reads) and renamed into place, so the folder appears complete.
    let staging = tempfile::Builder::new()
        .prefix(".privatums-new-")
        .tempdir_in(root)
        .map_err(io_error)?;
    let updated = today().iso();
    if let Some(like) = &like {
        let files = like::copy(root, like, staging.path(), &updated)?
            .into_iter()
            .map(|f| folder.join(f))
            .collect();
        fs::create_dir_all(root.join("institutions")).map_err(io_error)?;
        fs::rename(staging.path(), &target).map_err(io_error)?;
        return Ok(NewInstitution { folder, files });
    }
    let mut files = Vec::with_capacity(FILES.len());
    for (name, template) in FILES {
        let path = staging.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_error)?;
        }
        let template = template.unwrap_or_else(|| institution_toml(crate::messages::language()));
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

fn institution_toml(language: Language) -> &'static str {
    INSTITUTION_TOML
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, text)| *text)
        .expect("a skeleton per language")
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

    /// The lines an editor fills in, without the comments that explain them.
    fn keys_and_values(text: &str) -> Vec<&str> {
        text.lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .collect()
    }

    #[test]
    fn both_skeletons_have_the_same_keys_and_values() {
        let [(_, lv), (_, en)] = INSTITUTION_TOML;
        assert_eq!(keys_and_values(lv), keys_and_values(en));
        assert_ne!(lv, en, "the comments are translated");
    }

    #[test]
    fn civil_dates_count_from_the_epoch() {
        assert_eq!(civil_date(0).iso(), "1970-01-01");
        assert_eq!(civil_date(19_782).iso(), "2024-02-29");
        assert_eq!(civil_date(20_779).iso(), "2026-11-22");
    }
}
