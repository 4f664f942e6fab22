//! The incremental path — what `serve` does after an edit — must give exactly what a full
//! build of the same sources gives, and must not rewrite pages whose bytes did not change.
//! Uses the library API, the way a long-running process does.

mod common;
// The benchmark's synthetic platform, outside the library so a user's build never compiles it.
#[path = "../src/bin/bench/synthetic/mod.rs"]
#[allow(dead_code)] // the benchmark uses the rest
mod synthetic;

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use common::TestSite;
use privatums::{BuildOptions, Project, Scope};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn synthetic_site(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    synthetic::generate(dir.path(), n, &repo().join("themes")).unwrap();
    dir
}

fn options(root: &Path, out: &Path) -> BuildOptions {
    BuildOptions {
        out: out.to_path_buf(),
        ..BuildOptions::new(root)
    }
}

/// Replaces `from` with `to` in a file; `from` must be there, so a test can't pass by
/// editing nothing.
fn edit(root: &Path, relative: &str, from: &str, to: &str) {
    let path = root.join(relative);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{relative} does not contain {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn append(path: &Path, text: &str) {
    let mut current = fs::read_to_string(path).unwrap();
    current.push_str(text);
    fs::write(path, current).unwrap();
}

/// Every file under `dir`, by its path inside it, with what `of` reads from it.
fn per_file<T>(dir: &Path, of: impl Fn(&walkdir::DirEntry) -> T) -> BTreeMap<PathBuf, T> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().to_path_buf(), of(&e)))
        .collect()
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    per_file(dir, |e| fs::read(e.path()).unwrap())
}

fn inodes(dir: &Path) -> BTreeMap<PathBuf, u64> {
    per_file(dir, |e| e.metadata().unwrap().ino())
}

/// A full build of the sources as they are now, into a fresh folder, compared file by
/// file (names and bytes) with `out`.
fn assert_same_as_full_build(root: &Path, out: &Path) {
    let fresh = tempfile::tempdir().unwrap();
    let fresh_out = fresh.path().join("public");
    privatums::build(&options(root, &fresh_out)).unwrap();
    let (expected, actual) = (snapshot(&fresh_out), snapshot(out));
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        actual.keys().collect::<Vec<_>>(),
        "the same files"
    );
    for (path, bytes) in &expected {
        assert!(
            actual[path] == *bytes,
            "{} differs from a full build",
            path.display()
        );
    }
}

#[test]
fn institution_edit_published_alone_equals_a_full_build() {
    let site = TestSite::fixture();
    let root = site.root();
    let out = root.join("public");
    let mut project = Project::open(&options(root, &out)).unwrap();
    project.publish(&Scope::Whole).unwrap();
    let slug = project.find_institution("alfa").unwrap();

    edit(
        root,
        "institutions/alfa/lv/intro.md",
        "Alfa intro lv.",
        "Alfa intro lv, labots.\n\n### Jauns virsraksts\n\nVēl [saite](https://www.alfa.example.lv).",
    );
    edit(
        root,
        "institutions/alfa/en/intro.md",
        "Alfa intro en.",
        "Alfa intro en, edited.\n\n### A new heading\n\nMore [link](https://www.alfa.example.lv).",
    );
    project.publish(&Scope::Institution(slug.clone())).unwrap();
    let page = fs::read_to_string(out.join("alfa/lv/privatuma-politika/index.html")).unwrap();
    assert!(page.contains("Jauns virsraksts"), "the edit is published");
    assert_same_as_full_build(root, &out);

    // A second edit on the same project, this time of institution.toml.
    edit(
        root,
        "institutions/alfa/institution.toml",
        "Telpu drošība.",
        "Telpu un informācijas sistēmu drošība.",
    );
    project.publish(&Scope::Institution(slug)).unwrap();
    assert_same_as_full_build(root, &out);
}

