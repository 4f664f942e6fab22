//! The theme's files: templates, UI strings and static assets. `themes/default/` is always
//! read; the theme chosen in `platform.toml` overrides any of its files by name.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Root, SourceFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Localized;
use crate::msg;
use serde::Deserialize;

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
                Diagnostic::new(super::PLATFORM_FILE, msg!("no-such-theme", theme = name))
                    .hint(msg!("no-such-theme-hint", folder = &dir)),
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
            match root.read_bytes(&path) {
                Ok(bytes) => {
                    theme.assets.insert(name, bytes);
                }
                Err(e) => errors.push(e),
            }
        }
        let strings_path = dir.join("strings.toml");
        if root.is_file(&strings_path) {
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
                msg!("theme-without-page"),
            )
            .hint(msg!("theme-without-page-hint")),
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
    let (files, walk_errors) = root.files_below(dir);
    errors.0.extend(walk_errors);
    files
        .into_iter()
        .map(|path| {
            let inside = path.strip_prefix(dir).unwrap_or(&path);
            let name = inside
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            (name, path)
        })
        .collect()
}
