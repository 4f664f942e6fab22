//! Versions: `privatums release` records each changed page's text; the build publishes
//! every recorded version, the diffs and an Atom feed, and refuses a record that was
//! tampered with or a text changed under an unchanged date.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};

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

const LEDGER: &str = "content/versions/ledger.toml";

/// Adds institution `slug`, a copy of alfa's pages without its record.
fn add_institution(site: &TestSite, slug: &str) {
    let alfa = site.root().join("institutions/alfa");
    for entry in walkdir::WalkDir::new(&alfa) {
        let entry = entry.unwrap();
        let relative = entry.path().strip_prefix(&alfa).unwrap();
        if relative.starts_with("versions") || !entry.file_type().is_file() {
            continue;
        }
        let text = fs::read_to_string(entry.path()).unwrap();
        site.write(
            &format!("institutions/{slug}/{}", relative.display()),
            &common::alfa_as(&text, slug, 1),
        );
    }
}

/// The files of `records` a reader sees: those of the versions the ledger names. A
/// version folder of `date` the ledger does not name is left out.
fn seen(records: &BTreeMap<PathBuf, Vec<u8>>, date: &str) -> BTreeMap<PathBuf, Vec<u8>> {
    let ledger = String::from_utf8_lossy(&records[&PathBuf::from(LEDGER)]).into_owned();
    let named = ledger.contains(&format!("latest = {date}"));
    records
        .iter()
        .filter(|(path, _)| named || !path.components().any(|c| c.as_os_str() == date))
        .map(|(p, b)| (p.clone(), b.clone()))
        .collect()
}

/// What only a release in progress may leave in the root.
fn staging_debris(site: &TestSite) -> Vec<String> {
    fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".privatums-release-"))
        .collect()
}

