//! Untranslated text: prose given once for both languages, or Markdown identical in both.

use crate::check::texts::{Origin, TextItem};
use crate::check::{Finding, Rule};
use crate::diagnostic::Diagnostic;
use crate::model::Language;
use crate::msg;

/// TOML keys that hold sentences, which need translating; names and addresses don't.
pub(super) const PROSE_KEYS: [&str; 21] = [
    "transfers",
    "legitimate_interests",
    "statutory_requirement",
    "automated_decisions",
    "data_protection_officer.note",
    "responsible_person.responsible_for",
    "requests.email_note",
    "requests.in_person",
    "retention.intro",
    "recipients.intro",
    "purposes.description",
    "purposes.retention",
    "purposes.data_categories",
    "purposes.source",
    "registers.data_categories",
    "registers.retention",
    "retention.rules",
    "recipients.categories",
    "rights.explanation",
    "rights.not_applicable",
    "cookies.purpose",
];

/// Prose given once for both languages, or Markdown identical in both.
/// `institution_texts` lists each TOML value as an `lv` item followed by its `en` item.
pub(super) fn untranslated(items: &[TextItem], findings: &mut Vec<Finding>) {
    let mut identical = Vec::new();
    for pair in items.windows(2) {
        let (lv, en) = (&pair[0], &pair[1]);
        let same_value = match (&lv.origin, &en.origin) {
            (Origin::Toml { key: a, .. }, Origin::Toml { key: b, .. }) => {
                a == b && lv.file == en.file
            }
            _ => false,
        };
        let prose = matches!(&lv.origin, Origin::Toml { key, .. } if PROSE_KEYS.contains(key));
        if same_value
            && prose
            && lv.language == Language::Lv
            && lv.text == en.text
            && lv.text.split_whitespace().count() >= 4
        {
            identical.push(lv);
        }
    }
    for lv in items
        .iter()
        .filter(|i| i.language == Language::Lv && matches!(i.origin, Origin::Markdown(_)))
    {
        let twin = items.iter().find(|en| {
            en.language == Language::En
                && matches!(en.origin, Origin::Markdown(_))
                && en.file.file_name() == lv.file.file_name()
        });
        if twin.is_some_and(|en| en.text.trim() == lv.text.trim() && !lv.text.trim().is_empty()) {
            identical.push(lv);
        }
    }
    for item in identical {
        let first_line = item
            .text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or(item.text);
        findings.push(
            Finding::new(
                Rule::IdenticalTranslation,
                Diagnostic::new(item.file, msg!("untranslated-text"))
                    .at(item.position_of(first_line.trim()))
                    .hint(msg!("untranslated-text-hint")),
            )
            .language(Language::En),
        );
    }
}
