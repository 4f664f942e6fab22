//! Formats: registration numbers, postal codes, e-mail addresses, phone numbers.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::{Finding, Rule};
use crate::diagnostic::{Diagnostic, Position};

pub static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\w.+%-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$").unwrap()
});
static POSTAL_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bLV\s*[-–—]?\s*\d{3,5}\b").unwrap());
static GOOD_POSTAL_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^LV-\d{4}$").unwrap());

/// Latvian registration numbers have 11 digits.
pub fn check_registration_number(
    file: &Path,
    at: Position,
    number: &str,
    findings: &mut Vec<Finding>,
) {
    if number.len() != 11 || !number.bytes().all(|b| b.is_ascii_digit()) {
        findings.push(Finding::new(
            Rule::RegistrationNumber,
            Diagnostic::new(file, format!("`{number}` is not a registration number"))
                .at(at)
                .hint("a Latvian registration number has 11 digits, e.g. \"90000050138\""),
        ));
    }
}

pub fn check_email(file: &Path, at: Position, email: &str, findings: &mut Vec<Finding>) {
    if email.matches('@').count() > 1 {
        findings.push(Finding::new(
            Rule::Email,
            Diagnostic::new(
                file,
                format!("`{email}` is two e-mail addresses run together"),
            )
            .at(at)
            .hint("separate the addresses with a space or a comma, or keep only one"),
        ));
    } else if !EMAIL.is_match(email) {
        findings.push(Finding::new(
            Rule::Email,
            Diagnostic::new(file, format!("`{email}` is not an e-mail address"))
                .at(at)
                .hint("write it as name@domain.lv"),
        ));
    }
}

pub fn check_phone(file: &Path, at: Position, phone: &str, findings: &mut Vec<Finding>) {
    let digits: String = phone.chars().filter(|c| !c.is_whitespace()).collect();
    let local = digits.strip_prefix("+371").unwrap_or(&digits);
    if local.len() != 8 || !local.bytes().all(|b| b.is_ascii_digit()) {
        findings.push(Finding::new(
            Rule::Phone,
            Diagnostic::new(file, format!("`{phone}` is not a Latvian phone number"))
                .at(at)
                .hint("write 8 digits, optionally after +371, e.g. \"67223131\""),
        ));
    }
}

pub fn check_postal_codes(
    file: &Path,
    text: &str,
    position: impl Fn(&str) -> Position,
    findings: &mut Vec<Finding>,
) {
    if !text.contains("LV") {
        return;
    }
    for code in POSTAL_CODE.find_iter(text) {
        if !GOOD_POSTAL_CODE.is_match(code.as_str()) {
            let digits: String = code.as_str().chars().filter(char::is_ascii_digit).collect();
            findings.push(Finding::new(
                Rule::PostalCode,
                Diagnostic::new(
                    file,
                    format!("`{}` is not a Latvian postal code", code.as_str()),
                )
                .at(position(code.as_str()))
                .hint(format!(
                    "write `LV-` and four digits, e.g. \"LV-{digits:0>4}\""
                )),
            ));
        }
    }
}
