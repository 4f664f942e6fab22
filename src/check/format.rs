//! Formats: registration numbers, postal codes, e-mail addresses, phone numbers, `http://`
//! links.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::{Finding, Rule};
use crate::diagnostic::{Diagnostic, Position};
use crate::msg;

pub static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\w.+%-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$").unwrap()
});
static POSTAL_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bLV\s*[-–—]?\s*\d{3,5}\b").unwrap());
/// An e-mail token starting with 7 or more digits and then a letter: a phone number typed
/// without a space before an address.
static GLUED_PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\+?\d{7,11})([A-Za-z][\w.+%-]*@.+)$").unwrap());
static HTTP_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"http://[^\s<>()\[\]"'“”]+"#).unwrap());
static GOOD_POSTAL_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^LV-\d{4}$").unwrap());

/// A Latvian registration number: 11 digits whose sum weighted by 9,1,4,8,3,10,2,5,7,6,1 is
/// 3 modulo 11 — the check digit catches a mistyped digit and placeholders like 90000000000.
pub fn check_registration_number(
    file: &Path,
    at: Position,
    number: &str,
    findings: &mut Vec<Finding>,
) {
    const WEIGHTS: [u32; 11] = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];
    let digits: Vec<u32> = number.chars().filter_map(|c| c.to_digit(10)).collect();
    let problem = if digits.len() != 11 || number.len() != 11 {
        Some(msg!("registration-number-length", number = number))
    } else {
        let sum: u32 = digits.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
        (sum % 11 != 3).then(|| msg!("registration-number-check-digit", number = number))
    };
    if let Some(message) = problem {
        findings.push(Finding::new(
            Rule::RegistrationNumber,
            Diagnostic::new(file, message)
                .at(at)
                .hint(msg!("registration-number-hint")),
        ));
    }
}

/// Checks an e-mail address and returns the address to check further: without a phone
/// number glued to its front (`67223131info@dvi.gov.lv`), which is reported.
pub fn check_email<'a>(
    file: &Path,
    at: Position,
    email: &'a str,
    findings: &mut Vec<Finding>,
) -> &'a str {
    let glued = GLUED_PHONE.captures(email);
    if let Some((phone, rest)) = glued.map(|c| (c.get(1).unwrap(), c.get(2).unwrap())) {
        findings.push(Finding::new(
            Rule::Email,
            Diagnostic::new(
                file,
                msg!(
                    "phone-glued-to-email",
                    phone = phone.as_str(),
                    email = rest.as_str()
                ),
            )
            .at(at)
            .hint(msg!(
                "phone-glued-to-email-hint",
                phone = phone.as_str(),
                email = rest.as_str()
            )),
        ));
        return rest.as_str();
    }
    if email.matches('@').count() > 1 {
        findings.push(Finding::new(
            Rule::Email,
            Diagnostic::new(file, msg!("emails-run-together", email = email))
                .at(at)
                .hint(msg!("emails-run-together-hint")),
        ));
    } else if !EMAIL.is_match(email) {
        findings.push(Finding::new(
            Rule::Email,
            Diagnostic::new(file, msg!("email-invalid", email = email))
                .at(at)
                .hint(msg!("email-invalid-hint")),
        ));
    }
    email
}

/// The Latvian numbering plan: 8 digits, the first 2 (mobile), 6 or 7 (fixed) or 8 (free
/// and shared-cost numbers), optionally after +371.
pub fn check_phone(file: &Path, at: Position, phone: &str, findings: &mut Vec<Finding>) {
    if national_phone(phone).is_none() {
        findings.push(Finding::new(
            Rule::Phone,
            Diagnostic::new(file, msg!("phone-invalid", phone = phone))
                .at(at)
                .hint(msg!("phone-invalid-hint")),
        ));
    }
}

/// The 8 national digits of a Latvian phone number written with optional spaces, hyphens
/// and +371, or `None` when it is not one.
pub fn national_phone(phone: &str) -> Option<String> {
    let digits: String = phone
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let local = digits.strip_prefix("+371").unwrap_or(&digits);
    let plan = local.len() == 8
        && local.bytes().all(|b| b.is_ascii_digit())
        && matches!(local.as_bytes()[0], b'2' | b'6' | b'7' | b'8');
    plan.then(|| local.to_owned())
}

/// `http://` addresses in a text: each is a warning with its `https://` form as the fix.
pub fn check_http_links(
    file: &Path,
    text: &str,
    position: impl Fn(&str) -> Position,
    findings: &mut Vec<Finding>,
) {
    if !text.contains("http://") {
        return;
    }
    for link in HTTP_LINK.find_iter(text) {
        let link = link.as_str().trim_end_matches(['.', ',', ';', ':']);
        findings.push(Finding::new(
            Rule::HttpLink,
            Diagnostic::new(file, msg!("http-link", link = link))
                .at(position(link))
                .hint(msg!(
                    "http-link-hint",
                    link = link.replacen("http://", "https://", 1)
                )),
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
                Diagnostic::new(file, msg!("postal-code-invalid", code = code.as_str()))
                    .at(position(code.as_str()))
                    .hint(msg!(
                        "postal-code-invalid-hint",
                        example = format!("LV-{digits:0>4}")
                    )),
            ));
        }
    }
}
