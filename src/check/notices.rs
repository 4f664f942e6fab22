//! `notice-incomplete`: a purpose marked for a notice (`notices = [...]`) must hold what the
//! notice prints — EDPB Guidelines 3/2019 §114: the purpose, the retention, the legitimate
//! interest when it relies on point (f), and the DPO's contact. Reported at the notice's
//! line, so the editor sees which notice needs it.

use super::{Finding, Rule};
use crate::diagnostic::Diagnostic;
use crate::load::Institution;
use crate::model::{Language, LegalBasis, Text};
use crate::msg;

pub fn institution(institution: &Institution, findings: &mut Vec<Finding>) {
    let data = &institution.data;
    let file = &institution.file;
    let blank = |text: &Text| Language::ALL.iter().any(|&l| text.get(l).trim().is_empty());
    for purpose in data.purposes.get_ref() {
        let Some(first) = purpose.notices.first() else {
            continue;
        };
        let id = purpose.id.get_ref();
        let code = first.get_ref().code();
        let mut lacks = Vec::new();
        // What the notices lack, as the catalogues' `notice-incomplete` names it.
        // Without its own, the purpose's retention is the general `[retention]`.
        if purpose.retention.as_ref().is_some_and(|t| blank(t)) {
            lacks.push("retention");
        }
        if blank(&purpose.description) {
            lacks.push("description");
        }
        let uses_f = purpose.bases().any(|b| b == LegalBasis::F);
        if uses_f && data.legitimate_interests.as_ref().is_none_or(|t| blank(t)) {
            lacks.push("legitimate-interests");
        }
        if data.data_protection_officer.email.trim().is_empty() {
            lacks.push("dpo");
        }
        for what in lacks {
            findings.push(
                Finding::new(
                    Rule::NoticeIncomplete,
                    Diagnostic::new(
                        &file.path,
                        msg!("notice-incomplete", id = id.as_str(), what = what),
                    )
                    .at_span(&file.text, first.span())
                    .hint(msg!(
                        "notice-incomplete-hint",
                        what = what,
                        code = code
                    )),
                )
                .institution(&institution.slug),
            );
        }
    }
}
