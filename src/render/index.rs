//! The index page's list of institutions, in the alphabetical order of the page's language
//! (Unicode collation with CLDR's Latvian rules: "Ādaži" with the A's, "Čaka" after every C).

use std::cmp::Ordering;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;
use serde::Serialize;

use super::urls;
use crate::load::{Listing, Site};
use crate::merge::PageKind;
use crate::model::{Language, Localized};

#[derive(Serialize)]
pub(super) struct IndexEntry {
    pub name: String,
    pub href: String,
}

/// One collator per language, built once from the data compiled into icu_collator.
static COLLATORS: LazyLock<Localized<CollatorBorrowed<'static>>> = LazyLock::new(|| {
    let collator = |locale: icu_locale_core::Locale| {
        Collator::try_new(locale.into(), CollatorOptions::default())
            .expect("icu_collator's compiled data has every language privatums publishes in")
    };
    Localized {
        lv: collator(locale!("lv")),
        en: collator(locale!("en")),
    }
});

/// Compares two names as a dictionary in `language` orders them.
pub fn compare(language: Language, a: &str, b: &str) -> Ordering {
    COLLATORS.get(language).compare(a, b)
}

pub(super) fn index_entries(
    site: &Site,
    institutions: &[Listing],
    language: Language,
    root: &str,
) -> Vec<IndexEntry> {
    // Every institution's page has the same path on its site.
    let path = urls::site_path(site, &PageKind::Platform, language);
    let mut entries: Vec<IndexEntry> = institutions
        .iter()
        .map(|i| IndexEntry {
            name: i.name.to_string_in(language),
            href: format!("{root}{}/{path}", i.slug),
        })
        .collect();
    entries.sort_by(|a, b| compare(language, &a.name, &b.name));
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(language: Language, names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        names.sort_by(|a, b| compare(language, a, b));
        names
    }

    #[test]
    fn latvian_letters_sort_as_in_a_latvian_dictionary() {
        assert_eq!(
            sorted(
                Language::Lv,
                &[
                    "Zilupes novads",
                    "Ādažu novads",
                    "Cēsu novads",
                    "Čaka iela",
                    "Aizkraukle",
                    "Šķēde",
                    "Saldus"
                ]
            ),
            [
                "Aizkraukle",
                "Ādažu novads",
                "Cēsu novads",
                "Čaka iela",
                "Saldus",
                "Šķēde",
                "Zilupes novads"
            ]
        );
    }

    #[test]
    fn english_names_ignore_latvian_accents_for_order() {
        assert_eq!(
            sorted(Language::En, &["Zilupe", "Šķēde", "Ādaži", "Saldus"]),
            ["Ādaži", "Saldus", "Šķēde", "Zilupe"]
        );
    }
}
