//! The policy in the W3C Data Privacy Vocabulary (DPV 2.x) and its EU GDPR extension, as
//! JSON-LD: beside every institution page, `policy.jsonld` with the controllers, the
//! platform's processors, each purpose as a process with its legal bases (the GDPR
//! Art. 6(1) concepts `eu-gdpr:A6-1-a` … `f`), personal data categories, storage duration
//! and recipients, and the data subjects' rights (`eu-gdpr:A15` …).
//!
//! Made from the same document as `policy.json` ([`super::policy::PolicyDocument`]), so
//! the two and the page say the same. Texts carry the page's language (`@language`).

use serde_json::{json, Map, Value};

use super::policy::PolicyDocument;
use crate::merge::views::{InstitutionView, PersonView, PurposeView};
use crate::model::Right;

/// The file beside each institution page.
pub const FILE: &str = crate::merge::layout::POLICY_JSONLD;

/// DPV 2.x, its EU GDPR extension and its EU laws; Dublin Core for titles and descriptions, as DPV's
/// own examples use.
pub const DPV: &str = "https://w3id.org/dpv#";
pub const EU_GDPR: &str = "https://w3id.org/dpv/legal/eu/gdpr#";
pub const LEGAL_EU: &str = "https://w3id.org/dpv/legal/eu#";
pub const DCT: &str = "http://purl.org/dc/terms/";

/// The GDPR Art. 6(1) concept of a legal basis, by its point (`LegalBasis::code`).
fn legal_basis(code: &str) -> String {
    format!("eu-gdpr:A6-1-{code}")
}

/// The EU GDPR extension's concept of a right (its article).
fn right(right: Right) -> &'static str {
    match right {
        Right::Access => "eu-gdpr:A15",
        Right::Rectification => "eu-gdpr:A16",
        Right::Erasure => "eu-gdpr:A17",
        Right::Restriction => "eu-gdpr:A18",
        Right::Portability => "eu-gdpr:A20",
        Right::Objection => "eu-gdpr:A21",
        Right::AutomatedDecisions => "eu-gdpr:A22",
        Right::WithdrawConsent => "eu-gdpr:A7-3",
    }
}

fn id(iri: impl Into<String>) -> Value {
    json!({ "@id": iri.into() })
}

/// A node with the properties whose values are present (moved in: nodes nest, and a
/// copy at every level cost more than making them).
fn node<const N: usize>(pairs: [(&str, Option<Value>); N]) -> Value {
    let mut map = Map::new();
    for (key, value) in pairs {
        if let Some(value) = value {
            map.insert(key.to_owned(), value);
        }
    }
    Value::Object(map)
}

fn text(value: &str) -> Option<Value> {
    Some(Value::from(value))
}

fn contact(email: &str, phones: &[String]) -> Option<Value> {
    let mut all = vec![Value::from(format!("mailto:{email}"))];
    all.extend(
        phones
            .iter()
            .map(|p| Value::from(format!("tel:{}", p.replace(' ', "")))),
    );
    Some(Value::Array(all))
}

fn person(person: &PersonView, kind: &str) -> Value {
    node([
        ("@type", text(kind)),
        ("dpv:hasName", text(&person.name)),
        ("dct:description", text(&person.position)),
        ("dpv:hasContact", contact(&person.email, &person.phones)),
    ])
}

