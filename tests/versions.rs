//! Versions: `privatums release` records each changed page's text; the build publishes
//! every recorded version, the diffs and an Atom feed, and refuses a record that was
//! tampered with or a text changed under an unchanged date.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use common::TestSite;

const INTRO_LV: &str = "institutions/alfa/lv/intro.md";
const INTRO_EN: &str = "institutions/alfa/en/intro.md";
const DATA: &str = "institutions/alfa/institution.toml";
const LIST_LV: &str = "alfa/lv/privatuma-politika/versijas/";
const LIST_EN: &str = "alfa/en/privacy-policy/versions/";

fn release(site: &TestSite, args: &[&str]) -> common::Run {
    let run = site.run(&[&["release"], args].concat());
    assert!(run.success, "release failed:\n{}", run.stderr);
    run
}

/// The fixture with three recorded versions of alfa's page: 2026-02-01, 2026-03-01 (the
/// intro reworded in both languages) and 2026-04-01 (the security section removed).
fn three_versions() -> TestSite {
    let site = TestSite::fixture();
    release(&site, &[]);
    site.edit(INTRO_LV, "Alfa intro lv.", "Alfas ievads.")
        .edit(INTRO_EN, "Alfa intro en.", "Alfa's introduction.")
        .edit(DATA, "updated = 2026-02-01", "updated = 2026-03-01");
    release(&site, &["--only", "alfa"]);
    site.remove("institutions/alfa/lv/security.md")
        .remove("institutions/alfa/en/security.md")
        .edit(DATA, "updated = 2026-03-01", "updated = 2026-04-01");
    release(&site, &[]);
    site
}

/// Every file under the record folders, with its bytes.
fn records(site: &TestSite) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for folder in ["institutions", "content"] {
        for entry in walkdir::WalkDir::new(site.root().join(folder)) {
            let entry = entry.unwrap();
            let path = entry.path().strip_prefix(site.root()).unwrap();
            if entry.file_type().is_file() && path.components().any(|c| c.as_os_str() == "versions")
            {
                files.insert(path.to_path_buf(), fs::read(entry.path()).unwrap());
            }
        }
    }
    files
}

