//! Property-based fuzzing of everything an institution editor writes (issue 16), on stable Rust
//! with proptest. Four targets, from the smallest unit to the whole pipeline:
//!
//! - `markdown`: one section's Markdown through pulldown-cmark and the sanitiser;
//! - `front_matter`: a section file, front matter and body, through the loader;
//! - `institution_toml`: a damaged `institution.toml` through the loader;
//! - `institution`: a whole institution with hostile values and sections, loaded, validated,
//!   merged and rendered into every page in memory.
//!
//! Each asserts: no panic; nothing active in any HTML produced (`support/inert.rs`, on the
//! parsed DOM); errors that point into the file at a line that exists and quote a bounded
//! window of it; and the output a function of the input alone (rendered twice, or from two
//! different folders, byte for byte the same).
//!
//! `cargo test` runs a few hundred cases in all. `PRIVATUMS_FUZZ_CASES=N` sets the cases per
//! target; docs/security.md has the command that runs 100,000 per target.

mod common;
#[path = "support/inert.rs"]
mod inert;
#[path = "support/payloads.rs"]
mod payloads;

use std::fs;
use std::path::{Path, PathBuf};

use privatums::load::{self, Root};
use privatums::render::markdown::{self, Images};
use privatums::{BuildOptions, Diagnostics, Project};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

use common::{copy_dir, repo};

/// Cases per target: `PRIVATUMS_FUZZ_CASES`, else the target's share of a quick run.
fn config(quick: u32) -> Config {
    let cases = std::env::var("PRIVATUMS_FUZZ_CASES")
        .ok()
        .and_then(|n| n.replace('_', "").parse().ok())
        .unwrap_or(quick);
    Config {
        cases,
        // A failing input is printed (shrunk); it is not written into the source tree.
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    }
}

/// The pieces hostile and careless Markdown is made of: its own syntax, HTML, the corpus'
/// attack vectors, Latvian text and whatever Unicode proptest finds.
fn fragment() -> impl Strategy<Value = String> {
    let syntax = prop::sample::select(vec![
        "# ",
        "## ",
        "###### ",
        "**",
        "_",
        "`",
        "```\n",
        "~~~",
        "[",
        "]",
        "(",
        ")",
        "](",
        "![",
        "[^1]",
        "[^1]: ",
        "|",
        "| --- |",
        "\n---\n",
        "> ",
        "- ",
        "1. ",
        "<",
        ">",
        "&",
        "&amp;",
        "&#x3C;",
        "\"",
        "'",
        "\\",
        "\n",
        "\n\n",
        "    ",
        "\t",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "https://",
        "mailto:",
        "javascript:",
        "data:",
        "#",
        "{{ x }}",
        "{% if %}",
        "TODO",
        "pasts@iestade.gov.lv",
        "+371 67000000",
        "LV-1050",
    ])
    .prop_map(str::to_owned);
    let vector = prop::sample::select(payloads::all());
    let words = "[a-zA-ZāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ .,:;!?()-]{0,24}";
    prop_oneof![
        4 => syntax,
        2 => vector,
        3 => words.prop_map(|s| s.to_owned()),
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
}

fn markdown_text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..48).prop_map(|parts| parts.concat())
}

/// Careless rather than hostile: Markdown syntax and words only, which the loader accepts more
/// often than not, so the whole pipeline gets to render it.
fn careless_text() -> impl Strategy<Value = String> {
    let words = "[a-zA-ZāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ .,:;!?()-]{0,24}";
    let part = prop_oneof![
        prop::sample::select(vec![
            "# ", "## ", "**", "_", "`", "[", "](", ")", "|", "\n", "\n\n", "- ", "> ", "[^1]",
            "[^1]: ", "https://", "&", "<", "\""
        ])
        .prop_map(str::to_owned),
        words.prop_map(|s| s.to_owned()),
    ];
    prop::collection::vec(part, 0..32).prop_map(|parts| parts.concat())
}

/// Half careless, half hostile.
fn section_text() -> impl Strategy<Value = String> {
    prop_oneof![careless_text(), markdown_text()]
}

/// `html` wrapped as the body of a document, so the DOM check sees it as a page would.
fn assert_inert(html: &str, input: &str) {
    inert::assert_inert(
        &format!("<!doctype html><body>{html}</body>"),
        &format!("from input {input:?}\nas HTML {html}"),
    );
}

