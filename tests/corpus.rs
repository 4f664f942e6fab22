//! The adversarial corpus (issue 16): every payload in every place an editor writes text —
//! each string value of `institution.toml` and each Markdown construct of a section — then
//! every page checked on its parsed DOM: no script, no event handler, no `javascript:` or
//! `data:` address, nothing loaded from another site. A payload may instead be refused while
//! loading or validating, with the file and line.
//!
//! One site holds every payload (an institution per payload and kind of place), loaded and
//! rendered in this process once, so hundreds of payloads × dozens of places take seconds.

mod common;
#[path = "support/inert.rs"]
mod inert;
#[path = "support/payloads.rs"]
mod payloads;

use std::path::Path;

use common::TestSite;
use privatums::load::{self, Root};
use privatums::merge;
use privatums::model::Language;
use privatums::render::Renderer;
use privatums::validate;

/// Values that name a closed vocabulary or an id, not text: a payload there is a type error.
const NOT_TEXT: [&str; 5] = ["legal_bases", "right", "category", "id", "updated"];

/// Every string value of the TOML replaced by the payload — only `website` if `website`,
/// all but it otherwise; the number of places.
fn replace_strings(value: &mut toml::Value, payload: &str, key: &str, website: bool) -> usize {
    match value {
        toml::Value::String(s) if !NOT_TEXT.contains(&key) && (key == "website") == website => {
            *s = payload.to_owned();
            1
        }
        toml::Value::Array(items) => items
            .iter_mut()
            .map(|v| replace_strings(v, payload, key, website))
            .sum(),
        toml::Value::Table(table) => table
            .iter_mut()
            .map(|(k, v)| {
                let inherited = if k == "lv" || k == "en" { key } else { k };
                replace_strings(v, payload, inherited, website)
            })
            .sum(),
        _ => 0,
    }
}

/// The Markdown constructs a payload is put in, by the kind of place: text, raw HTML (which
/// loading may refuse), images (ditto).
fn markdown_places(kind: &str, p: &str) -> Vec<String> {
    let one_line = p.replace('\n', " ");
    match kind {
        "text" => vec![
            p.to_owned(),
            format!("### {one_line}"),
            format!("*{one_line}* **{one_line}** ~~{one_line}~~"),
            format!("[{one_line}](https://a.lv/)"),
            format!("[x]({one_line})"),
            format!("[x](<{one_line}>)"),
            format!("[x](https://a.lv/ \"{}\")", one_line.replace('"', "'")),
            format!("[x][ref]\n\n[ref]: {one_line}"),
            format!("`{one_line}`"),
            format!("```\n{p}\n```"),
            format!(
                "| a | b |\n|---|---|\n| {} | x |",
                one_line.replace('|', "/")
            ),
            format!("Note[^n].\n\n[^n]: {one_line}"),
            format!("> {one_line}"),
            format!("- {one_line}\n- x"),
            format!("1. {one_line}"),
            format!("<{one_line}>"),
        ],
        "html" => vec![
            format!("<div>\n{p}\n</div>"),
            format!("Text <span>{one_line}</span> text."),
            format!("<p title=\"{}\">x</p>", one_line.replace('"', "&quot;")),
        ],
        "image" => vec![
            format!("![{one_line}](ok.png)"),
            format!("![x]({one_line})"),
            format!("![x](ok.png \"{}\")", one_line.replace('"', "'")),
        ],
        _ => Vec::new(),
    }
}

/// The kinds of place, an institution each: TOML values; the website
/// (validation refuses all but `https://` addresses); Markdown text, raw HTML and images
/// (loading refuses what would load from elsewhere).
const KINDS: [&str; 5] = ["toml", "website", "text", "html", "image"];

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

/// How a payload fared.
#[derive(Default)]
struct Tally {
    tried: usize,
    refused: usize,
    rendered_inert: usize,
}

