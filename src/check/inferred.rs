//! `inferred`: each value marked `inferred = "why"` is a warning at its mark, saying what
//! waits for the institution's confirmation and why it was inferred. Loading has already
//! taken the value out of the model, so the page does not state it; this rule is how the
//! build, `check`, the completeness report and the preview say so. It cannot be silenced.

use super::{Finding, Rule};
use crate::diagnostic::Diagnostic;
use crate::load::Institution;
use crate::model::{Element, Inference};
use crate::msg;

pub fn institution(institution: &Institution, findings: &mut Vec<Finding>) {
    let file = &institution.file;
    for inference in &institution.inferences {
        findings.push(
            Finding::new(
                Rule::Inferred,
                Diagnostic::new(
                    &file.path,
                    msg!(
                        "inferred-value",
                        key = inference.key,
                        purpose = inference.purpose.as_deref().unwrap_or("none"),
                        reason = inference.reason.get_ref().as_str()
                    ),
                )
                .at_span(&file.text, inference.reason.span())
                .hint(msg!("inferred-value-hint")),
            )
            .institution(&institution.slug),
        );
    }
}

/// The GDPR element a withheld value would have given, so the completeness report shows the
/// element as waiting for confirmation rather than as forgotten.
pub fn element_of(inference: &Inference) -> Option<Element> {
    match inference.key {
        "legitimate_interests" => Some(Element::LegitimateInterests),
        "statutory_requirement" => Some(Element::StatutoryRequirement),
        "automated_decisions" => Some(Element::AutomatedDecisions),
        "purposes.data_categories" => Some(Element::DataCategories),
        "purposes.source" => Some(Element::DataSource),
        _ => None,
    }
}
