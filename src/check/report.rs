//! How `check` reports: for people (grouped by institution and language, errors first) and
//! as JSON for CI (schema in docs/checks.md, `"version": 1`).

use std::fmt::Write;

use serde::Serialize;

use super::{Finding, Report, Row, Severity};

/// The report for a terminal.
pub fn human(report: &Report) -> String {
    let mut out = String::new();
    let mut group = None;
    for finding in &report.findings {
        let this = (finding.institution.clone(), finding.language);
        if group.as_ref() != Some(&this) {
            let name = finding
                .institution
                .as_ref()
                .map_or("platform".to_owned(), ToString::to_string);
            let language = finding
                .language
                .map_or(String::new(), |l| format!(" ({l})"));
            let _ = writeln!(out, "── {name}{language} ──");
            group = Some(this);
        }
        let severity = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(
            out,
            "{}",
            finding
                .diagnostic
                .labelled(&format!("{severity}[{}]", finding.rule.id()))
        );
    }
    let _ = write!(
        out,
        "check: {} error{}, {} warning{} in {} institution{}",
        report.errors(),
        plural(report.errors()),
        report.warnings(),
        plural(report.warnings()),
        report.completeness.len(),
        plural(report.completeness.len()),
    );
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    summary: Summary,
    findings: Vec<JsonFinding<'a>>,
    completeness: &'a [Row],
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    institutions: usize,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    hint: Option<&'a str>,
}

/// The report as JSON (schema version 1).
pub fn json(report: &Report) -> String {
    let findings = report
        .findings
        .iter()
        .map(|finding| {
            let d = &finding.diagnostic;
            JsonFinding {
                finding,
                file: d.file.display().to_string(),
                line: d.position.as_ref().map(|p| p.line),
                column: d.position.as_ref().map(|p| p.column),
                message: &d.message,
                hint: d.hint.as_deref(),
            }
        })
        .collect();
    let json = Json {
        version: 1,
        summary: Summary {
            errors: report.errors(),
            warnings: report.warnings(),
            institutions: report.completeness.len(),
        },
        findings,
        completeness: &report.completeness,
    };
    serde_json::to_string_pretty(&json).expect("the report serialises")
}