/// A release that records three pages at once (the platform's text changed, so alfa's and
/// the platform's pages have new versions, and the new institution beta its first), killed
/// at each of its steps in turn: until its last step, the record a reader sees is the one
/// before, byte for byte, and builds; the next release removes what the killed one left
/// and records all three.
#[cfg(unix)]
#[test]
fn a_release_of_several_pages_killed_at_any_step_leaves_the_record_as_it_was() {
    let site = three_versions();
    add_institution(&site, "beta");
    for language in ["lv", "en"] {
        let path = format!("content/{language}/policy/intro.md");
        site.write(&path, &(site.read(&path) + "\nOne more shared sentence.\n"));
    }
    site.edit(
        "platform.toml",
        "published = 2026-01-15",
        "published = 2026-05-01",
    )
    .edit(DATA, "updated = 2026-04-01", "updated = 2026-05-01")
    .edit(
        "institutions/beta/institution.toml",
        "updated = 2026-04-01",
        "updated = 2026-05-01",
    );
    let old = records(&site);
    let new_folders = [
        "content/versions/2026-05-01",
        "institutions/alfa/versions/2026-05-01",
        "institutions/beta/versions/2026-05-01",
    ];
    let (mut left_staging, mut left_versions) = (false, false);
    let mut kills = 0;
    for step in 1.. {
        let run = Command::new(env!("CARGO_BIN_EXE_privatums"))
            .args(["release", "--root"])
            .arg(site.root())
            .env("PRIVATUMS_KILL_RELEASE_AT", step.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        if run.success() {
            break;
        }
        kills += 1;
        let now = records(&site);
        if now[&PathBuf::from(LEDGER)] != old[&PathBuf::from(LEDGER)] {
            // Killed after its commit point: the release is whole.
            assert!(new_folders
                .iter()
                .all(|f| site.root().join(f).join("version.toml").exists()));
            break;
        }
        assert!(
            seen(&now, "2026-05-01") == old,
            "a release killed at step {step} changed the record"
        );
        left_staging |= !staging_debris(&site).is_empty();
        left_versions |= new_folders.iter().any(|f| site.root().join(f).exists());
        // The build reads the record as it was: no version of 2026-05-01, and the pages
        // still wait for their release.
        let build = site.build_ok();
        assert!(build.stdout.contains("check warning"), "{}", build.stdout);
        assert!(!site
            .public()
            .join("alfa/lv/privatuma-politika/versijas/2026-05-01")
            .exists());
    }
    assert!(
        kills >= 10,
        "only {kills} steps: the kills missed the writing"
    );
    assert!(
        left_staging && left_versions,
        "no kill landed between the two phases"
    );

    // The release after the kills recorded all three and left nothing behind.
    assert!(release(&site, &[]).stdout.contains("nothing to record"));
    assert!(staging_debris(&site).is_empty());
    let now = records(&site);
    assert!(old
        .iter()
        .filter(|(p, _)| p.as_path() != std::path::Path::new(LEDGER))
        .all(|(p, bytes)| now.get(p) == Some(bytes)));
    for folder in new_folders {
        assert!(
            site.root().join(folder).join("version.toml").exists(),
            "{folder}"
        );
    }
    assert!(
        !now.keys().any(|p| p.ends_with(".privatums-staged")),
        "the release's marks are gone"
    );
    let run = site.build_ok();
    assert!(!run.stdout.contains("warning"), "{}", run.stdout);
    assert!(site
        .public()
        .join("alfa/lv/privatuma-politika/versijas/2026-05-01/izmainas/index.html")
        .exists());
}

/// A version folder the ledger does not name is a killed release's when it has the mark
/// the release staged it with: not read, even when broken, and the next release removes
/// it. Without the mark it is a recorded version the ledger lost (a merge gone wrong): an
/// error, and no release removes it.
#[test]
fn a_version_folder_the_ledger_does_not_name_is_a_killed_releases_or_an_error() {
    let site = three_versions();
    site.write(
        "institutions/alfa/versions/2026-06-01/lv.txt",
        "half a version",
    )
    .write(
        "institutions/alfa/versions/2026-06-01/.privatums-staged",
        "",
    );
    let run = site.build_ok();
    assert!(!run.stdout.contains("warning"), "{}", run.stdout);
    assert!(!site.public().join(format!("{LIST_LV}2026-06-01")).exists());
    release(&site, &[]);
    assert!(!site
        .root()
        .join("institutions/alfa/versions/2026-06-01")
        .exists());

    // The ledger lost alfa's record: its versions are not removed but reported.
    let ledger = site.read(LEDGER);
    let alfa = ledger
        .find("[[record]]\nfolder = \"institutions/alfa/versions\"")
        .unwrap();
    let end = ledger[alfa + 1..]
        .find("[[record]]")
        .map_or(ledger.len(), |e| alfa + 1 + e);
    site.write(LEDGER, &format!("{}{}", &ledger[..alfa], &ledger[end..]));
    for command in ["build", "release"] {
        let run = site.run(&[command]);
        assert!(!run.success);
        assert!(
            run.stderr.contains(
                "institutions/alfa/versions holds versions (2026-02-01, 2026-03-01, 2026-04-01) that the ledger names nowhere"
            ) && run
                    .stderr
                    .contains("restore content/versions/ledger.toml from git"),
            "{}",
            run.stderr
        );
    }
    assert!(site
        .root()
        .join("institutions/alfa/versions/2026-02-01/version.toml")
        .exists());
}

#[test]
fn a_removed_latest_version_fails_the_build_at_the_ledger_line() {
    let site = three_versions();
    fs::remove_dir_all(site.root().join("institutions/alfa/versions/2026-04-01")).unwrap();
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("the record says version 2026-04-01 of alfa exists; its folder is gone"),
        "{}",
        run.stderr
    );
    let ledger = site.read(LEDGER);
    let line = ledger
        .lines()
        .position(|l| l == "latest = 2026-04-01")
        .unwrap()
        + 1;
    assert!(
        run.stderr.contains(&format!("{LEDGER}:{line}:")),
        "{}",
        run.stderr
    );
    assert!(run
        .stderr
        .contains("git checkout -- institutions/alfa/versions/2026-04-01"));
    // Said in Latvian too.
    let lv = site.run_in("lv_LV.UTF-8", &["build"]);
    assert!(
        lv.stderr.contains(
            "reģistrā norādīts, ka ir iestādes alfa versija 2026-04-01, bet tās mapes vairs nav"
        ),
        "{}",
        lv.stderr
    );

    // A latest version replaced by another text: the ledger's hash names the one removed.
    let site = three_versions();
    let text = "institutions/alfa/versions/2026-04-01/en.txt";
    let manifest = "institutions/alfa/versions/2026-04-01/version.toml";
    let changed = site
        .read(text)
        .replace("Alfa's introduction.", "Alfa's other introduction.");
    let old_sha = site
        .read(manifest)
        .lines()
        .filter(|l| l.starts_with("sha256"))
        .nth(1)
        .unwrap()
        .to_owned();
    let previous = site
        .read(manifest)
        .lines()
        .filter(|l| l.starts_with("previous"))
        .nth(1)
        .unwrap()
        .to_owned();
    let previous = previous.split('"').nth(1).unwrap().to_owned();
    let new_sha = privatums::model::record::chain(
        privatums::model::Date::new(2026, 4, 1).unwrap(),
        Some(&previous),
        &changed,
    );
    site.write(text, &changed)
        .edit(manifest, &old_sha, &format!("sha256 = \"{new_sha}\""));
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr.contains("the ledger's en hash for alfa is not that of its last recorded en version (2026-04-01)"),
        "{}",
        run.stderr
    );
}

