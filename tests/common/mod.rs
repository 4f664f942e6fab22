//! A test site in a temporary folder, built by the real `privatums` binary.

#![allow(dead_code)] // each test crate uses its own part of the harness

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

pub struct TestSite {
    dir: tempfile::TempDir,
}

/// A value for each `TODO` of the `new institution` skeleton's institution.toml, in the
/// order they appear (`TestSite::fill_in_skeleton`).
const SKELETON_VALUES: &[(&str, &str)] = &[
    ("https://www.TODO.gov.lv", "https://www.beta.example.lv"),
    ("TODO: 11 digits", "90000000029"),
    (
        "TODO: street and number, town, LV-0000",
        "Betas iela 2, Rīga, LV-1002",
    ),
    ("TODO: pasts@iestade.gov.lv", "pasts@beta.example.lv"),
    ("TODO: pasts@iestade.gov.lv", "pasts@beta.example.lv"),
    ("TODO: 67000000", "67000002"),
    (
        "TODO: nodošana uz trešajām valstīm latviski",
        "Dati netiek nodoti.",
    ),
    (
        "TODO: transfers to third countries in English",
        "Data are not transferred.",
    ),
    (
        "TODO: pienākums sniegt datus latviski",
        "Datu sniegšana ir likumā noteikts pienākums.",
    ),
    (
        "TODO: the statutory requirement in English",
        "Providing the data is a statutory requirement.",
    ),
    (
        "TODO: automatizēti lēmumi latviski",
        "Automatizēti lēmumi netiek pieņemti.",
    ),
    (
        "TODO: automated decisions in English",
        "No automated decisions are made.",
    ),
    (
        "TODO: datu kategorijas latviski",
        "Vārds, uzvārds, kontaktinformācija.",
    ),
    (
        "TODO: the categories of data in English",
        "Name, surname, contact details.",
    ),
    ("TODO: nosaukums latviski", "Betas pārvalde"),
    ("TODO: the name in English", "Beta Office"),
    ("TODO: īsais nosaukums, piemēram, Pārvalde", "Pārvalde"),
    ("TODO: the short name, e.g. the Office", "the Office"),
    ("TODO: das@iestade.gov.lv", "das@beta.example.lv"),
    ("TODO: īss nosaukums latviski", "Iesniegumi"),
    ("TODO: a short name in English", "Applications"),
    (
        "TODO: glabāšanas laiks latviski",
        "Piecus gadus pēc iesnieguma izskatīšanas.",
    ),
    (
        "TODO: how long the data are kept, in English",
        "Five years after the application is examined.",
    ),
    ("TODO: nolūks latviski", "Iesniegumu izskatīšana."),
    ("TODO: the purpose in English", "Examining applications."),
    (
        "TODO: glabāšanas noteikums latviski",
        "Kamēr to prasa likums.",
    ),
    (
        "TODO: a retention rule in English",
        "As long as the law requires.",
    ),
    ("TODO: saņēmēju kategorija latviski", "Valsts iestādes."),
    (
        "TODO: a category of recipients in English",
        "State institutions.",
    ),
];

/// A text for each section of the skeleton.
const SKELETON_SECTIONS: &[(&str, &str)] = &[
    ("lv/introduction.md", "Betas ievads."),
    ("en/introduction.md", "Beta introduction."),
    ("lv/security.md", "Betas drošība."),
    ("en/security.md", "Beta security."),
];

pub struct Run {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

impl TestSite {
    /// `tests/fixtures/site` with the repository's themes.
    pub fn fixture() -> TestSite {
        TestSite::fixture_named("site")
    }

    /// `tests/fixtures/<name>` with the repository's themes.
    pub fn fixture_named(name: &str) -> TestSite {
        let site = TestSite::empty();
        copy_dir(&repo().join("tests/fixtures").join(name), site.root());
        copy_dir(&repo().join("themes"), &site.root().join("themes"));
        site
    }

    /// The content shipped in the repository.
    pub fn shipped() -> TestSite {
        let site = TestSite::empty();
        for dir in ["content", "themes", "institutions"] {
            copy_dir(&repo().join(dir), &site.root().join(dir));
        }
        fs::copy(
            repo().join("platform.toml"),
            site.root().join("platform.toml"),
        )
        .unwrap();
        site
    }

