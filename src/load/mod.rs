//! Load: files → typed model. Every file is parsed on its own and every error is kept, so
//! one build reports all of an editor's mistakes at once. Nothing here compares files with
//! each other; that is `validate`'s job.

mod files;
mod institution;
mod ledger;
mod markdown;
pub mod media;
mod missing;
mod pairing;
mod record;
mod sections;
mod shared;
mod text;
mod theme;
mod todo;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use crate::model::{SourceFile, INSTITUTION_FILE, PLATFORM_FILE};
pub use files::Root;
use institution::institution_in;
pub use institution::{institution, load_one_institution};
pub use markdown::{MarkdownSource, MARKDOWN_OPTIONS};
use shared::{check_shared_pairs, failed_files, load_platform, load_shared};
pub use theme::{Strings, ThemeFiles, DEFAULT_THEME};

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::model::{
    CookieCategory, Element, GeneratedSection, InstitutionData, Localized, Platform, Slug, Text,
};
use crate::msg;

/// Everything a build reads, typed.
#[derive(Debug)]
pub struct Site {
    pub platform: Platform,
    pub platform_file: SourceFile,
    pub content: Localized<SharedContent>,
    /// The institutions' folders (`institutions/<slug>`), sorted. An institution is loaded
    /// only when its pages are built or checked ([`institution`]) and dropped after, so a
    /// build's memory follows the institutions in progress, not the whole platform.
    pub institution_folders: Vec<PathBuf>,
    pub theme: ThemeFiles,
    /// The platform page's recorded versions (`content/versions/`).
    pub versions: crate::model::record::Record,
    /// Where every record ends (`content/versions/ledger.toml`).
    pub ledger: crate::model::ledger::Ledger,
}

/// The shared text in one language.
#[derive(Debug, Default)]
pub struct SharedContent {
    /// The platform policy's sections, by `order`.
    pub policy: Vec<Section>,
    pub cookies: Option<CookieText>,
    pub cookie_settings: Option<CookieText>,
    pub cookie_categories: Vec<CategoryText>,
    pub blocks: Vec<Block>,
}

/// A shared section: `id`, `title` and `order` are all required.
#[derive(Clone, Debug)]
pub struct Section {
    pub id: String,
    pub id_at: Position,
    pub title: String,
    pub order: i64,
    /// The GDPR elements it gives (`covers = ["13(2)(d)"]`).
    pub covers: Vec<Element>,
    pub source: MarkdownSource,
}

/// The text that opens the cookie section (`cookies.md`) or leads into the browser links
/// (`cookie-settings.md`); its place is fixed, so it has no `order`.
#[derive(Clone, Debug)]
pub struct CookieText {
    pub id: String,
    pub id_at: Position,
    pub title: String,
    pub source: MarkdownSource,
}

#[derive(Clone, Debug)]
pub struct CategoryText {
    pub category: CookieCategory,
    pub title: String,
    pub source: MarkdownSource,
}

/// A shared chapter institutions opt into.
#[derive(Clone, Debug)]
pub struct Block {
    pub id: String,
    pub id_at: Position,
    pub title: String,
    pub parameters: Vec<String>,
    /// The GDPR elements the block's text gives (`covers = ["14(1)(d)", …]`).
    pub covers: Vec<Element>,
    /// The controller of the system the chapter is about (`controller = "…"`).
    pub controller: Option<String>,
    pub source: MarkdownSource,
}

#[derive(Debug)]
pub struct Institution {
    pub slug: Slug,
    /// What the institution said: no inferred value is left in it.
    pub data: InstitutionData,
    /// The inferred values taken out of `data`, to be confirmed by the institution.
    pub inferences: Vec<crate::model::Inference>,
    pub file: SourceFile,
    pub sections: Localized<Vec<InstitutionSection>>,
    /// The page's recorded versions (`institutions/<slug>/versions/`).
    pub versions: crate::model::record::Record,
}

/// What a build keeps of an institution once its pages are written: what the index pages
/// list and what is compared across institutions.
#[derive(Clone, Debug)]
pub struct Listing {
    pub slug: Slug,
    pub name: Text,
    pub website: String,
    /// `institution.toml`, and where `website` is set in it, for the error when two
    /// institutions claim one address.
    pub file: PathBuf,
    pub website_at: Option<Position>,
    /// The registration number, and where it is set, for the error when two institutions
    /// give one (a copied folder).
    pub registration_number: String,
    pub registration_number_at: Option<Position>,
    /// Whether the institution's page has recorded versions.
    pub recorded: bool,
}

