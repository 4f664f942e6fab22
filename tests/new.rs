//! `privatums new institution`: a skeleton the build rejects at every TODO marker, and
//! accepts once an editor has replaced them.

mod common;

use common::{Run, TestSite};

const SKELETON: [&str; 5] = [
    "institutions/beta/institution.toml",
    "institutions/beta/lv/introduction.md",
    "institutions/beta/en/introduction.md",
    "institutions/beta/lv/security.md",
    "institutions/beta/en/security.md",
];

fn new_institution(site: &TestSite, slug: &str) -> Run {
    site.run(&["new", "institution", slug])
}

/// `file:line:` of every TODO marker that would be published — in the TOML's values (not
/// its comments), anything in a Markdown body — once per marker.
fn marker_lines(site: &TestSite) -> Vec<String> {
    let mut lines = Vec::new();
    for file in SKELETON {
        for (index, line) in site.read(file).lines().enumerate() {
            if !line.trim_start().starts_with('#') {
                for _ in line.matches("TODO") {
                    lines.push(format!("{file}:{}:", index + 1));
                }
            }
        }
    }
    lines
}

#[test]
fn the_skeleton_is_rejected_at_each_todo_until_they_are_replaced() {
    let site = TestSite::fixture();
    site.build_ok();
    let before = site.public_snapshot();

    let run = new_institution(&site, "beta");
    assert!(run.success, "{}", run.stderr);
    for file in SKELETON {
        assert!(site.root().join(file).is_file(), "{file} was not created");
        assert!(
            run.stdout.contains(file),
            "{file} not listed:\n{}",
            run.stdout
        );
    }

    let run = site.build(&[]);
    assert!(!run.success, "the skeleton was published");
    let markers = marker_lines(&site);
    assert!(markers.len() >= 15, "only {} markers", markers.len());
    for at in &markers {
        assert!(run.stderr.contains(at), "no error at {at}:\n{}", run.stderr);
    }
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error: ") && !l.contains("nothing was published"))
        .collect();
    assert_eq!(errors.len(), markers.len(), "{}", run.stderr);
    for error in errors {
        assert!(error.contains("still has a TODO marker"), "{error}");
    }
    assert!(run
        .stderr
        .contains("error: `name.lv` still has a TODO marker"));
    assert!(run
        .stderr
        .contains("hint: replace the TODO with the institution's value in Latvian"));
    assert!(run.stderr.contains(
        "hint: replace the TODO and its note with the institution's own text in English"
    ));
    assert_eq!(
        site.public_snapshot(),
        before,
        "a rejected build changed public/"
    );

    site.fill_in_skeleton("beta");
    assert!(marker_lines(&site).is_empty(), "the test left a TODO");

    site.build_ok();
    let page = site.page("beta/en/privacy-policy/index.html");
    assert_eq!(
        page.texts("h1"),
        ["Privacy policy — Beta Office"],
        "{}",
        page.text
    );
    let ids = page.section_ids();
    let position = |id: &str| ids.iter().position(|s| s == id).unwrap();
    assert!(position("introduction") < position("controller"));
    assert!(position("security") < position("rights"));
    assert!(page.text.contains("Beta security."));
    assert!(site
        .page("en/index.html")
        .texts("ul.institutions a")
        .contains(&"Beta Office".to_owned()));
}