#[test]
fn shared_edit_reopened_and_published_equals_a_full_build() {
    let site = TestSite::fixture();
    let root = site.root();
    let out = root.join("public");
    Project::open(&options(root, &out))
        .unwrap()
        .publish(&Scope::Whole)
        .unwrap();

    edit(
        root,
        "platform.toml",
        "Apmeklējuma statistika",
        "Apmeklējuma un lietojuma statistika",
    );
    append(
        &root.join("content/en/policy/intro.md"),
        "\nOne more shared sentence.\n",
    );
    Project::open(&options(root, &out))
        .unwrap()
        .publish(&Scope::Whole)
        .unwrap();
    assert_same_as_full_build(root, &out);
}

#[test]
fn only_pages_whose_bytes_changed_are_rewritten() {
    let site = synthetic_site(5);
    let root = site.path();
    let out = root.join("public");
    let mut project = Project::open(&options(root, &out)).unwrap();
    project.publish(&Scope::Whole).unwrap();
    let before = inodes(&out);

    // Nothing changed: every file stays the very file it was.
    project.publish(&Scope::Whole).unwrap();
    assert_eq!(inodes(&out), before);

    // One institution's Latvian Markdown: only its Latvian page (and its .br and .gz copies)
    // is replaced.
    append(&root.join(synthetic::editable_markdown(2)), "\nLabojums.\n");
    let slug = project.find_institution(&synthetic::slug(2)).unwrap();
    project.publish(&Scope::Institution(slug)).unwrap();
    let after = inodes(&out);
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(path, inode)| before.get(*path) != Some(*inode))
        .map(|(path, _)| path)
        .collect();
    let page = format!("{}/lv/privatuma-politika/index.html", synthetic::slug(2));
    let expected: Vec<PathBuf> = ["", ".br", ".gz"]
        .iter()
        .map(|copy| PathBuf::from(format!("{page}{copy}")))
        .collect();
    assert_eq!(changed, expected.iter().collect::<Vec<_>>());
    assert_same_as_full_build(root, &out);
}

#[test]
fn synthetic_platform_builds() {
    let site = synthetic_site(5);
    let out = site.path().join("public");
    let summary = privatums::build(&options(site.path(), &out)).unwrap();
    // Two pages per institution, the platform's policy and index in each language.
    assert_eq!(summary.pages, 5 * 2 + 4);
    assert_eq!(summary.warnings, 0, "the synthetic content passes `check`");
    let page = fs::read_to_string(out.join(format!(
        "{}/en/privacy-policy/index.html",
        synthetic::slug(0)
    )))
    .unwrap();
    assert!(
        page.contains("<div id=\"sis\""),
        "every tenth institution has the SIS block"
    );
}

/// An institution rebuilt on its own is still compared with the others: taking another's
/// website is refused, and the last good output stays.
#[test]
fn an_institution_rebuilt_alone_may_not_take_anothers_address() {
    let site = synthetic_site(3);
    let root = site.path();
    let out = root.join("public");
    let mut project = Project::open(&options(root, &out)).unwrap();
    project.publish(&Scope::Whole).unwrap();
    let before = snapshot(&out);
    let (taker, owner) = (synthetic::slug(1), synthetic::slug(2));
    let file = |slug: &str| {
        root.join("institutions")
            .join(slug)
            .join("institution.toml")
    };
    let website = |slug: &str| {
        let text = fs::read_to_string(file(slug)).unwrap();
        let line = text.lines().find(|l| l.starts_with("website = ")).unwrap();
        line.to_owned()
    };
    let (from, to) = (website(&taker), website(&owner));
    edit(
        root,
        &format!("institutions/{taker}/institution.toml"),
        &from,
        &to,
    );

    let slug = project.find_institution(&taker).unwrap();
    let errors = project
        .publish(&Scope::Institution(slug))
        .unwrap_err()
        .to_string();
    assert!(errors.contains(&format!("`{owner}`")), "{errors}");
    assert!(
        errors.contains(&format!("institutions/{taker}/institution.toml:")),
        "{errors}"
    );
    assert_eq!(snapshot(&out), before, "the last good output stays");
}
