//! The words of the version pages, in each language.

use serde::Serialize;

use crate::model::Language;

#[derive(Debug, Serialize)]
pub struct Labels {
    /// The folder of the versions under the policy page.
    pub folder: &'static str,
    /// The folder of a version's diff under the version.
    pub changes_folder: &'static str,
    pub versions: &'static str,
    pub version_of: &'static str,
    pub changes_of: &'static str,
    pub archived: &'static str,
    pub valid_until: &'static str,
    pub current: &'static str,
    pub current_page: &'static str,
    pub what_changed: &'static str,
    pub first_version: &'static str,
    pub see_changes: &'static str,
    pub all_versions: &'static str,
    pub feed: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub section_added: &'static str,
    pub section_removed: &'static str,
    pub section_changed: &'static str,
    pub unchanged_sections: &'static str,
    pub compared_with: &'static str,
    pub unreleased: &'static str,
    pub list_intro: &'static str,
    /// The banner `serve` puts on a page whose text is not yet released (a draft).
    pub draft: &'static str,
    pub draft_release: &'static str,
    pub draft_changes: &'static str,
    pub draft_mark: &'static str,
}

const LV: Labels = Labels {
    folder: "versijas",
    changes_folder: "izmainas",
    versions: "Privātuma politikas versijas",
    version_of: "Versija no",
    changes_of: "Izmaiņas versijā no",
    archived: "Šī ir arhivēta privātuma politikas versija, spēkā no",
    valid_until: "līdz",
    current: "Spēkā esošā versija",
    current_page: "Spēkā esošā privātuma politika",
    what_changed: "Kas mainījās:",
    first_version: "Pirmā reģistrētā versija.",
    see_changes: "Skatīt izmaiņas",
    all_versions: "Visas versijas",
    feed: "Izmaiņu plūsma (Atom)",
    added: "pievienots",
    removed: "svītrots",
    section_added: "pievienota sadaļa",
    section_removed: "svītrota sadaļa",
    section_changed: "mainīta sadaļa",
    unchanged_sections: "Nemainītās sadaļas",
    compared_with: "Salīdzinājumā ar versiju no",
    unreleased: "Lapā ir izmaiņas, kas vēl nav reģistrētas kā jauna versija.",
    list_intro: "Katra publicētā šīs privātuma politikas versija un tās izmaiņas salīdzinājumā ar iepriekšējo.",
    draft: "Melnraksts — atšķiras no publicētās versijas no",
    draft_release: "Publicēt:",
    draft_changes: "Izmaiņas salīdzinājumā ar publicēto versiju",
    draft_mark: "Mainīts melnrakstā",
};

const EN: Labels = Labels {
    folder: "versions",
    changes_folder: "changes",
    versions: "Privacy policy versions",
    version_of: "Version of",
    changes_of: "Changes in the version of",
    archived: "This is an archived version of the privacy policy, in force from",
    valid_until: "until",
    current: "Current version",
    current_page: "The privacy policy in force",
    what_changed: "What changed:",
    first_version: "The first recorded version.",
    see_changes: "See the changes",
    all_versions: "All versions",
    feed: "Feed of changes (Atom)",
    added: "added",
    removed: "removed",
    section_added: "section added",
    section_removed: "section removed",
    section_changed: "section changed",
    unchanged_sections: "Sections not changed",
    compared_with: "Compared with the version of",
    unreleased: "This page has changes not yet recorded as a new version.",
    list_intro:
        "Every published version of this privacy policy and what changed from the one before.",
    draft: "Draft — differs from the published version of",
    draft_release: "To publish:",
    draft_changes: "Changes against the published version",
    draft_mark: "Changed in this draft",
};

pub fn labels(language: Language) -> &'static Labels {
    match language {
        Language::Lv => &LV,
        Language::En => &EN,
    }
}