#[test]
fn a_bad_slug_is_refused_with_a_better_one() {
    let site = TestSite::fixture();
    let run = new_institution(&site, "Beta Pārvalde");
    assert!(!run.success);
    assert!(run.stderr.contains("is not a valid slug"), "{}", run.stderr);
    assert!(
        run.stderr.contains("hint: use `beta-parvalde` instead"),
        "{}",
        run.stderr
    );
    let run = new_institution(&site, "lv");
    assert!(!run.success);
    assert!(run.stderr.contains("reserved"), "{}", run.stderr);
    let institutions: Vec<_> = std::fs::read_dir(site.root().join("institutions"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(institutions, ["alfa"], "a refused slug left a folder");
    assert_eq!(
        std::fs::read_dir(site.root())
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.'))
            .count(),
        0,
        "a refused slug left a hidden folder"
    );
}

#[test]
fn an_existing_folder_is_refused_and_left_as_it_was() {
    let site = TestSite::fixture();
    let before = site.read("institutions/alfa/institution.toml");
    let run = new_institution(&site, "alfa");
    assert!(!run.success);
    assert!(
        run.stderr.contains("error: `alfa` already exists"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> institutions/alfa"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("institutions/alfa/institution.toml"), before);
    assert!(!site
        .root()
        .join("institutions/alfa/lv/introduction.md")
        .exists());
}

#[test]
fn a_folder_without_platform_toml_is_not_a_site() {
    let site = TestSite::fixture();
    site.remove("platform.toml");
    let run = new_institution(&site, "beta");
    assert!(!run.success);
    assert!(
        run.stderr.contains("there is no platform.toml"),
        "{}",
        run.stderr
    );
    assert!(!site.root().join("institutions/beta").exists());
}

#[test]
fn the_skeleton_explains_itself_in_the_editors_language() {
    let latvian = TestSite::fixture();
    let run = latvian.run_in("lv_LV.UTF-8", &["new", "institution", "beta"]);
    assert!(run.success, "{}", run.stderr);
    let lv = latvian.read(SKELETON[0]);
    assert!(
        lv.contains("# Datu aizsardzības speciālists: vismaz e-pasta adrese."),
        "{lv}"
    );
    assert!(lv.contains("docs/satura-modelis.md"), "{lv}");
    assert!(!lv.contains("# The data protection officer"), "{lv}");

    let english = TestSite::fixture();
    let run = english.run_in("C.UTF-8", &["new", "institution", "beta"]);
    assert!(run.success, "{}", run.stderr);
    let en = english.read(SKELETON[0]);
    assert!(
        en.contains("# The data protection officer: an e-mail address at least."),
        "{en}"
    );
    assert!(!en.contains("Datu aizsardzības speciālists"), "{en}");

    // The same keys and values to fill in, whichever language explains them.
    let filled = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(filled(&lv), filled(&en));
}

/// `--like`: a start from another institution's folder, made the new one's own — its record
/// left behind, its own values and every Markdown text marked TODO, its silences dropped,
/// the rest (purposes, registers, key order, comments) kept to edit.
#[test]
fn a_new_institution_like_another_is_a_marked_copy_without_its_record() {
    let site = TestSite::fixture_named("versions");
    let run = site.run(&["new", "institution", "beta", "--like", "alfa"]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout.contains("institutions/beta/institution.toml"),
        "{}",
        run.stdout
    );
    assert!(
        !site.root().join("institutions/beta/versions").exists(),
        "the release record was copied"
    );
    let toml = site.read("institutions/beta/institution.toml");
    let alfa = site.read("institutions/alfa/institution.toml");
    assert!(
        toml.contains("website = \"https://www.TODO.gov.lv\""),
        "{toml}"
    );
    assert!(
        toml.contains("registration_number = \"TODO: 11 digits\""),
        "{toml}"
    );
    assert!(!toml.contains("[[silence]]"), "{toml}");
    assert!(
        alfa.contains("[[silence]]"),
        "the fixture's alfa has a silence to drop"
    );
    assert!(
        toml.contains("id = \"video\""),
        "the purposes are kept:\n{toml}"
    );

    let run = site.build(&[]);
    assert!(!run.success, "the copy was published");
    let stderr = &run.stderr;
    for at in [
        "error: `website` still has a TODO marker",
        "error: `registration_number` still has a TODO marker",
        "error: `name.lv` still has a TODO marker",
        "error: `data_protection_officer.email` still has a TODO marker",
        "--> institutions/beta/lv/intro.md:",
        "--> institutions/beta/en/intro.md:",
    ] {
        assert!(stderr.contains(at), "missing {at:?}:\n{stderr}");
    }
    // Only the copy's markers: no copied record, website or number reported in alfa's terms.
    assert!(!stderr.contains("release record"), "{stderr}");
    assert!(!stderr.contains("already that of"), "{stderr}");
    assert!(!stderr.contains("--> institutions/alfa/"), "{stderr}");

    let run = site.run(&["new", "institution", "gamma", "--like", "nav"]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("there is no institution `nav` to start from"),
        "{}",
        run.stderr
    );
    assert!(!site.root().join("institutions/gamma").exists());
}