#[test]
fn every_payload_in_every_place_is_inert_or_refused() {
    let site = TestSite::fixture();
    let root = Root::new(site.root()).unwrap();
    let loaded = load::load(&root).unwrap();
    let renderer = Renderer::new(&loaded).unwrap();
    let template: toml::Value =
        toml::from_str(&site.read("institutions/alfa/institution.toml")).unwrap();
    let payloads = payloads::all();
    assert!(payloads.len() >= 100, "{}", payloads.len());

    let mut places_per_payload = 0;
    let mut folders = Vec::new();
    for (n, payload) in payloads.iter().enumerate() {
        for kind in KINDS {
            let folder = format!("institutions/p{n:03}-{kind}");
            let mut data = template.clone();
            // Each institution its own website: two pages may not share a canonical URL.
            data["website"] = toml::Value::String(format!("https://p{n:03}-{kind}.example.lv"));
            let toml_places = match kind {
                "toml" => replace_strings(&mut data, payload, "", false),
                "website" => replace_strings(&mut data, payload, "", true),
                _ => 0,
            };
            site.write(
                &format!("{folder}/institution.toml"),
                &toml::to_string(&data).unwrap(),
            );
            let places = markdown_places(kind, payload);
            if n == 0 {
                places_per_payload += toml_places + places.len();
            }
            for language in ["lv", "en"].into_iter().filter(|_| !places.is_empty()) {
                std::fs::create_dir_all(site.root().join(&folder).join(language)).unwrap();
                std::fs::write(site.root().join(&folder).join(language).join("ok.png"), PNG)
                    .unwrap();
                // The places one after the other in one section, whose title is a place
                // too (TOML-escaped in the front matter).
                let title = toml::Value::String(payload.replace('\n', " ")).to_string();
                site.write(
                    &format!("{folder}/{language}/places.md"),
                    &format!(
                        "+++\nid = \"places\"\ntitle = {title}\norder = 200\n+++\n\n{}\n",
                        places.join("\n\n")
                    ),
                );
            }
            folders.push((n, folder));
        }
    }
    places_per_payload += 3; // the titles of the three sections

    let mut tally = Tally::default();
    for (_, folder) in &folders {
        tally.tried += 1;
        let institution = match load::load_one_institution(&root, Path::new(folder)) {
            Ok(institution) => institution,
            Err(errors) => {
                assert_refused_with_a_place(&errors, folder);
                tally.refused += 1;
                continue;
            }
        };
        if let Err(errors) = validate::validate_institution(&loaded, &institution) {
            assert_refused_with_a_place(&errors, folder);
            tally.refused += 1;
            continue;
        }
        for language in Language::ALL {
            let plan = merge::plan_institution(&loaded, &institution, language);
            let slug = &institution.slug;
            let html = renderer
                .render_page(&loaded, &plan)
                .unwrap_or_else(|e| panic!("{slug}: {e}"));
            let html = String::from_utf8(html).unwrap();
            let n: usize = slug.as_str()[1..4].parse().unwrap();
            inert::assert_inert(&html, &format!("{slug}: payload {:?}", payloads[n]));
            tally.rendered_inert += 1;
        }
    }
    println!(
        "corpus: {} payloads × {} places = {} tried; {} institutions (payload × kind of place) refused at load or validation, {} pages rendered inert",
        payloads.len(),
        places_per_payload,
        payloads.len() * places_per_payload,
        tally.refused,
        tally.rendered_inert
    );
    assert!(places_per_payload >= 40, "{places_per_payload}");
    assert_eq!(tally.tried, payloads.len() * KINDS.len());
    // Most payloads reach a page: the test must not pass by refusing everything.
    assert!(
        tally.rendered_inert >= payloads.len() * 2,
        "{}",
        tally.rendered_inert
    );
}

/// A refusal names a file of the institution, with a line where there is one.
fn assert_refused_with_a_place(errors: &privatums::Diagnostics, folder: &str) {
    assert!(!errors.is_empty());
    for e in errors.iter() {
        assert!(
            e.file.starts_with(folder),
            "{folder}: {} is not in the folder: {e}",
            e.file.display()
        );
    }
    assert!(
        errors.iter().any(|e| e.position.is_some()),
        "{folder}: no line in {errors}"
    );
}
