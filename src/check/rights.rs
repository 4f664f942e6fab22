//! `unlisted-right`: the page lists exactly the rights in `[[rights]]`, and code adds none.
//! What the GDPR usually gives for the legal bases used (`Right::applicable`: access,
//! rectification, erasure and restriction always, objection for (e) and (f), portability for
//! (a) and (b), withdrawing consent for (a)) is only a suggestion to the institution: each
//! such right that `[[rights]]` neither lists nor says does not apply is a warning at the
//! `legal_bases` of the first purpose that calls for it. Only the institution's data
//! protection officer knows whether it applies; a page with no `[[rights]]` at all is
//! the `gdpr-element` error instead.

use super::{Finding, Rule};
use crate::diagnostic::Diagnostic;
use crate::load::Institution;
use crate::model::Right;
use crate::msg;

pub fn institution(institution: &Institution, findings: &mut Vec<Finding>) {
    let data = &institution.data;
    if data.rights.is_empty() {
        return;
    }
    let file = &institution.file;
    let purposes = data.purposes.get_ref();
    let answered = |right: Right| data.rights.iter().any(|e| *e.right.get_ref() == right);
    for right in Right::applicable(data.bases_used()) {
        if answered(right) {
            continue;
        }
        let Some(purpose) = purposes
            .iter()
            .find(|p| Right::applicable(p.bases()).contains(&right))
        else {
            continue;
        };
        let bases: Vec<&str> = purpose.bases().map(|b| b.code()).collect();
        findings.push(
            Finding::new(
                Rule::UnlistedRight,
                Diagnostic::new(
                    &file.path,
                    msg!(
                        "unlisted-right",
                        right = right.code(),
                        id = purpose.id.get_ref(),
                        bases = bases.join(", ")
                    ),
                )
                .at_span(&file.text, purpose.bases_span())
                .hint(msg!(
                    "unlisted-right-hint",
                    right = right.code(),
                    rule = Rule::UnlistedRight.id()
                )),
            )
            .institution(&institution.slug),
        );
    }
}