#[test]
fn markdown() {
    proptest!(config(256), |(text in markdown_text())| {
        let first = markdown::render(&text, "fuzz", Images::NONE);
        assert_inert(&first.html, &text);
        let second = markdown::render(&text, "fuzz", Images::NONE);
        prop_assert_eq!(first.html, second.html);
    });
}

/// A site to fuzz: the fixture site (platform, shared content, theme, one institution) in a
/// fresh temporary folder.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn fixture() -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixture(), dir.path());
        copy_dir(&repo().join("themes"), &dir.path().join("themes"));
        Site { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, relative: &str, text: &str) {
        fs::write(self.root().join(relative), text).unwrap();
    }

    /// Loads the platform and every institution, as a build does.
    fn load(&self) -> Result<(), Diagnostics> {
        let root = Root::new(self.root()).unwrap();
        let site = load::load(&root)?;
        for folder in &site.institution_folders {
            load::institution(&root, &site, folder)?;
        }
        Ok(())
    }

    /// Every page of the site, rendered in memory, with the output paths relative to the
    /// output folder.
    fn render(&self) -> Result<Vec<(PathBuf, Vec<u8>)>, Diagnostics> {
        let options = BuildOptions::new(self.root());
        Project::open(&options)?.render()
    }
}

const INSTITUTION: &str = "institutions/alfa/institution.toml";
const SECTION: &str = "institutions/alfa/lv/intro.md";

/// Errors must point into the file they name, at a line it has, quoting a window of it rather
/// than a line of any length (issue 16: quoting whole lines made output grow quadratically).
fn assert_located(errors: &Diagnostics, site: &Site, input: &str) {
    for error in errors.iter() {
        let Some(position) = &error.position else {
            continue;
        };
        let file = site.root().join(&error.file);
        let lines = fs::read_to_string(&file)
            .map(|text| text.lines().count())
            .unwrap_or(usize::MAX);
        assert!(
            position.line >= 1 && position.line <= lines.max(1) + 1,
            "{} points at line {} of a {lines}-line file\nfrom input {input:?}",
            error.location(),
            position.line
        );
        assert!(
            position.source_line.chars().count() <= 400,
            "{} quotes {} characters of its line",
            error.location(),
            position.source_line.chars().count()
        );
    }
}

/// A section file: front matter lines drawn from what editors write (and get wrong), then a
/// body of fuzzed Markdown.
fn section_file() -> impl Strategy<Value = String> {
    let front_line = prop_oneof![
        Just("id = \"intro\"".to_owned()),
        Just("title = \"Ievads\"".to_owned()),
        Just("order = 5".to_owned()),
        Just("placement = \"before\"".to_owned()),
        Just("titel = \"typo\"".to_owned()),
        Just("order = \"five\"".to_owned()),
        Just("title = ".to_owned()),
        Just("[table]".to_owned()),
        "title = \"[^\"\\\\\n]{0,30}\"",
        fragment(),
    ];
    (
        prop::collection::vec(front_line, 0..6),
        any::<bool>(),
        markdown_text(),
    )
        .prop_map(|(front, closed, body)| {
            let end = if closed { "+++\n" } else { "" };
            format!("+++\n{}\n{end}{body}", front.join("\n"))
        })
}

#[test]
fn front_matter() {
    proptest!(config(96), |(file in section_file())| {
        let site = Site::fixture();
        site.write(SECTION, &file);
        if let Err(errors) = site.load() {
            assert_located(&errors, &site, &file);
        }
    });
}

/// Damage a valid `institution.toml` the way hands and paste do: a fragment inserted
/// anywhere, a range deleted, a line repeated.
#[derive(Clone, Debug)]
enum Edit {
    Insert(prop::sample::Index, String),
    Delete(prop::sample::Index, usize),
    RepeatLine(prop::sample::Index),
}

