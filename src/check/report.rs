//! How `check` reports: for people (grouped by institution and language, errors first) and
//! as JSON for CI (schema in docs/checks.md) — the same JSON when the sources don't load.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::path::Path;

use serde::Serialize;

use super::{Report, Row, Rule, Severity};
use crate::diagnostic::{thousands, visible, Diagnostic, Diagnostics, SHOWN_PER_FILE_AND_KIND};
use crate::messages::{self, Message};
use crate::model::Language;
use crate::msg;

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
                .map_or(msg!("report-platform").to_string(), ToString::to_string);
            let language = finding
                .language
                .map_or(String::new(), |l| format!(" ({l})"));
            let _ = writeln!(out, "── {name}{language} ──");
            group = Some(this);
        }
        let severity = match finding.severity {
            Severity::Error => msg!("label-error"),
            Severity::Warning => msg!("label-warning"),
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
            let more = msg!(
                "more-findings-like-this",
                count = more,
                shown = thousands(more),
                rule = finding.rule.id(),
                file = &finding.diagnostic.file,
            );
            let _ = writeln!(out, "{}\n", visible(&more.to_string()));
        }
    }
    let summary = msg!(
        "check-summary",
        errors = report.errors(),
        warnings = report.warnings(),
        institutions = report.completeness.len(),
    );
    let _ = write!(out, "{summary}");
    out
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
    /// The message's catalogue id: stable across versions and languages.
    message_id: &'static str,
    /// In English, whatever the reader's language.
    message: String,
    hint: Option<String>,
    /// The same in the language chosen by `--lang` or the locale.
    localized: Localized,
}

#[derive(Serialize)]
struct Localized {
    language: Language,
    message: String,
    hint: Option<String>,
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
            message_id: d.message.id(),
            message: d.message.english(),
            hint: d.hint.as_ref().map(Message::english),
            localized: Localized {
                language: messages::language(),
                message: d.message.to_string(),
                hint: d.hint.as_ref().map(ToString::to_string),
            },
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
        let label = format!("{}[{}]", msg!("label-error"), load_rule(d));
        let _ = writeln!(out, "{}", d.labelled(&label));
    }
    let _ = write!(
        out,
        "{}",
        msg!("check-sources-failed", errors = errors.len())
    );
    out
}

/// The rule id of an error found while loading and validating: its code, or its kind.
fn load_rule(d: &Diagnostic) -> &'static str {
    if let Some(code) = d.code {
        return code;
    }
    match d.message.id() {
        "missing-key" => "missing-key",
        "unknown-key" => "unknown-key",
        "invalid-toml" | "duplicate-key" => "toml-syntax",
        "invalid-type" | "wrong-kind" | "value-not-allowed" => "invalid-value",
        "todo-in-text" | "todo-in-value" => "todo",
        _ => "invalid-source",
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
