//! The published JSON Schemas (`docs/schema/`): generated from the Rust types, fresh, and
//! what the build's data files and the editors' TOML files validate against.

mod common;

use std::path::{Path, PathBuf};

use common::{repo, TestSite};
use serde_json::Value;

/// The committed schema `name`, parsed.
fn committed(name: &str) -> Value {
    let path = repo().join("docs/schema").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run `privatums schema`)", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&committed(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every way `value` breaks the schema, one line each.
fn violations(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn committed_schemas_are_what_privatums_schema_writes() {
    let out = tempfile::tempdir().unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_privatums"))
        .args(["schema", "--out"])
        .arg(out.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.contains(&"policy.schema.json".to_owned()),
        "{names:?}"
    );
    for name in names {
        let fresh = std::fs::read_to_string(out.path().join(&name)).unwrap();
        let path = repo().join("docs/schema").join(&name);
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            fresh == kept,
            "{} is stale: run `cargo run -- schema` and commit it",
            path.display()
        );
    }
}

/// Each institution page's `policy.json`: beside the page, linked from it, valid against
/// the committed schema, and saying what the page says.
fn assert_policy_documents(site: &TestSite) {
    site.build_ok();
    let validator = validator("policy.schema.json");
    let pages: Vec<PathBuf> = walkdir::WalkDir::new(site.public())
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.file_name().is_some_and(|n| n == "index.html"))
        .filter(|p| {
            // Institution pages: <slug>/<lang>/<policy path>/index.html
            let relative = p.strip_prefix(site.public()).unwrap();
            let parts: Vec<_> = relative.iter().map(|c| c.to_str().unwrap()).collect();
            matches!(
                parts[..],
                [_, "lv", "privatuma-politika", "index.html"]
                    | [_, "en", "privacy-policy", "index.html"]
            ) && !matches!(parts[0], "lv" | "en")
        })
        .collect();
    assert!(!pages.is_empty());
    for page_path in pages {
        let relative = page_path.strip_prefix(site.public()).unwrap();
        let page = site.page(relative.to_str().unwrap());
        let links = page.attrs("link[rel=alternate][type='application/json']", "href");
        assert_eq!(links, ["policy.json"], "{}", relative.display());
        let json_path = page_path.with_file_name("policy.json");
        let text = std::fs::read_to_string(&json_path)
            .unwrap_or_else(|e| panic!("{}: {e}", json_path.display()));
        let document: Value = serde_json::from_str(&text).unwrap();
        let problems = violations(&validator, &document);
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            json_path.display(),
            problems.join("\n")
        );
        assert_eq!(document["version"], 1);
        assert_eq!(
            document["page"].as_str(),
            page.attrs("link[rel=canonical]", "href")
                .first()
                .map(String::as_str)
        );
        assert_eq!(
            document["language"].as_str(),
            page.attrs("html", "lang").first().map(String::as_str)
        );
        // The page's dates, and the policy's date the later of them.
        let dates = page.attrs(".dates time", "datetime");
        assert_eq!(
            dates,
            [
                document["published"]["iso"].as_str().unwrap(),
                document["updated"]["iso"].as_str().unwrap()
            ]
        );
        assert_eq!(
            document["date"].as_str().unwrap(),
            dates.iter().max().unwrap()
        );
        // Every purpose the page names, with its anchor, and nothing else.
        let anchors: Vec<String> = document["institution"]["purposes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["anchor"].as_str().unwrap().to_owned())
            .collect();
        assert!(!anchors.is_empty());
        for anchor in &anchors {
            assert_eq!(
                page.select(&format!("[id='{anchor}']")).len(),
                1,
                "{}: #{anchor}",
                relative.display()
            );
        }
        assert_eq!(
            page.select("[id^='purpose-']:not([id$='-title'])").len(),
            anchors.len(),
            "{}: the page's purposes",
            relative.display()
        );
        let institution = &document["institution"];
        assert!(page
            .text
            .contains(&html_escape(institution["name"].as_str().unwrap())));
        for chapter in document["chapters"].as_array().unwrap() {
            let id = chapter["id"].as_str().unwrap();
            assert_eq!(
                page.select(&format!("[id='{id}']")).len(),
                1,
                "chapter {id}"
            );
        }
        let cookies: Vec<&str> = document["cookies"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["cookies"].as_array().unwrap())
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert!(!cookies.is_empty(), "{}: no cookies", relative.display());
        for name in cookies {
            assert!(page.text.contains(&html_escape(name)), "cookie {name}");
        }
    }
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn every_fixture_policy_document_validates_and_matches_its_page() {
    assert_policy_documents(&TestSite::fixture());
}