fn apply(text: &str, edit: &Edit) -> String {
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    match edit {
        Edit::Insert(at, fragment) => {
            let at = boundaries[at.index(boundaries.len())];
            format!("{}{fragment}{}", &text[..at], &text[at..])
        }
        Edit::Delete(at, length) => {
            let start = at.index(boundaries.len());
            let end = boundaries
                .get(start + length)
                .copied()
                .unwrap_or(text.len());
            format!("{}{}", &text[..boundaries[start]], &text[end..])
        }
        Edit::RepeatLine(at) => {
            let mut lines: Vec<&str> = text.lines().collect();
            let at = at.index(lines.len());
            lines.insert(at, lines[at]);
            lines.join("\n")
        }
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<prop::sample::Index>(), fragment()).prop_map(|(at, f)| Edit::Insert(at, f)),
        (any::<prop::sample::Index>(), 1..40usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        any::<prop::sample::Index>().prop_map(Edit::RepeatLine),
    ]
}

fn fixture() -> PathBuf {
    repo().join("tests/fixtures/site")
}

fn fixture_institution() -> String {
    fs::read_to_string(fixture().join(INSTITUTION)).unwrap()
}

#[test]
fn institution_toml() {
    let valid = fixture_institution();
    proptest!(config(96), |(edits in prop::collection::vec(edit(), 1..4))| {
        let text = edits.iter().fold(valid.clone(), |text, e| apply(&text, e));
        let site = Site::fixture();
        site.write(INSTITUTION, &text);
        if let Err(errors) = site.load() {
            assert_located(&errors, &site, &text);
        }
    });
}

/// A TOML basic string holding `value` exactly, whatever it contains.
fn toml_string(value: &str) -> String {
    let mut quoted = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The fixture institution with some of its texts replaced by fuzzed ones, and fuzzed
/// sections in both languages: still valid TOML, so the whole pipeline runs.
fn hostile_institution() -> impl Strategy<Value = (String, String, String)> {
    let valid = fixture_institution();
    let strings = regex::Regex::new(r#""(?:[^"\\\n]|\\.)*""#).unwrap();
    let spans: Vec<(usize, usize)> = strings
        .find_iter(&valid)
        .map(|m| (m.start(), m.end()))
        .collect();
    let replacements = prop::collection::vec((any::<prop::sample::Index>(), section_text()), 0..4);
    let front = |language: &str| {
        let text =
            fs::read_to_string(fixture().join(format!("institutions/alfa/{language}/intro.md")))
                .unwrap();
        let end = text[3..].find("+++").unwrap() + 6;
        text[..end].to_owned()
    };
    let (front_lv, front_en) = (front("lv"), front("en"));
    (replacements, section_text(), section_text()).prop_map(move |(chosen, lv, en)| {
        let mut replaced: Vec<Option<String>> = vec![None; spans.len()];
        for (at, value) in chosen {
            replaced[at.index(spans.len())] = Some(toml_string(&value));
        }
        let mut text = String::new();
        let mut last = 0;
        for ((start, end), value) in spans.iter().zip(&replaced) {
            if let Some(value) = value {
                text.push_str(&valid[last..*start]);
                text.push_str(value);
                last = *end;
            }
        }
        text.push_str(&valid[last..]);
        (
            text,
            format!("{front_lv}\n{lv}\n"),
            format!("{front_en}\n{en}\n"),
        )
    })
}

#[test]
fn institution() {
    proptest!(config(24), |((toml, lv, en) in hostile_institution())| {
        let input = format!("{toml}\n--- lv ---\n{lv}\n--- en ---\n{en}");
        let mut outputs = Vec::new();
        // The same input in two different folders: the output depends on the input alone.
        for _ in 0..2 {
            let site = Site::fixture();
            site.write(INSTITUTION, &toml);
            site.write("institutions/alfa/lv/intro.md", &lv);
            site.write("institutions/alfa/en/intro.md", &en);
            match site.render() {
                Ok(pages) => {
                    for (path, bytes) in &pages {
                        if path.extension().is_some_and(|e| e == "html") {
                            let what = format!("{}, from input {input:?}", path.display());
                            inert::assert_inert(&String::from_utf8_lossy(bytes), &what);
                        }
                    }
                    outputs.push(Ok(pages));
                }
                Err(errors) => {
                    assert_located(&errors, &site, &input);
                    outputs.push(Err(errors.iter().map(|e| e.location()).collect::<Vec<_>>()));
                }
            }
        }
        prop_assert!(outputs[0] == outputs[1], "two builds of one input differ\n{}", input);
    });
}
