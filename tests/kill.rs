//! A build killed at any moment (`kill -9`, a CI job timing out) leaves the last good
//! output whole and nothing else: the next build removes the debris and publishes.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use common::TestSite;

/// The fixture with enough institutions that a build takes a while to kill into.
fn larger_site() -> TestSite {
    let site = TestSite::fixture();
    let alfa = site.root().join("institutions/alfa");
    for n in 0..12 {
        let slug = format!("beta-{n}");
        for entry in walkdir::WalkDir::new(&alfa) {
            let entry = entry.unwrap();
            let relative = entry.path().strip_prefix(&alfa).unwrap();
            let target = site.root().join("institutions").join(&slug).join(relative);
            if entry.file_type().is_dir() {
                fs::create_dir_all(&target).unwrap();
            } else {
                let text = fs::read_to_string(entry.path()).unwrap();
                fs::write(&target, common::alfa_as(&text, &slug, n)).unwrap();
            }
        }
    }
    site
}

/// What only a build in progress may leave beside the output.
fn debris(site: &TestSite) -> Vec<String> {
    fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".public."))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_the_output_whole_and_no_debris() {
    let site = larger_site();
    let started = Instant::now();
    site.build_ok();
    let duration = started.elapsed();
    let old: BTreeMap<PathBuf, Vec<u8>> = site.public_snapshot();
    // Every killed build has a new version of every page to write.
    for language in ["lv", "en"] {
        let path = format!("content/{language}/policy/intro.md");
        fs::write(
            site.root().join(&path),
            site.read(&path) + "\nOne more shared sentence.\n",
        )
        .unwrap();
    }
    const KILLS: u32 = 8;
    let mut left_debris = 0;
    for kill in 0..KILLS {
        // Spread from the build's first instant to a little past its usual end.
        let at = duration.mul_f64(1.2 * f64::from(kill) / f64::from(KILLS - 1));
        let mut child = Command::new(env!("CARGO_BIN_EXE_privatums"))
            .args(["build", "--root"])
            .arg(site.root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        let _ = child.kill(); // SIGKILL
        let finished = child.wait().unwrap().success();
        let now = site.public_snapshot();
        assert!(
            now == old || is_new_version(&old, &now),
            "kill {kill} at {at:?} (finished: {finished}): the output is neither the old nor the new version"
        );
        if !debris(&site).is_empty() {
            left_debris += 1;
        }
        let run = site.build(&[]);
        assert!(run.success, "kill {kill}: {}", run.stderr);
        assert_eq!(
            debris(&site),
            Vec::<String>::new(),
            "kill {kill}: debris left"
        );
        assert!(is_new_version(&old, &site.public_snapshot()));
    }
    assert!(left_debris > 0, "no kill landed inside a build's writing");
}

/// The complete new version: the same files, each page with the added sentence.
fn is_new_version(old: &BTreeMap<PathBuf, Vec<u8>>, now: &BTreeMap<PathBuf, Vec<u8>>) -> bool {
    let pages_changed = now.iter().all(|(path, bytes)| {
        let is_policy_page = path.ends_with(Path::new("privacy-policy/index.html"));
        !is_policy_page || String::from_utf8_lossy(bytes).contains("One more shared sentence.")
    });
    old.keys().eq(now.keys()) && pages_changed
}