#[test]
fn every_shipped_policy_document_validates_and_matches_its_page() {
    assert_policy_documents(&TestSite::shipped());
}

#[test]
fn the_policy_schema_rejects_a_document_that_breaks_it() {
    let site = TestSite::fixture();
    site.build_ok();
    let path = first(&site.public(), "policy.json");
    let mut document: Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = validator("policy.schema.json");
    assert!(violations(&validator, &document).is_empty());
    document["institution"]["purposes"][0]["legal_bases"][0]
        .as_object_mut()
        .unwrap()
        .remove("code");
    document["language"] = Value::from("de");
    let problems = violations(&validator, &document);
    assert!(
        problems.iter().any(|p| p.contains("code")) && problems.iter().any(|p| p.contains("de")),
        "{problems:?}"
    );
}

/// The first file named `name` under `folder`.
fn first(folder: &Path, name: &str) -> PathBuf {
    walkdir::WalkDir::new(folder)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .find(|p| p.file_name().is_some_and(|n| n == name))
        .unwrap_or_else(|| panic!("no {name} under {}", folder.display()))
}

/// A TOML file as the JSON a schema validates (what Even Better TOML does): dates become
/// their text.
fn toml_as_json(path: &Path) -> Value {
    fn convert(value: toml::Value) -> Value {
        match value {
            toml::Value::String(s) => Value::from(s),
            toml::Value::Integer(i) => Value::from(i),
            toml::Value::Float(f) => Value::from(f),
            toml::Value::Boolean(b) => Value::from(b),
            toml::Value::Datetime(d) => Value::from(d.to_string()),
            toml::Value::Array(a) => Value::Array(a.into_iter().map(convert).collect()),
            toml::Value::Table(t) => {
                Value::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect())
            }
        }
    }
    let text = std::fs::read_to_string(path).unwrap();
    convert(toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// Every `institution.toml` and `platform.toml` shipped and in the fixtures.
fn toml_files(name: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["institutions", "platform.toml", "tests/fixtures"]
        .iter()
        .flat_map(|top| walkdir::WalkDir::new(repo().join(top)))
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.file_name().is_some_and(|n| n == name))
        .collect();
    files.sort();
    files
}

#[test]
fn every_shipped_and_fixture_toml_file_validates_against_its_schema() {
    for (name, schema) in [
        ("institution.toml", "institution.schema.json"),
        ("platform.toml", "platform.schema.json"),
    ] {
        let validator = validator(schema);
        let files = toml_files(name);
        assert!(files.len() >= 2, "{name}: {files:?}");
        for path in files {
            let problems = violations(&validator, &toml_as_json(&path));
            assert!(
                problems.is_empty(),
                "{}:\n{}",
                path.display(),
                problems.join("\n")
            );
        }
    }
}

#[test]
fn the_institution_schema_rejects_a_misspelt_key_and_a_missing_one() {
    let validator = validator("institution.schema.json");
    let path = repo().join("institutions/pmlp/institution.toml");
    let mut institution = toml_as_json(&path);
    let email = institution
        .as_object_mut()
        .unwrap()
        .remove("email")
        .unwrap();
    institution["emial"] = email;
    let problems = violations(&validator, &institution);
    assert!(problems.iter().any(|p| p.contains("emial")), "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("\"email\" is a required")),
        "{problems:?}"
    );
    // A misspelt key inside a table too, and a legal basis that is no Art. 6(1) point.
    let mut institution = toml_as_json(&path);
    institution["purposes"][0]["legal_bases"] = serde_json::json!(["g"]);
    institution["data_protection_officer"]["emali"] = Value::from("x@example.lv");
    let problems = violations(&validator, &institution);
    assert!(problems.iter().any(|p| p.contains("emali")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("\"g\"")), "{problems:?}");
}

/// The schema of the value at `key` in `schema`, through `$ref`s, `Option`s and lists.
fn property<'a>(root: &'a Value, schema: &'a Value, key: &str) -> Option<&'a Value> {
    Some(resolve(
        root,
        resolve(root, schema).get("properties")?.get(key)?,
    ))
}

fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/$defs/");
        return resolve(root, &root["$defs"][name]);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        if let Some(table) = any.iter().find(|s| {
            let s = resolve(root, s);
            s.get("properties").is_some() || s.get("items").is_some()
        }) {
            return resolve(root, table);
        }
    }
    if let Some(items) = schema.get("items") {
        return resolve(root, items);
    }
    schema
}

fn is_required(root: &Value, table: &Value, key: &str) -> bool {
    resolve(root, table)["required"]
        .as_array()
        .is_some_and(|r| r.iter().any(|k| k == key))
}