/// On a site that keeps a release record, a page never recorded is a warning with the
/// command that records it; a site that never released gets no version warning at all.
#[test]
fn a_page_never_recorded_is_a_warning_with_the_command() {
    let site = three_versions();
    add_institution(&site, "beta");
    let run = site.build_ok();
    assert!(run.stdout.contains("2 check warnings"), "{}", run.stdout);
    let check = site.run(&["check"]);
    assert!(
        check.stdout.contains(
            "the lv page has never been recorded as a version (it would be dated 2026-04-01)"
        ),
        "{}",
        check.stdout
    );
    assert!(
        check
            .stdout
            .contains("institutions/beta/institution.toml:1:1"),
        "{}",
        check.stdout
    );
    assert!(check.stdout.contains("unreleased-version"));
    assert!(
        check.stdout.contains("privatums release --only beta"),
        "{}",
        check.stdout
    );
    assert!(check.stdout.contains(LEDGER), "{}", check.stdout);
    let run = release(&site, &["--only", "beta"]);
    assert!(
        run.stdout
            .contains("institutions/beta/versions/2026-04-01 (lv, en)"),
        "{}",
        run.stdout
    );
    assert!(!site.build_ok().stdout.contains("warning"));

    let never = TestSite::fixture();
    let check = never.run(&["check"]);
    assert!(
        !check.stdout.contains("unreleased-version"),
        "{}",
        check.stdout
    );
}

/// A record kept before the ledger existed: the build asks for it, and a release writes
/// the ledger of the versions there are.
#[test]
fn a_record_without_its_ledger_fails_until_a_release_writes_it() {
    let site = three_versions();
    let ledger = site.read(LEDGER);
    site.remove(LEDGER);
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("the release record has versions but no ledger"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("version-ledger"), "{}", run.stderr);
    let run = release(&site, &[]);
    assert!(
        run.stdout.contains("wrote content/versions/ledger.toml"),
        "{}",
        run.stdout
    );
    assert_eq!(site.read(LEDGER), ledger);
    assert!(!site.build_ok().stdout.contains("warning"));
}

/// Two releases of one site never interleave. The test holds the release lock (as a first
/// release would, on the ledger's folder) over a record with a killed release's debris in
/// it; a release started meanwhile says it waits, and until the lock is let go the
/// record, the debris included, is byte for byte what it was. Then it removes the debris
/// and records the page, from the record as it is once it has the lock.
#[cfg(unix)]
#[test]
fn a_release_waits_for_the_one_that_holds_the_record() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    let site = TestSite::fixture();
    release(&site, &[]);
    site.edit(INTRO_EN, "Alfa intro en.", "Alfa's introduction.")
        .edit(DATA, "updated = 2026-02-01", "updated = 2026-03-01");
    // Killed once alfa's new folder is in its record, before the ledger names it.
    let staged = "institutions/alfa/versions/2026-03-01/.privatums-staged";
    let killed = Command::new(env!("CARGO_BIN_EXE_privatums"))
        .args(["release", "--root"])
        .arg(site.root())
        .env("PRIVATUMS_KILL_RELEASE_AT", "4")
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert_eq!(killed.signal(), Some(6), "the release was not killed");
    assert!(site.root().join(staged).exists() && !staging_debris(&site).is_empty());
    assert!(!site.read(LEDGER).contains("2026-03-01"));
    let before = (records(&site), staging_debris(&site));

    let held = fs::File::open(site.root().join("content/versions")).unwrap();
    rustix::fs::flock(&held, rustix::fs::FlockOperation::LockExclusive).unwrap();
    let mut second = Command::new(env!("CARGO_BIN_EXE_privatums"))
        .args(["release", "--root"])
        .arg(site.root())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(second.stderr.take().unwrap());
    let mut said = String::new();
    while !said.contains("waiting for another `privatums release`") {
        let read = stderr.read_line(&mut said).unwrap();
        assert!(read > 0, "the release did not wait:\n{said}");
    }
    assert!(said.contains("content/versions"), "{said}");
    assert_eq!(
        (records(&site), staging_debris(&site)),
        before,
        "a release wrote while another held the record"
    );

    drop(held);
    let done = second.wait_with_output().unwrap();
    assert!(done.status.success(), "{said}");
    let stdout = String::from_utf8(done.stdout).unwrap();
    assert!(
        stdout.contains("institutions/alfa/versions/2026-03-01"),
        "{stdout}"
    );
    assert!(staging_debris(&site).is_empty());
    assert!(!site.root().join(staged).exists());
    assert!(site.read(LEDGER).contains("latest = 2026-03-01"));
    let run = site.build_ok();
    assert!(!run.stdout.contains("warning"), "{}", run.stdout);
}

/// A folder that is not a site is reported, and no record folder is made in it.
#[test]
fn a_release_outside_a_site_makes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_privatums"))
        .args(["release", "--root"])
        .arg(folder.path())
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(!String::from_utf8_lossy(&run.stderr).is_empty());
    assert_eq!(fs::read_dir(folder.path()).unwrap().count(), 0);
}