impl Institution {
    pub fn listing(&self) -> Listing {
        let website = &self.data.website;
        let number = &self.data.registration_number;
        let at = |value: &str| {
            let text = &self.file.text;
            text.find(value)
                .map(|at| Position::of_span(text, at..at + value.len()))
        };
        Listing {
            slug: self.slug.clone(),
            name: self.data.name.clone(),
            website: website.clone(),
            file: self.file.path.clone(),
            website_at: at(website),
            registration_number: number.clone(),
            registration_number_at: at(number),
            recorded: !self.versions.versions.is_empty(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct InstitutionSection {
    pub id: String,
    pub id_at: Position,
    pub placement: Placement,
    /// The GDPR elements this free text gives (`covers = ["13(2)(e)"]`), for `check`.
    pub covers: Vec<Element>,
    pub source: MarkdownSource,
}

/// Where an institution's Markdown goes on its page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    /// A section of its own, placed by `order` among the generated ones.
    Own { title: String, order: i64 },
    /// Text added at the end of a generated section.
    Extends(GeneratedSection),
}

/// Reads and parses the site under `root`.
pub fn load(root: &Root) -> Result<Site, Diagnostics> {
    let root = &root.pass();
    let mut errors = Diagnostics::default();
    let platform = load_platform(root).map_err(|e| errors.extend(e)).ok();
    let theme_name = platform
        .as_ref()
        .map_or(DEFAULT_THEME, |(p, _)| p.theme.as_str());
    let theme = theme::load_theme(root, theme_name, &mut errors);
    let before = errors.len();
    let content = Localized::from_fn(|language| load_shared(root, language, &mut errors));
    let failed = failed_files(&errors, before);
    check_shared_pairs(&content, &failed, &mut errors);
    let ledger = ledger::read(root)
        .map_err(|e| errors.extend(e))
        .unwrap_or_default();
    let (institution_folders, listing_errors) = root.folders(Path::new("institutions"));
    errors.0.extend(listing_errors);
    let platform_record = Path::new(crate::model::record::PLATFORM_FOLDER);
    let versions = record::read(
        root,
        platform_record,
        &ledger,
        msg!("versions-owner-platform"),
    )
    .map_err(|e| errors.extend(e))
    .unwrap_or_default();
    if errors.is_empty() {
        let mut records: Vec<PathBuf> = institution_folders
            .iter()
            .map(|folder| crate::model::record::institution_folder(folder))
            .collect();
        records.push(platform_record.to_path_buf());
        errors.extend(ledger::unknown(&ledger, &records));
    }
    if !errors.is_empty() {
        // One run reports everything: the institutions' own mistakes too, though no page
        // can be built without the platform.
        let loaded: Vec<Diagnostics> = institution_folders
            .par_iter()
            .map(|folder| {
                institution_in(root, &ledger, folder)
                    .err()
                    .unwrap_or_default()
            })
            .collect();
        loaded.into_iter().for_each(|e| errors.extend(e));
    }
    errors.into_result(())?;
    // No errors means platform.toml loaded.
    let (platform, platform_file) =
        platform.expect("a platform.toml that failed to load is an error");
    Ok(Site {
        platform,
        platform_file,
        content,
        institution_folders,
        theme,
        versions,
        ledger,
    })
}

/// Parses every Markdown file in a folder with `make`, keeping the errors.
pub(super) fn markdown_in<F: serde::de::DeserializeOwned, T>(
    root: &Root,
    dir: &Path,
    errors: &mut Diagnostics,
    make: impl Fn(markdown::Parsed<F>) -> Result<T, Diagnostic>,
) -> Vec<T> {
    let (files, listing_errors) = root.markdown_files(dir);
    errors.0.extend(listing_errors);
    if files.len() > crate::limits::MAX_FILES_PER_FOLDER {
        errors.push(
            Diagnostic::new(
                dir,
                msg!(
                    "too-many-files",
                    files = files.len(),
                    limit = crate::limits::MAX_FILES_PER_FOLDER
                ),
            )
            .hint(msg!("too-many-files-hint")),
        );
        return Vec::new();
    }
    files
        .iter()
        .filter_map(|path| one(root, path, errors, &make))
        .collect()
}

pub(super) fn one<F: serde::de::DeserializeOwned, T>(
    root: &Root,
    path: &Path,
    errors: &mut Diagnostics,
    make: impl Fn(markdown::Parsed<F>) -> Result<T, Diagnostic>,
) -> Option<T> {
    let parsed = root
        .read(path)
        .map_err(Diagnostics::from)
        .and_then(markdown::parse)
        .map_err(|e| errors.extend(e))
        .ok()?;
    let parsed = parsed.with_media(root, errors)?;
    make(parsed).map_err(|e| errors.push(e)).ok()
}