/// The key table of `institution.toml` in a document: each key (`purposes.id`) and whether
/// it says required, by the words of the document's language.
fn key_table(document: &str, required: &[&str], optional: &[&str]) -> Vec<(String, bool)> {
    let text = std::fs::read_to_string(repo().join(document)).unwrap();
    let start = text
        .find("## `institutions/<slug>/institution.toml`")
        .unwrap_or_else(|| panic!("{document}: no institution.toml section"));
    let mut rows = Vec::new();
    // The first table of the section: its rows up to the first line that is not one.
    let table = text[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'));
    for line in table {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 4 || !cells[1].starts_with('`') {
            continue;
        }
        let key = cells[1].trim_matches(['`', '[', ']']).to_owned();
        let word = cells[2].trim_matches('*');
        let is_required = if optional.iter().any(|o| word.starts_with(o)) {
            false
        } else if required.iter().any(|r| word.starts_with(r)) {
            true
        } else {
            panic!("{document}: `{key}`: neither required nor optional: {word:?}")
        };
        rows.push((key, is_required));
    }
    rows
}

#[test]
fn the_key_tables_in_both_languages_agree_with_the_schema() {
    let root = committed("institution.schema.json");
    let top: Vec<String> = root["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    for (document, required, optional) in [
        (
            "docs/content-model.md",
            &["required"][..],
            &["optional", "one of these two"][..],
        ),
        (
            "docs/satura-modelis.md",
            &["obligāta"][..],
            &["nav obligāta", "viena no abām"][..],
        ),
    ] {
        let rows = key_table(document, required, optional);
        let keys: Vec<&str> = rows.iter().map(|(k, _)| k.as_str()).collect();
        for key in &top {
            assert!(
                keys.contains(&key.as_str()),
                "{document}: `{key}` is missing"
            );
        }
        for (key, says_required) in &rows {
            let (table, name) = match key.split_once('.') {
                Some((table, name)) => (
                    property(&root, &root, table)
                        .unwrap_or_else(|| panic!("{document}: no table `{table}`")),
                    name,
                ),
                None => (&root, key.as_str()),
            };
            assert!(
                property(&root, table, name).is_some(),
                "{document}: `{key}` is not a key of institution.toml"
            );
            assert_eq!(
                is_required(&root, table, name),
                *says_required,
                "{document}: `{key}` is {} in the schema",
                if *says_required {
                    "optional"
                } else {
                    "required"
                }
            );
        }
    }
}

/// Expands JSON-LD files with PyLD, the JSON-LD processor of the W3C JSON-LD test suite's
/// Python implementation; one expanded document per file, in order. Fails, never skips,
/// when Python or PyLD is missing.
fn expand_json_ld(files: &[PathBuf]) -> Vec<Value> {
    const SCRIPT: &str = "import json, sys\n\
        from pyld import jsonld\n\
        print(json.dumps([jsonld.expand(json.load(open(f, encoding='utf-8'))) for f in sys.argv[1:]]))";
    let run = std::process::Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("python3 is needed to expand JSON-LD: {e}"));
    assert!(
        run.status.success(),
        "PyLD could not expand the JSON-LD (install it: python3 -m pip install PyLD):\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).unwrap()
}

const DPV: &str = "https://w3id.org/dpv#";
const EU_GDPR: &str = "https://w3id.org/dpv/legal/eu/gdpr#";
const LEGAL_EU: &str = "https://w3id.org/dpv/legal/eu#";
const DCT: &str = "http://purl.org/dc/terms/";

/// Every property and type IRI in an expanded document, and the `@id`s of `property`.
fn walk(value: &Value, terms: &mut Vec<String>, ids: &mut Vec<(String, String)>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| walk(v, terms, ids)),
        Value::Object(map) => {
            for (key, value) in map {
                match key.as_str() {
                    "@type" => {
                        for t in value.as_array().into_iter().flatten() {
                            terms.push(t.as_str().unwrap().to_owned());
                        }
                        if let Some(t) = value.as_str() {
                            // a typed literal's datatype
                            assert!(t.starts_with("http://www.w3.org/2001/XMLSchema#"), "{t}");
                        }
                    }
                    "@id" | "@value" | "@language" => {}
                    property => {
                        terms.push(property.to_owned());
                        for object in value.as_array().into_iter().flatten() {
                            if let Some(id) = object.get("@id").and_then(Value::as_str) {
                                if object.as_object().unwrap().len() == 1 {
                                    ids.push((property.to_owned(), id.to_owned()));
                                }
                            }
                        }
                        walk(value, terms, ids);
                    }
                }
            }
        }
        _ => {}
    }
}

