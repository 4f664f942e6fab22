//! The theme's files: templates, UI strings and static assets. `themes/default/` is always
//! read; the theme chosen in `platform.toml` overrides any of its files by name.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use walkdir::WalkDir;

use super::{Root, SourceFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Localized;

pub const DEFAULT_THEME: &str = "default";

#[derive(Debug, Default)]
pub struct ThemeFiles {
    /// Template name (`page.html`, `sections/rights.html`) → file.
    pub templates: BTreeMap<String, SourceFile>,
    /// Asset path (`style.css`) → bytes, copied to each site's `assets/`.
    pub assets: BTreeMap<String, Vec<u8>>,
    pub strings: Localized<Strings>,
    pub strings_file: Option<SourceFile>,
}

/// The theme's words, per language: labels (`skip_to_content`) and generated sections'
/// titles (`[lv.sections] controller = "…"`).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Strings {
    #[serde(default)]
    pub sections: BTreeMap<String, String>,
    #[serde(flatten)]
    pub labels: BTreeMap<String, String>,
}

pub fn load_theme(root: &Root, name: &str, errors: &mut Diagnostics) -> ThemeFiles {
    let mut theme = ThemeFiles::default();
    let mut layers = vec![DEFAULT_THEME];
    if name != DEFAULT_THEME {
        let dir = Path::new("themes").join(name);
        if !root.is_dir(&dir) {
            errors.push(
                Diagnostic::new(super::PLATFORM_FILE, format!("there is no theme `{name}`")).hint(
                    format!("create {} or set `theme = \"default\"`", dir.display()),
                ),
            );
        }
        layers.push(name);
    }
    for layer in layers {
        let dir = Path::new("themes").join(layer);
        for (name, path) in files_under(root, &dir.join("templates"), errors) {
            if let Ok(file) = root.read(&path).map_err(|e| errors.push(e)) {
                theme.templates.insert(name, file);
            }
        }
        for (name, path) in files_under(root, &dir.join("static"), errors) {
            if let Ok(file) = std::fs::read(root.dir().join(&path)) {
                theme.assets.insert(name, file);
            }
        }
        let strings_path = dir.join("strings.toml");
        if root.dir().join(&strings_path).exists() {
            if let Ok(file) = root.read(&strings_path).map_err(|e| errors.push(e)) {
                match toml::from_str::<Localized<Strings>>(&file.text) {
                    Ok(strings) => {
                        theme.strings = merge_strings(std::mem::take(&mut theme.strings), strings);
                        theme.strings_file = Some(file);
                    }
                    Err(e) => errors.push(Diagnostic::from_toml(&file.path, &file.text, 0, &e)),
                }
            }
        }
    }
    if !theme.templates.contains_key("page.html") {
        errors.push(
            Diagnostic::new(
                Path::new("themes").join(DEFAULT_THEME).join("templates"),
                "the theme has no `page.html` template",
            )
            .hint("restore themes/default/ from the repository"),
        );
    }
    theme
}

fn merge_strings(base: Localized<Strings>, over: Localized<Strings>) -> Localized<Strings> {
    let mut merged = base;
    for language in crate::model::Language::ALL {
        let over = over.get(language).clone();
        let into = merged.get_mut(language);
        into.sections.extend(over.sections);
        into.labels.extend(over.labels);
    }
    merged
}

/// Regular files under a folder, by their path inside it (with `/`), symlinks refused.
fn files_under(root: &Root, dir: &Path, errors: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    let full = root.dir().join(dir);
    if !root.is_dir(dir) {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(&full).follow_links(false).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_symlink() => errors.push(
                Diagnostic::new(
                    dir.join(e.path().strip_prefix(&full).unwrap_or(e.path())),
                    "symbolic links are not allowed in the site",
                )
                .hint("replace the link with a copy of the file it points to"),
            ),
            Ok(e) if e.file_type().is_file() => {
                let inside = e.path().strip_prefix(&full).unwrap_or(e.path());
                let name = inside
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                files.push((name, dir.join(inside)));
            }
            Ok(_) => {}
            Err(e) => errors.push(Diagnostic::new(dir, e.to_string())),
        }
    }
    files
}
