//! Where pages live and how they link: relative links inside a site (so each
//! institution's subtree works wherever it is deployed), absolute canonical and
//! `hreflang` URLs from the institution's or platform's base URL.

use serde::Serialize;

use crate::load::Site;
use crate::merge::{PageKind, PagePlan};
use crate::model::Language;

#[derive(Clone, Debug, Serialize)]
pub struct Urls {
    /// From this page to its site's root, e.g. `../../`.
    pub root: String,
    pub canonical: String,
    pub alternates: Vec<Alternate>,
    /// The default language's version, for `hreflang="x-default"`.
    pub x_default: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Alternate {
    pub lang: &'static str,
    pub name: &'static str,
    pub href: String,
    pub relative: String,
    pub current: bool,
}

/// The page's path within its site (institution subtree or platform), e.g. `lv/privatuma-politika/`.
pub fn site_path(site: &Site, kind: &PageKind, language: Language) -> String {
    match kind {
        PageKind::Institution(_) | PageKind::Platform => {
            format!(
                "{}/{}/",
                language.code(),
                site.platform.page_path.get(language)
            )
        }
        PageKind::Index(_) if language == site.platform.default_language() => String::new(),
        PageKind::Index(_) => format!("{}/", language.code()),
    }
}

/// `../` once per folder between the page and its site's root.
pub fn root_prefix(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

pub fn urls(site: &Site, plan: &PagePlan) -> Urls {
    let base = match plan.kind {
        PageKind::Institution(i) => i.data.website.trim_end_matches('/'),
        _ => site.platform.base_url.trim_end_matches('/'),
    };
    let here = site_path(site, &plan.kind, plan.language);
    let root = root_prefix(&here);
    let alternates = alternates(site, plan.language, base, &root, |language| {
        site_path(site, &plan.kind, language)
    });
    let default = site.platform.default_language();
    Urls {
        canonical: format!("{base}/{here}"),
        x_default: format!("{base}/{}", site_path(site, &plan.kind, default)),
        root,
        alternates,
    }
}

/// The page in each of the site's languages, for the language switch and `hreflang`:
/// `path_in(language)` is its path within the site, `base` the site's URL and `root` the way
/// from this page (in `current`) to the site's root.
pub fn alternates(
    site: &Site,
    current: Language,
    base: &str,
    root: &str,
    path_in: impl Fn(Language) -> String,
) -> Vec<Alternate> {
    site.platform
        .languages()
        .iter()
        .map(|&language| {
            let path = path_in(language);
            Alternate {
                lang: language.code(),
                name: language.native_name(),
                href: format!("{base}/{path}"),
                relative: if path.is_empty() && root.is_empty() {
                    "./".to_owned()
                } else {
                    format!("{root}{path}")
                },
                current: language == current,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_prefix_climbs_one_level_per_folder() {
        assert_eq!(root_prefix(""), "");
        assert_eq!(root_prefix("en/"), "../");
        assert_eq!(root_prefix("lv/privatuma-politika/"), "../../");
    }
}