fn assert_dpv_documents(site: &TestSite) {
    site.build_ok();
    let files: Vec<PathBuf> = walkdir::WalkDir::new(site.public())
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.file_name().is_some_and(|n| n == "policy.jsonld"))
        .collect();
    let pages = walkdir::WalkDir::new(site.public())
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_name() == "policy.json")
        .count();
    assert!(!files.is_empty() && files.len() == pages, "{files:?}");
    let expanded = expand_json_ld(&files);
    let article = regex::Regex::new(r"^A(1[5-8]|2[0-2]|7-3|77)$").unwrap();
    for (path, document) in files.iter().zip(&expanded) {
        let what = path.display();
        let policy: Value = serde_json::from_str(
            &std::fs::read_to_string(path.with_file_name("policy.json")).unwrap(),
        )
        .unwrap();
        let page = site.page(
            path.with_file_name("index.html")
                .strip_prefix(site.public())
                .unwrap()
                .to_str()
                .unwrap(),
        );
        assert!(
            page.attrs("link[rel=alternate][type='application/ld+json']", "href")
                == ["policy.jsonld"],
            "{what}: not linked from its page"
        );
        let (mut terms, mut ids) = (Vec::new(), Vec::new());
        walk(document, &mut terms, &mut ids);
        assert!(terms.len() > 20, "{what}: {terms:?}");
        for term in &terms {
            assert!(
                [DPV, EU_GDPR, LEGAL_EU, DCT]
                    .iter()
                    .any(|ns| term.starts_with(ns)),
                "{what}: `{term}` is not in DPV's namespaces (a term the context does not define?)"
            );
            if let Some(local) = term.strip_prefix(DCT) {
                assert!(
                    ["title", "description", "modified"].contains(&local),
                    "{what}: {term}"
                );
            }
        }
        for needed in [
            "hasDataController",
            "hasDataProcessor",
            "hasPurpose",
            "hasLegalBasis",
            "hasPersonalData",
            "hasStorageCondition",
            "hasRecipient",
            "hasRight",
            "hasDataProtectionOfficer",
        ] {
            assert!(
                terms.contains(&format!("{DPV}{needed}")),
                "{what}: no dpv:{needed}"
            );
        }
        // The legal bases are the GDPR Art. 6(1) concepts, one per basis the JSON gives.
        let bases: Vec<&str> = ids
            .iter()
            .filter(|(p, _)| *p == format!("{DPV}hasLegalBasis"))
            .map(|(_, id)| id.as_str())
            .collect();
        let expected: Vec<String> = policy["institution"]["purposes"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| p["legal_bases"].as_array().unwrap())
            .map(|b| format!("{EU_GDPR}A6-1-{}", b["code"].as_str().unwrap()))
            .collect();
        assert_eq!(bases, expected, "{what}");
        let rights: Vec<&str> = ids
            .iter()
            .filter(|(p, _)| *p == format!("{DPV}hasRight"))
            .map(|(_, id)| id.as_str())
            .collect();
        assert!(rights.len() >= 5, "{what}: {rights:?}");
        for right in rights {
            let local = right
                .strip_prefix(EU_GDPR)
                .unwrap_or_else(|| panic!("{right}"));
            assert!(article.is_match(local), "{what}: {right}");
        }
    }
}

#[test]
fn every_fixture_dpv_document_expands_to_dpv_terms() {
    assert_dpv_documents(&TestSite::fixture());
}

#[test]
fn every_shipped_dpv_document_expands_to_dpv_terms() {
    assert_dpv_documents(&TestSite::shipped());
}

#[test]
fn each_key_is_described_in_latvian_then_english_with_whether_it_is_required() {
    let root = committed("institution.schema.json");
    let described = |table: &Value, key: &str| -> String {
        table["properties"][key]["description"]
            .as_str()
            .unwrap_or_else(|| panic!("`{key}` has no description"))
            .to_owned()
    };
    let email = described(&root, "email");
    assert_eq!(email, "obligāta\n\nrequired");
    let short_name = described(&root, "short_name");
    assert!(
        short_name.starts_with("nav obligāta: teksts: kā politikā uz iestādi atsaucas"),
        "{short_name}"
    );
    assert!(short_name.contains("\n\noptional: "), "{short_name}");
    // A key of a table: `purposes.retention`, through the list and the `$ref`.
    let purpose = &root["$defs"]["Purpose"];
    let retention = described(purpose, "retention");
    assert!(
        retention.starts_with("nav obligāta: teksts: cik ilgi"),
        "{retention}"
    );
    assert!(retention.contains("\n\noptional: "), "{retention}");
}
