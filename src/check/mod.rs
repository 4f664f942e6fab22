//! `privatums check`: proves each page gives what GDPR Articles 13 and 14 require and
//! catches the mistakes hand-edited policies are full of — malformed contacts, mixed
//! alphabets, repeated paragraphs, stale authority details, broken anchors. `build` runs
//! the same checks and refuses to publish while any error remains.

mod contacts;
mod elements;
mod format;
mod inferred;
mod legal_bases;
mod notices;
mod page;
pub mod report;
mod rights;
mod similar;
mod substance;
mod text;
mod texts;

pub use crate::finding::{language_of, Finding, Rule, Severity};
pub use elements::{Cell, Row, Status};
pub use page::{check_page, has_markdown_anchors};

use crate::load::{Institution, Site};
use crate::model::Date;

/// Everything `check` found, and the completeness table.
#[derive(Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub completeness: Vec<Row>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }

    /// `--strict`: every warning counts as an error.
    pub fn strict(mut self) -> Report {
        for finding in &mut self.findings {
            finding.severity = Severity::Error;
        }
        self
    }

    /// The errors as build diagnostics (`error[rule]: …`), for refusing to publish.
    pub fn errors_as_diagnostics(&self) -> crate::diagnostic::Diagnostics {
        crate::diagnostic::Diagnostics(
            self.findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .map(|f| f.diagnostic.clone().code(f.rule.id()))
                .collect(),
        )
    }

    /// Adds page-level findings (from rendered pages).
    pub fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
        self.findings.extend(findings);
    }

    /// Sorted for people: by institution (platform first), language, errors first, place.
    pub fn sort(&mut self) {
        self.findings.sort_by(|a, b| {
            let key = |f: &Finding| {
                (
                    f.institution.clone(),
                    f.language,
                    f.severity,
                    f.diagnostic.file.clone(),
                    f.diagnostic.position.as_ref().map(|p| (p.line, p.column)),
                    f.rule,
                )
            };
            key(a).cmp(&key(b))
        });
        self.findings
            .dedup_by(|a, b| a.rule == b.rule && a.diagnostic == b.diagnostic);
    }
}

/// The source-level checks, with what they compare every institution against (the shared
/// policy's paragraphs) worked out once.
pub struct Checker<'a> {
    site: &'a Site,
    shared: text::Shared<'a>,
    today: Date,
}

impl<'a> Checker<'a> {
    /// `today` decides which dates are in the future.
    pub fn new(site: &'a Site, today: Date) -> Checker<'a> {
        Checker {
            site,
            shared: text::Shared::new(site),
            today,
        }
    }

    /// The rules on the platform's own sources.
    pub fn platform(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        elements::blocks(self.site, &mut findings);
        text::platform(self.site, &self.shared, &mut findings);
        findings
    }

    /// The rules on one institution's sources: its row of the completeness report and its
    /// findings, without those of rules it silenced.
    pub fn institution(&self, institution: &Institution) -> (Row, Vec<Finding>) {
        let site = self.site;
        let mut findings = Vec::new();
        let row = elements::institution(site, institution, &mut findings);
        text::institution(site, &self.shared, institution, self.today, &mut findings);
        notices::institution(institution, &mut findings);
        legal_bases::institution(institution, &mut findings);
        rights::institution(institution, &mut findings);
        inferred::institution(institution, &mut findings);
        (row, silenced(institution, findings))
    }
}

/// Drops the findings of rules the institution silenced (validation has checked that
/// each silence names a rule and gives a reason).
fn silenced(institution: &Institution, findings: Vec<Finding>) -> Vec<Finding> {
    let silenced: Vec<Rule> = institution
        .data
        .silence
        .iter()
        .filter_map(|s| Rule::from_id(s.rule.get_ref()))
        .collect();
    findings
        .into_iter()
        .filter(|f| !silenced.contains(&f.rule))
        .collect()
}

/// Today's date from the system clock (UTC), for the future-date rule.
pub fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm), to avoid a date crate for one value.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}
