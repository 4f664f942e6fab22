//! Every piece of an institution's text `check` reads, with where it is written.

use crate::diagnostic::Position;
use crate::load::{Institution, MarkdownSource};
use crate::model::{stated, Language, Text};

/// A value from `institution.toml` or a Markdown body, in one language.
pub struct TextItem<'a> {
    pub file: &'a std::path::Path,
    pub language: Language,
    pub text: &'a str,
    pub origin: Origin<'a>,
}

pub enum Origin<'a> {
    /// A TOML value: its position is found by its text in the file.
    Toml {
        source: &'a str,
        key: &'static str,
    },
    Markdown(&'a MarkdownSource),
}

impl TextItem<'_> {
    /// The position of `needle` within this text (or the text's start).
    pub fn position_of(&self, needle: &str) -> Position {
        match &self.origin {
            Origin::Toml { source, .. } => {
                let start = source.find(self.text).or_else(|| source.find(needle));
                let at = start.map_or(0, |s| s + source[s..].find(needle).unwrap_or(0));
                Position::of_span(source, at..at + needle.len())
            }
            Origin::Markdown(md) => {
                let at = self.text.find(needle).unwrap_or(0);
                md.position(at..at + needle.len())
            }
        }
    }
}

/// Every text of an institution, TOML values first, then its Markdown.
pub fn institution_texts(institution: &Institution) -> Vec<TextItem<'_>> {
    let data = &institution.data;
    let mut values: Vec<(&'static str, &Text)> = vec![
        ("name", &data.name),
        ("address", &data.address),
        ("transfers", &data.transfers),
    ];
    let optional = [
        ("short_name", data.short_name.as_ref()),
        ("legitimate_interests", stated(&data.legitimate_interests)),
        ("statutory_requirement", stated(&data.statutory_requirement)),
        ("automated_decisions", stated(&data.automated_decisions)),
        (
            "data_protection_officer.note",
            data.data_protection_officer.note.as_ref(),
        ),
        ("requests.post", data.requests.get_ref().post.as_ref()),
        (
            "requests.in_person",
            data.requests.get_ref().in_person.as_ref(),
        ),
        ("retention.intro", data.retention.intro.as_ref()),
        ("recipients.intro", data.recipients.intro.as_ref()),
        (
            "legal_bases.intro",
            data.legal_bases.as_ref().and_then(|g| g.intro.as_ref()),
        ),
    ];
    values.extend(optional.iter().filter_map(|(k, v)| v.map(|v| (*k, v))));
    if let Some(person) = &data.responsible_person {
        values.push(("responsible_person.position", &person.position));
        values.extend(
            person
                .responsible_for
                .iter()
                .map(|t| ("responsible_person.responsible_for", t)),
        );
    }
    values.extend(
        data.data_protection_officer
            .position
            .iter()
            .map(|t| ("data_protection_officer.position", t)),
    );
    values.extend(
        data.requests
            .get_ref()
            .email_note
            .iter()
            .map(|t| ("requests.email_note", t)),
    );
    for purpose in data.purposes.get_ref() {
        values.push(("purposes.name", &purpose.name));
        values.push(("purposes.description", &purpose.description));
        let optional = [
            ("purposes.retention", stated(&purpose.retention)),
            ("purposes.data_categories", stated(&purpose.data_categories)),
            ("purposes.source", stated(&purpose.source)),
        ];
        values.extend(optional.iter().filter_map(|(k, v)| v.map(|v| (*k, v))));
        values.extend(
            purpose
                .legal_acts
                .iter()
                .map(|t| ("purposes.legal_acts", t)),
        );
        values.extend(
            purpose
                .recipients
                .iter()
                .map(|t| ("purposes.recipients", t)),
        );
    }
    for register in &data.registers {
        values.push(("registers.name", register.name.get_ref()));
        let optional = [
            ("registers.data_categories", &register.data_categories),
            ("registers.retention", &register.retention),
        ];
        values.extend(
            optional
                .iter()
                .filter_map(|(k, v)| v.as_ref().map(|v| (*k, v))),
        );
        values.extend(
            register
                .legal_acts
                .iter()
                .map(|t| ("registers.legal_acts", t)),
        );
    }
    values.extend(data.retention.rules.iter().map(|t| ("retention.rules", t)));
    values.extend(
        data.recipients
            .categories
            .iter()
            .map(|t| ("recipients.categories", t)),
    );
    values.extend(data.rights.iter().flat_map(|r| {
        let explanation = r.explanation.iter().map(|t| ("rights.explanation", t));
        explanation.chain(
            r.not_applicable
                .iter()
                .map(|t| ("rights.not_applicable", t)),
        )
    }));
    for block in &data.blocks {
        values.extend(
            block
                .params
                .iter()
                .flat_map(|p| p.get_ref().values())
                .map(|t| ("blocks.params", t)),
        );
    }
    for cookie in &data.cookies {
        values.extend([
            ("cookies.purpose", &cookie.purpose),
            ("cookies.provider", &cookie.provider),
            ("cookies.expiry", &cookie.expiry),
        ]);
    }
    let file = &institution.file;
    let mut items = Vec::new();
    for (key, value) in values {
        for language in Language::ALL {
            items.push(TextItem {
                file: &file.path,
                language,
                text: value.get(language),
                origin: Origin::Toml {
                    source: &file.text,
                    key,
                },
            });
        }
    }
    for language in Language::ALL {
        for section in institution.sections.get(language) {
            items.push(TextItem {
                file: &section.source.file,
                language,
                text: section.source.body(),
                origin: Origin::Markdown(&section.source),
            });
        }
    }
    items
}