    fn empty() -> TestSite {
        TestSite {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn write(&self, relative: &str, text: &str) -> &TestSite {
        let path = self.root().join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        self
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.root().join(relative)).unwrap()
    }

    /// A file of the output, as text.
    pub fn read_public(&self, relative: &str) -> String {
        fs::read_to_string(self.public().join(relative)).unwrap()
    }

    /// Replaces `from` with `to` in a file; `from` must be there, so a test can't pass
    /// by editing nothing.
    pub fn edit(&self, relative: &str, from: &str, to: &str) -> &TestSite {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        self.write(relative, &text.replacen(from, to, 1))
    }

    /// Replaces every `TODO` that `new institution SLUG` wrote with a valid value, as an
    /// editor would.
    pub fn fill_in_skeleton(&self, slug: &str) -> &TestSite {
        let toml = format!("institutions/{slug}/institution.toml");
        for (todo, value) in SKELETON_VALUES {
            self.edit(&toml, todo, value);
        }
        for (file, text) in SKELETON_SECTIONS {
            let path = format!("institutions/{slug}/{file}");
            let skeleton = self.read(&path);
            let body = skeleton.lines().last().unwrap();
            assert!(body.starts_with("TODO: "), "{path}: {body}");
            self.edit(&path, body, text);
        }
        self
    }

    pub fn remove(&self, relative: &str) -> &TestSite {
        fs::remove_file(self.root().join(relative)).unwrap();
        self
    }

    /// Runs `privatums <args…> --root <site>` in an English locale, whatever the
    /// computer's, so messages are the English the tests assert on.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_in("C.UTF-8", args)
    }

    /// Runs `privatums <args…> --root <site>` with `LANG=locale` (and no `LC_ALL` or
    /// `LC_MESSAGES` to override it).
    pub fn run_in(&self, locale: &str, args: &[&str]) -> Run {
        let output = privatums_in(locale)
            .args(args)
            .arg("--root")
            .arg(self.root())
            .output()
            .unwrap();
        Run {
            success: output.status.success(),
            stdout: String::from_utf8(output.stdout).unwrap(),
            stderr: String::from_utf8(output.stderr).unwrap(),
        }
    }

    /// Runs `privatums build --root <site>` with extra arguments.
    pub fn build(&self, args: &[&str]) -> Run {
        self.run(&[&["build"], args].concat())
    }

    /// Builds and panics with the errors if the build fails.
    pub fn build_ok(&self) -> Run {
        let run = self.build(&[]);
        assert!(run.success, "build failed:\n{}", run.stderr);
        run
    }

    pub fn page(&self, relative: &str) -> Page {
        let text = fs::read_to_string(self.public().join(relative))
            .unwrap_or_else(|e| panic!("{relative}: {e}"));
        Page {
            html: Html::parse_document(&text),
            text,
        }
    }

    /// Every file of the output with its bytes, to prove a failed build changed nothing.
    pub fn public_snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        for entry in walkdir::WalkDir::new(self.public()) {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let relative = entry
                    .path()
                    .strip_prefix(self.public())
                    .unwrap()
                    .to_path_buf();
                files.insert(relative, fs::read(entry.path()).unwrap());
            }
        }
        files
    }
}

pub struct Page {
    pub html: Html,
    pub text: String,
}

impl Page {
    pub fn select(&self, selector: &str) -> Vec<scraper::ElementRef<'_>> {
        let selector = Selector::parse(selector).unwrap();
        self.html.select(&selector).collect()
    }

    /// The text of every element matching `selector`, whitespace collapsed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.select(selector)
            .iter()
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn attrs(&self, selector: &str, attribute: &str) -> Vec<String> {
        self.select(selector)
            .iter()
            .filter_map(|e| e.value().attr(attribute).map(str::to_owned))
            .collect()
    }

    /// The ids of the page's sections, in order.
    /// Every section of the page in order, including the one-section parts (summary,
    /// rights, complaint).
    pub fn section_ids(&self) -> Vec<String> {
        self.attrs("main .section", "id")
    }

    /// The page's parts in order: `summary`, `part-institution`, `part-platform`, …
    pub fn part_ids(&self) -> Vec<String> {
        self.attrs("main > .part", "id")
    }
}

/// The `privatums` binary with `LANG=locale` (and no `LC_ALL` or `LC_MESSAGES` to
/// override it), for a command line of the test's own.
pub fn privatums_in(locale: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_privatums"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale);
    command
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A registration number whose check digit passes `check` (weights 9 1 4 8 3 10 2 5 7 6 1,
/// sum ≡ 3 mod 11), different for each `n`: for copies of the fixture's institution, which
/// may not give its number (`validate/copies.rs`).
pub fn registration_number(n: usize) -> String {
    const WEIGHTS: [u32; 11] = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];
    (0..)
        .map(|i| format!("9{:010}", 1_000 + n * 1_000 + i))
        .find(|number| {
            let sum: u32 = number
                .bytes()
                .zip(WEIGHTS)
                .map(|(b, w)| u32::from(b - b'0') * w)
                .sum();
            sum % 11 == 3
        })
        .expect("a number with a valid check digit")
}

/// The fixture institution alfa's file `text` made another institution's, `slug`, the `n`th
/// copy: its own website and e-mail domain (`alfa.example` → `<slug>.example`) and its own
/// registration number.
pub fn alfa_as(text: &str, slug: &str, n: usize) -> String {
    text.replace("alfa.example", &format!("{slug}.example"))
        .replace("90000000014", &registration_number(n))
}
