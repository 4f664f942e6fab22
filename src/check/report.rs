//! How `check` reports: for people (grouped by institution and language, errors first) and
//! as JSON for CI (schema in docs/checks.md) — the same JSON when the sources don't load.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::path::Path;

use serde::Serialize;

use super::{Report, Row, Rule, Severity};
use crate::diagnostic::{thousands, visible, Diagnostic, Diagnostics, SHOWN_PER_FILE_AND_KIND};
use crate::model::Language;

/// The report for a terminal. Like the build's errors, at most
/// [`SHOWN_PER_FILE_AND_KIND`] findings of one rule in one file are shown; the rest are
/// counted, so one pasted mistake repeated 2,000 times is ten findings and a line.
pub fn human(report: &Report) -> String {
    let mut out = String::new();
    let mut group = None;
    let mut seen: HashMap<(&Path, Rule), usize> = HashMap::new();
    for finding in &report.findings {
        let count = seen
            .entry((&finding.diagnostic.file, finding.rule))
            .or_default();
        *count += 1;
        if *count > SHOWN_PER_FILE_AND_KIND {
            continue;
        }
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
    // In the order the files and rules were first met.
    let mut counted = HashSet::new();
    for finding in &report.findings {
        let key = (finding.diagnostic.file.as_path(), finding.rule);
        let more = seen[&key].saturating_sub(SHOWN_PER_FILE_AND_KIND);
        if more > 0 && counted.insert(key) {
            let _ = writeln!(
                out,
                "… and {} more [{}] like this in {}\n",
                thousands(more),
                finding.rule.id(),
                visible(&finding.diagnostic.file.display().to_string()),
            );
        }
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

/// The version of the JSON schema (docs/checks.md).
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    /// `false` when the sources did not load: the findings are the load errors and no
    /// page could be checked.
    loaded: bool,
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
    rule: &'a str,
    severity: Severity,
    institution: Option<String>,
    language: Option<Language>,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    hint: Option<&'a str>,
}

impl<'a> JsonFinding<'a> {
    fn new(
        rule: &'a str,
        severity: Severity,
        institution: Option<String>,
        language: Option<Language>,
        d: &'a Diagnostic,
    ) -> JsonFinding<'a> {
        JsonFinding {
            rule,
            severity,
            institution,
            language,
            file: d.file.display().to_string(),
            line: d.position.as_ref().map(|p| p.line),
            column: d.position.as_ref().map(|p| p.column),
            message: &d.message,
            hint: d.hint.as_deref(),
        }
    }
}

/// The report as JSON.
pub fn json(report: &Report) -> String {
    let findings = report
        .findings
        .iter()
        .map(|f| {
            JsonFinding::new(
                f.rule.id(),
                f.severity,
                f.institution.as_ref().map(ToString::to_string),
                f.language,
                &f.diagnostic,
            )
        })
        .collect();
    to_json(&Json {
        version: JSON_VERSION,
        loaded: true,
        summary: Summary {
            errors: report.errors(),
            warnings: report.warnings(),
            institutions: report.completeness.len(),
        },
        findings,
        completeness: &report.completeness,
    })
}

/// The errors that stopped the sources from loading, as the same JSON document.
pub fn json_failure(errors: &Diagnostics) -> String {
    let findings = errors
        .iter()
        .map(|d| {
            JsonFinding::new(
                load_rule(d),
                Severity::Error,
                institution_of(&d.file),
                super::language_of(&d.file),
                d,
            )
        })
        .collect();
    to_json(&Json {
        version: JSON_VERSION,
        loaded: false,
        summary: Summary {
            errors: errors.len(),
            warnings: 0,
            institutions: 0,
        },
        findings,
        completeness: &[],
    })
}

/// The load errors for people; `check` publishes nothing, so it says only what stopped it.
pub fn human_failure(errors: &Diagnostics) -> String {
    let mut out = String::new();
    for d in errors.iter() {
        let _ = writeln!(out, "{}", d.labelled(&format!("error[{}]", load_rule(d))));
    }
    let n = errors.len();
    let _ = write!(
        out,
        "check: {n} error{} in the sources; fix them so the pages can be checked",
        plural(n)
    );
    out
}

/// The rule id of an error found while loading and validating: its code, or its kind.
fn load_rule(d: &Diagnostic) -> &'static str {
    let message = d.message.as_str();
    if let Some(code) = d.code {
        code
    } else if message.starts_with("missing required key") {
        "missing-key"
    } else if message.starts_with("unknown key") {
        "unknown-key"
    } else if message.contains("TODO") {
        "todo"
    } else if message.starts_with("invalid TOML") || message.contains("duplicate key") {
        "toml-syntax"
    } else if message.starts_with("invalid type") || message.contains("allowed values") {
        "invalid-value"
    } else {
        "invalid-source"
    }
}

/// `alfa` for `institutions/alfa/…`.
fn institution_of(file: &std::path::Path) -> Option<String> {
    let mut components = file.components().map(|c| c.as_os_str().to_string_lossy());
    (components.next()? == "institutions")
        .then(|| components.next().map(|c| c.into_owned()))
        .flatten()
}

fn to_json(json: &Json) -> String {
    serde_json::to_string_pretty(json).expect("the report serialises")
}
