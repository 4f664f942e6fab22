//! Paragraphs said twice on one institution's page, found by `similar`, reported here.

use super::translation::PROSE_KEYS;
use super::Shared;
use crate::check::similar::{paragraphs, Index, Passage, Place};
use crate::check::texts::{Origin, TextItem};
use crate::check::{Finding, Rule};
use crate::diagnostic::Diagnostic;
use crate::load::{Institution, Site};
use crate::model::Language;
use crate::msg;

/// Paragraphs of an institution's page that repeat each other or the shared text, word
/// for word or nearly (`similar`); each pair once, at the later place.
pub(super) fn repeats(
    site: &Site,
    shared: &Shared,
    institution: &Institution,
    items: &[TextItem],
    findings: &mut Vec<Finding>,
) {
    for language in Language::ALL {
        let mut page = Index::on(shared.pages.get(language));
        let content = site.content.get(language);
        let blocks = institution
            .data
            .blocks
            .iter()
            .filter_map(|opt_in| content.blocks.iter().find(|b| b.id == *opt_in.id.get_ref()));
        page.extend(blocks.flat_map(|b| paragraphs(&b.source)));
        let first = page.len();
        let own = items
            .iter()
            .filter(|i| i.language == language)
            .flat_map(|item| {
                let passages: Vec<Passage> = match &item.origin {
                    Origin::Markdown(source) => paragraphs(source).collect(),
                    Origin::Toml { source, key }
                        if PROSE_KEYS.contains(key) && *key != "cookies.purpose" =>
                    {
                        vec![Passage {
                            file: item.file,
                            text: item.text,
                            place: Place::Toml(source),
                            field: true,
                        }]
                    }
                    Origin::Toml { .. } => Vec::new(),
                };
                passages
            });
        page.extend(own);
        report_repeats(&page, first, language, findings);
    }
}

pub(super) fn report_repeats(
    page: &Index,
    first: usize,
    language: Language,
    findings: &mut Vec<Finding>,
) {
    for repeat in page.repeats(first) {
        let message = if repeat.verbatim {
            msg!("paragraph-repeated")
        } else {
            msg!("paragraph-nearly-repeated")
        };
        findings.push(
            Finding::new(
                Rule::RepeatedParagraph,
                Diagnostic::new(repeat.later.file, message)
                    .at(repeat.later.position())
                    .hint(msg!(
                        "paragraph-repeated-hint",
                        place = repeat.earlier.location()
                    )),
            )
            .language(language),
        );
    }
}