#[test]
fn three_versions_give_three_archived_pages_two_diffs_and_a_feed() {
    let site = three_versions();
    let run = site.build_ok();
    assert!(!run.stdout.contains("warning"), "{}", run.stdout);
    for (list, changes) in [(LIST_LV, "izmainas"), (LIST_EN, "changes")] {
        for date in ["2026-02-01", "2026-03-01", "2026-04-01"] {
            let page = site.page(&format!("{list}{date}/index.html"));
            assert_eq!(page.attrs("meta[name=robots]", "content"), ["noindex"]);
            // The archived text is the text recorded, and links to the page in force.
            assert!(page.attrs("main a", "href").contains(&"../../".to_owned()));
        }
        assert!(!site
            .public()
            .join(format!("{list}2026-02-01/{changes}"))
            .exists());
        for date in ["2026-03-01", "2026-04-01"] {
            let diff = site.page(&format!("{list}{date}/{changes}/index.html"));
            assert_eq!(diff.attrs("meta[name=robots]", "content"), ["noindex"]);
        }
    }
    let archived = site.page(&format!("{LIST_LV}2026-02-01/index.html"));
    assert!(archived.text.contains("Alfa intro lv."));
    assert!(archived.texts("h1")[0].contains("01.02.2026."));
    let current = site.page("alfa/lv/privatuma-politika/index.html");
    assert!(current.text.contains("Alfas ievads."));

    // The reworded intro: word-level marks that say what they are without colour.
    let diff = site.page(&format!("{LIST_LV}2026-03-01/izmainas/index.html"));
    let removed = diff.texts("#intro del");
    let added = diff.texts("#intro ins");
    assert!(
        removed
            .iter()
            .any(|t| t.contains("svītrots") && t.contains("intro")),
        "{removed:?}"
    );
    assert!(
        added
            .iter()
            .any(|t| t.contains("pievienots") && t.contains("ievads")),
        "{added:?}"
    );
    assert!(diff.texts("#intro h2")[0].contains("mainīta sadaļa"));
    let diff_en = site.page(&format!("{LIST_EN}2026-03-01/changes/index.html"));
    assert!(diff_en
        .texts("#intro ins")
        .iter()
        .any(|t| t.contains("added")));
    assert!(diff_en
        .texts("#intro del")
        .iter()
        .any(|t| t.contains("removed")));
    // The removed section, whole.
    let diff = site.page(&format!("{LIST_LV}2026-04-01/izmainas/index.html"));
    let heading = diff.texts("#security h2");
    assert!(heading[0].contains("svītrota sadaļa"), "{heading:?}");
    assert!(!diff.select("#security del").is_empty());
    assert!(
        diff.select("#intro").is_empty(),
        "an unchanged section is only listed"
    );

    // The page in force tells its version, what changed and where the versions are.
    let line = current.texts("main .version");
    assert!(
        line[0].contains("01.04.2026.") && line[0].contains("Drošība"),
        "{line:?}"
    );
    assert!(current
        .attrs("main .version a", "href")
        .contains(&"versijas/2026-04-01/izmainas/".to_owned()));

    // The versions list, newest first.
    let list = site.page(&format!("{LIST_LV}index.html"));
    let links = list.attrs(".version-list a", "href");
    assert_eq!(links[0], "2026-04-01/");
    assert_eq!(links.iter().filter(|l| !l.contains("izmainas")).count(), 3);

    // Not in the sitemap: search engines show the policy in force.
    let sitemap = fs::read_to_string(site.public().join("alfa/sitemap.xml")).unwrap();
    assert!(!sitemap.contains("versijas") && !sitemap.contains("/versions/"));

    // The feed is Atom, read by a real parser: three entries, newest first.
    for list in [LIST_LV, LIST_EN] {
        let xml = fs::read_to_string(site.public().join(format!("{list}atom.xml"))).unwrap();
        let feed: atom_syndication::Feed = xml.parse().unwrap_or_else(|e| panic!("{e}\n{xml}"));
        assert_eq!(feed.entries().len(), 3);
        assert!(
            feed.id().starts_with("https://www.alfa.example.lv/"),
            "{}",
            feed.id()
        );
        assert!(!feed.authors().is_empty());
        let first = &feed.entries()[0];
        assert!(first.id().ends_with("2026-04-01/"));
        assert!(first
            .links()
            .iter()
            .any(|l| l.rel() == "related" && l.href().ends_with("/")));
        for entry in feed.entries() {
            assert!(entry.links().iter().any(|l| l.rel() == "alternate"));
        }
    }
}

/// The fixture the browser suite audits the version pages with is current: it builds with
/// its three versions and no warning.
#[test]
fn the_versions_fixture_is_current() {
    let site = TestSite::fixture_named("versions");
    let run = site.build_ok();
    assert!(
        !run.stdout.contains("warning"),
        "tests/fixtures/versions has unrecorded changes (see its README): {}",
        run.stdout
    );
    for date in ["2026-03-01", "2026-04-01"] {
        assert!(site
            .public()
            .join(format!("{LIST_LV}{date}/izmainas/index.html"))
            .exists());
    }
}

