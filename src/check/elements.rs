//! GDPR completeness: for each institution, whether its page gives every element Articles
//! 13 and 14 require, and where. Most elements are guaranteed by the content model (the
//! build refuses an institution without a DPO, purposes, recipients …); the rest are found
//! in optional TOML keys or in sections that declare `covers = ["13(2)(e)"]`.

use std::path::PathBuf;

use serde::Serialize;

use super::{inferred, substance, Finding, Rule};
use crate::diagnostic::{Diagnostic, Position};
use crate::load::{Institution, Placement, Site};
use crate::messages::Message;
use crate::model::{Element, LegalBasis, Right};
use crate::msg;

#[derive(Clone, Debug, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    Present {
        place: Place,
    },
    /// Not given, or given with content that does not pass (`why` says what; in English in
    /// the JSON and the maintainers' table, like the rest of them).
    Missing {
        #[serde(skip_serializing_if = "Option::is_none", serialize_with = "in_english")]
        why: Option<Message>,
    },
    NotApplicable,
    /// Given only by a value marked `inferred`, which is not published until the
    /// institution confirms it (the `inferred` warning says where).
    ToConfirm {
        place: Place,
    },
}

fn in_english<S: serde::Serializer>(why: &Option<Message>, s: S) -> Result<S::Ok, S::Error> {
    why.as_ref().map(Message::english).serialize(s)
}

