//! `authority-legitimate-interest`: every institution on the platform is a public authority,
//! and GDPR Art. 6(1), last subparagraph, says point (f) "shall not apply to processing carried
//! out by public authorities in the performance of their tasks". A purpose that rests on (f)
//! alone is either outside the institution's tasks (then the institution says so, once, with
//! `[[silence]]` and its reason) or needs its real basis, (e) or (c) with the law that sets the
//! task. Only a warning: which one it is, only the institution's data protection officer knows.

use super::{Finding, Rule};
use crate::diagnostic::Diagnostic;
use crate::load::Institution;
use crate::model::LegalBasis;
use crate::msg;

pub fn institution(institution: &Institution, findings: &mut Vec<Finding>) {
    let file = &institution.file;
    for purpose in institution.data.purposes.get_ref() {
        if !purpose.bases().eq([LegalBasis::F]) {
            continue;
        }
        let id = purpose.id.get_ref();
        findings.push(
            Finding::new(
                Rule::AuthorityLegitimateInterest,
                Diagnostic::new(&file.path, msg!("authority-legitimate-interest", id = id))
                    .at_span(&file.text, purpose.bases_span())
                    .hint(msg!(
                        "authority-legitimate-interest-hint",
                        id = id,
                        rule = Rule::AuthorityLegitimateInterest.id()
                    )),
            )
            .institution(&institution.slug),
        );
    }
}