#[test]
fn a_tampered_past_version_fails_the_build_naming_it() {
    let site = three_versions();
    let text = "institutions/alfa/versions/2026-02-01/lv.txt";
    site.edit(text, "Alfa intro lv.", "Alfa intro lv, edited afterwards.");
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("the lv text of version 2026-02-01 was changed after it was recorded"),
        "{}",
        run.stderr
    );
    assert!(run
        .stderr
        .contains("institutions/alfa/versions/2026-02-01/version.toml:"));
    assert!(!site.public().exists(), "nothing was published");

    // A removed version breaks the chain at the one after it.
    let site = three_versions();
    fs::remove_dir_all(site.root().join("institutions/alfa/versions/2026-03-01")).unwrap();
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("version 2026-04-01 (lv) does not follow the version recorded before it"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_text_change_without_a_new_date_fails_and_a_dated_one_is_a_warning() {
    let site = three_versions();
    site.edit(
        INTRO_EN,
        "Alfa's introduction.",
        "Alfa's short introduction.",
    );
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr.contains("the en page text differs from version 2026-04-01, the last recorded, but `updated` is still 2026-04-01"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("institutions/alfa/institution.toml:1:1"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("privatums release --only alfa"));
    let refused = site.run(&["release"]);
    assert!(!refused.success);
    assert!(
        refused.stderr.contains("`updated` is still 2026-04-01"),
        "{}",
        refused.stderr
    );

    // With a new date the build publishes and warns until the version is recorded.
    site.edit(DATA, "updated = 2026-04-01", "updated = 2026-05-01");
    let run = site.build_ok();
    assert!(run.stdout.contains("1 check warning"), "{}", run.stdout);
    let check = site.run(&["check"]);
    assert!(
        check.stdout.contains("unreleased-version"),
        "{}",
        check.stdout
    );
    let current = site.page("alfa/en/privacy-policy/index.html");
    assert!(current.texts("main .version")[0].contains("not yet recorded"));
    release(&site, &[]);
    assert!(!site.build_ok().stdout.contains("warning"));
}

#[test]
fn a_theme_change_is_not_a_text_change() {
    let site = three_versions();
    let css = "themes/default/static/style.css";
    site.write(
        css,
        &(site.read(css) + "\nmain { letter-spacing: 0.01em; }\n"),
    );
    let page = "themes/default/templates/page.html";
    site.edit(
        page,
        "<main id=\"main\" tabindex=\"-1\">",
        "<main id=\"main\" tabindex=\"-1\" class=\"policy\">",
    );
    let run = site.build_ok();
    assert!(!run.stdout.contains("warning"), "{}", run.stdout);
    let before = records(&site);
    assert!(release(&site, &[]).stdout.contains("nothing to record"));
    assert_eq!(records(&site), before);
}

#[cfg(unix)]
#[test]
fn a_killed_release_leaves_the_record_as_it_was() {
    let site = three_versions();
    site.edit(INTRO_LV, "Alfas ievads.", "Alfas ievads, papildināts.")
        .edit(DATA, "updated = 2026-04-01", "updated = 2026-05-01");
    let old = records(&site);
    // How long a release takes here, to spread the kills over it.
    let probe = TestSite::fixture();
    let started = Instant::now();
    release(&probe, &[]);
    let duration = started.elapsed();
    const KILLS: u32 = 8;
    for kill in 0..KILLS {
        let at = duration.mul_f64(1.2 * f64::from(kill) / f64::from(KILLS - 1));
        let mut child = Command::new(env!("CARGO_BIN_EXE_privatums"))
            .args(["release", "--root"])
            .arg(site.root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        let now = records(&site);
        if now == old {
            continue;
        }
        // Killed after its rename (or not at all): the whole new version, nothing else.
        let added: Vec<&PathBuf> = now.keys().filter(|p| !old.contains_key(*p)).collect();
        assert_eq!(
            added,
            [
                &PathBuf::from("institutions/alfa/versions/2026-05-01/lv.txt"),
                &PathBuf::from("institutions/alfa/versions/2026-05-01/version.toml")
            ],
            "a release killed after {at:?} left a partial record"
        );
        assert!(old.iter().all(|(p, bytes)| now.get(p) == Some(bytes)));
        site.build_ok();
        return;
    }
    // None finished in time: the next release records the version and leaves no debris.
    let run = release(&site, &[]);
    assert!(
        run.stdout
            .contains("institutions/alfa/versions/2026-05-01 (lv)"),
        "{}",
        run.stdout
    );
    let debris: Vec<String> = fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".privatums-release-"))
        .collect();
    assert!(debris.is_empty(), "{debris:?}");
}