/// The JSON-LD of an institution page, from its policy document.
pub fn document(policy: &PolicyDocument) -> Value {
    let institution = policy.institution;
    let platform = policy.platform;
    let page = &policy.page;
    let dpo = &institution.data_protection_officer;
    let institution_controller = node([
        ("@id", text(&institution.website)),
        ("@type", text("dpv:DataController")),
        ("dpv:hasName", text(&institution.name)),
        ("dpv:hasAddress", text(&institution.address)),
        (
            "dpv:hasContact",
            contact(&institution.email, &institution.phones),
        ),
        (
            "dpv:hasDataProtectionOfficer",
            Some(node([
                ("@type", text("dpv:DataProtectionOfficer")),
                ("dpv:hasName", dpo.name.as_deref().and_then(text)),
                ("dpv:hasContact", contact(&dpo.email, &dpo.phones)),
            ])),
        ),
        (
            "dpv:hasResponsibleEntity",
            institution
                .responsible_person
                .as_ref()
                .map(|p| person(p, "dpv:NaturalPerson")),
        ),
    ]);
    let controller = &platform.controller;
    let platform_controller = node([
        ("@id", text(&controller.website)),
        ("@type", text("dpv:DataController")),
        ("dpv:hasName", text(&controller.name)),
        (
            "dpv:hasAddress",
            controller.address.as_deref().and_then(text),
        ),
        (
            "dpv:hasContact",
            contact(&controller.email, &controller.phones),
        ),
        (
            "dpv:hasResponsibleEntity",
            Some(person(&controller.responsible_person, "dpv:NaturalPerson")),
        ),
    ]);
    let processors: Vec<Value> = platform
        .processors
        .iter()
        .map(|p| {
            node([
                ("@type", text("dpv:DataProcessor")),
                ("dpv:hasName", text(&p.name)),
                ("dct:description", text(&p.role)),
            ])
        })
        .collect();
    let general_recipients = &institution.recipients.items;
    let processes: Vec<Value> = institution
        .purposes
        .iter()
        .map(|purpose| {
            let recipients = if purpose.recipients.is_empty() {
                general_recipients
            } else {
                &purpose.recipients
            };
            node([
                ("@id", text(&format!("{page}#{}", purpose.anchor))),
                ("@type", text("dpv:Process")),
                ("dpv:hasDataController", Some(id(&institution.website))),
                (
                    "dpv:hasPurpose",
                    Some(node([
                        ("@type", text("dpv:Purpose")),
                        ("dct:title", text(&purpose.name)),
                        ("dct:description", text(&purpose.description)),
                    ])),
                ),
                (
                    "dpv:hasLegalBasis",
                    Some(
                        purpose
                            .legal_bases
                            .iter()
                            .map(|b| id(legal_basis(b.code)))
                            .collect(),
                    ),
                ),
                (
                    "dpv:hasPersonalData",
                    purpose.data_categories.as_deref().map(|categories| {
                        node([
                            ("@type", text("dpv:PersonalData")),
                            ("dct:description", text(categories)),
                        ])
                    }),
                ),
                (
                    "dpv:hasStorageCondition",
                    Some(node([
                        ("@type", text("dpv:StorageDuration")),
                        ("dct:description", text(&retention_of(purpose, institution))),
                    ])),
                ),
                (
                    "dpv:hasRecipient",
                    Some(
                        recipients
                            .iter()
                            .map(|r| {
                                node([("@type", text("dpv:Recipient")), ("dpv:hasName", text(r))])
                            })
                            .collect(),
                    ),
                ),
            ])
        })
        .collect();
    let rights: Vec<Value> = institution
        .rights
        .iter()
        .filter(|r| r.not_applicable.is_none())
        .map(|r| id(right(r.right)))
        .chain([id("eu-gdpr:A77")])
        .collect();
    // Not `json!` for the whole: it would copy every node made above once more.
    node([
        (
            "@context",
            Some(json!({
                "dpv": DPV,
                "eu-gdpr": EU_GDPR,
                "legal-eu": LEGAL_EU,
                "dct": DCT,
                "@language": policy.language.code(),
            })),
        ),
        ("@id", text(page)),
        ("@type", text("dpv:Process")),
        ("dct:title", text(&institution.name)),
        (
            "dct:modified",
            Some(
                json!({ "@value": policy.date, "@type": "http://www.w3.org/2001/XMLSchema#date" }),
            ),
        ),
        ("dpv:hasApplicableLaw", Some(id("legal-eu:law-GDPR"))),
        (
            "dpv:hasDataController",
            Some(Value::Array(vec![
                institution_controller,
                platform_controller,
            ])),
        ),
        ("dpv:hasDataProcessor", Some(Value::Array(processors))),
        ("dpv:hasProcess", Some(Value::Array(processes))),
        ("dpv:hasRight", Some(Value::Array(rights))),
    ])
}

/// The file's bytes, compact like `policy.json`'s.
pub fn to_json(document: &Value) -> Vec<u8> {
    let mut json = serde_json::to_vec(document).expect("JSON-LD is JSON");
    json.push(b'\n');
    json
}

/// A purpose's retention: its own, else the institution's general rules in their words.
fn retention_of(purpose: &PurposeView, institution: &InstitutionView) -> String {
    if let Some(own) = &purpose.retention {
        return own.clone();
    }
    let general = &institution.retention;
    general
        .intro
        .iter()
        .chain(&general.items)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}