/// Where an element is given: the source line and the page anchor it renders at.
#[derive(Clone, Debug, Serialize)]
pub struct Place {
    pub file: PathBuf,
    pub line: usize,
    pub anchor: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Row {
    pub slug: String,
    pub name: String,
    pub cells: Vec<Cell>,
    /// Every value marked `inferred`, which the page does not state until confirmed.
    pub to_confirm: Vec<ToConfirm>,
}

/// One inferred value, as the report lists it.
#[derive(Clone, Debug, Serialize)]
pub struct ToConfirm {
    pub key: &'static str,
    pub purpose: Option<String>,
    /// The value in the platform's default language.
    pub value: String,
    pub reason: String,
    pub line: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub element: Element,
    pub article: &'static str,
    #[serde(flatten)]
    pub status: Status,
}

/// The Art. 14 elements a shared block (SIS, VIS) must give.
const BLOCK_ELEMENTS: [Element; 6] = [
    Element::PurposesAndLegalBasis,
    Element::DataCategories,
    Element::Recipients,
    Element::Retention,
    Element::Rights,
    Element::Complaint,
];

pub fn institution(site: &Site, institution: &Institution, findings: &mut Vec<Finding>) -> Row {
    let data = &institution.data;
    let file = &institution.file;
    let toml_place = |key: &str, anchor: &str| Place {
        file: file.path.clone(),
        line: file
            .text
            .find(key)
            .map_or(1, |at| Position::line_of(&file.text, at)),
        anchor: anchor.to_owned(),
    };
    let covered = |element: Element| {
        site.platform.languages().iter().find_map(|&language| {
            institution
                .sections
                .get(language)
                .iter()
                .find(|s| s.covers.contains(&element))
                .map(|s| Place {
                    file: s.source.file.clone(),
                    line: s.id_at.line,
                    anchor: match &s.placement {
                        Placement::Extends(generated) => generated.id().to_owned(),
                        Placement::Own { .. } => s.id.clone(),
                    },
                })
        })
    };
    let purposes = data.purposes.get_ref();
    let bases = data.bases_used();
    let uses = |basis: LegalBasis| bases.contains(&basis);
    let given = |present: bool, place: &dyn Fn() -> Place| present.then(place);
    let status = |applicable: bool, place: Option<Place>| match (applicable, place) {
        (_, Some(place)) => Status::Present { place },
        (true, None) => Status::Missing { why: None },
        (false, None) => Status::NotApplicable,
    };
    let cells = Element::ALL
        .into_iter()
        .map(|element| {
            let status = match element {
                Element::ControllerIdentity => {
                    status(true, Some(toml_place("registration_number", "controller")))
                }
                Element::DpoContacts => status(
                    true,
                    Some(toml_place(
                        "[data_protection_officer]",
                        "data-protection-officer",
                    )),
                ),
                Element::PurposesAndLegalBasis => {
                    status(true, Some(toml_place("[[purposes]]", "purposes")))
                }
                Element::Recipients => status(true, Some(toml_place("[recipients]", "recipients"))),
                Element::Transfers => status(true, Some(toml_place("transfers", "transfers"))),
                Element::Retention => status(true, Some(toml_place("[retention]", "retention"))),
                // The page lists only the institution's own `[[rights]]` entries.
                Element::Rights => status(
                    true,
                    given(
                        data.rights.iter().any(|r| r.not_applicable.is_none()),
                        &|| toml_place("[[rights]]", "rights"),
                    )
                    .or_else(|| covered(element)),
                ),
                Element::Complaint => status(
                    true,
                    Some(Place {
                        file: PathBuf::from(crate::load::PLATFORM_FILE),
                        line: 1,
                        anchor: "complaint".into(),
                    }),
                ),
                Element::LegitimateInterests => status(
                    uses(LegalBasis::F),
                    given(data.legitimate_interests.is_some(), &|| {
                        toml_place("legitimate_interests", "legal-bases")
                    })
                    .or_else(|| covered(element)),
                ),
                Element::WithdrawConsent => status(
                    uses(LegalBasis::A),
                    // Listed only when the institution lists it.
                    given(
                        uses(LegalBasis::A)
                            && data.rights.iter().any(|r| {
                                *r.right.get_ref() == Right::WithdrawConsent
                                    && r.not_applicable.is_none()
                            }),
                        &|| toml_place("legal_bases", "rights"),
                    )
                    .or_else(|| covered(element)),
                ),
                Element::StatutoryRequirement => status(
                    true,
                    given(data.statutory_requirement.is_some(), &|| {
                        toml_place("statutory_requirement", "purposes")
                    })
                    .or_else(|| covered(element)),
                ),
                Element::AutomatedDecisions => status(
                    true,
                    given(data.automated_decisions.is_some(), &|| {
                        toml_place("automated_decisions", "purposes")
                    })
                    .or_else(|| covered(element)),
                ),
                Element::DataCategories => status(
                    true,
                    given(
                        purposes.iter().any(|p| p.data_categories.is_some()),
                        &|| toml_place("data_categories =", "purposes"),
                    )
                    .or_else(|| {
                        given(!data.registers.is_empty(), &|| {
                            toml_place("[[registers]]", "registers")
                        })
                    })
                    .or_else(|| covered(element)),
                ),
                Element::DataSource => status(
                    !data.registers.is_empty(),
                    given(purposes.iter().any(|p| p.source.is_some()), &|| {
                        toml_place("source =", "purposes")
                    })
                    .or_else(|| covered(element)),
                ),
            };
            // Present only when its content passes (`substance`).
            let status = match status {
                Status::Present { place } => {
                    match substance::weakness(data, element, covered(element).is_some()) {
                        Some(why) => Status::Missing { why: Some(why) },
                        None => Status::Present { place },
                    }
                }
                other => other,
            };
            let awaiting = institution
                .inferences
                .iter()
                .find(|i| inferred::element_of(i) == Some(element));
            let status = match (status, awaiting) {
                (Status::Missing { why: None }, Some(inference)) => Status::ToConfirm {
                    place: Place {
                        file: file.path.clone(),
                        line: Position::line_of(&file.text, inference.reason.span().start),
                        anchor: String::new(),
                    },
                },
                (status, _) => status,
            };
            if let Status::Missing { why } = &status {
                findings.push(missing(institution, element, why.clone()));
            }
            Cell {
                element,
                article: element.article(),
                status,
            }
        })
        .collect();
    let language = site.platform.default_language();
    Row {
        slug: institution.slug.to_string(),
        name: data.name.to_string_in(language),
        cells,
        to_confirm: institution
            .inferences
            .iter()
            .map(|i| ToConfirm {
                key: i.key,
                purpose: i.purpose.clone(),
                value: i.value.get(language).clone(),
                reason: i.reason.get_ref().clone(),
                line: Position::line_of(&file.text, i.reason.span().start),
            })
            .collect(),
    }
}

fn missing(institution: &Institution, element: Element, why: Option<Message>) -> Finding {
    let key = match element {
        Element::LegitimateInterests => Some("legitimate_interests"),
        Element::StatutoryRequirement => Some("statutory_requirement"),
        Element::AutomatedDecisions => Some("automated_decisions"),
        _ => None,
    };
    // How to give it, as the catalogues' `gdpr-element-hint` says it.
    let how = match (element, key) {
        (Element::WithdrawConsent, _) => "withdraw-consent",
        (Element::Rights, _) => "rights",
        (Element::DataCategories, _) => "data-categories",
        (Element::DataSource, _) => "data-source",
        (_, Some(_)) => "key",
        (_, None) => "other",
    };
    let file = &institution.file;
    Finding::new(
        Rule::MissingElement,
        Diagnostic::new(
            &file.path,
            match why {
                Some(why) => msg!("gdpr-element-weak", element = element.name(), why = why),
                None => msg!("gdpr-element-missing", element = element.name()),
            },
        )
        .at(Position::of_line(&file.text, 1))
        .hint(msg!(
            "gdpr-element-hint",
            how = how,
            key = key.unwrap_or_default(),
            article = element.article()
        )),
    )
    .institution(&institution.slug)
}

/// Each shared block must declare the Art. 14 elements it gives.
pub fn blocks(site: &Site, findings: &mut Vec<Finding>) {
    for block in &site.content.get(site.platform.default_language()).blocks {
        for element in BLOCK_ELEMENTS.iter().filter(|e| !block.covers.contains(e)) {
            findings.push(Finding::new(
                Rule::BlockElement,
                Diagnostic::new(
                    &block.source.file,
                    msg!(
                        "block-element-missing",
                        block = &block.id,
                        element = element.name()
                    ),
                )
                .at(block.id_at.clone())
                .hint(msg!(
                    "block-element-missing-hint",
                    article = element.article()
                )),
            ));
        }
    }
}
