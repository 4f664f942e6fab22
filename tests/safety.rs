//! The output folder can't be a source, can't swallow unrelated files, and a build says
//! truthfully what it left behind. Every case runs the real binary on a copy of the
//! fixture and proves the sources are byte for byte as they were.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::TestSite;

/// Every file under `dir` with its bytes (folders too, as empty entries).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|entry| {
            let entry = entry.unwrap();
            let bytes = entry
                .file_type()
                .is_file()
                .then(|| fs::read(entry.path()).unwrap());
            (entry.path().strip_prefix(dir).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

#[test]
fn an_output_that_is_or_holds_a_source_is_refused() {
    let site = TestSite::fixture();
    let before = snapshot(site.root());
    for (out, reason) in [
        ("content", "inside `content/`"),
        ("content/lv/policy", "inside `content/`"),
        ("institutions", "inside `institutions/`"),
        ("institutions/alfa", "inside `institutions/`"),
        ("institutions/new-one", "inside `institutions/`"),
        ("themes", "inside `themes/`"),
        ("platform.toml", "`platform.toml`, a source file"),
        ("content/../themes/default", "inside `themes/`"),
        (".", "contains the site's sources"),
        ("..", "contains the site's sources"),
    ] {
        let target = site.root().join(out);
        for extra in [&[][..], &["--take-over"][..]] {
            let args = [&["--out", target.to_str().unwrap()][..], extra].concat();
            let run = site.build(&args);
            assert!(!run.success, "--out {out} {extra:?} was accepted");
            assert!(run.stdout.is_empty(), "{}", run.stdout);
            assert!(
                run.stderr.contains(reason),
                "--out {out}: the reason is named: {}",
                run.stderr
            );
            assert!(run.stderr.contains("hint: choose an output folder"));
        }
        assert_eq!(
            snapshot(site.root()),
            before,
            "--out {out} changed the sources"
        );
    }
}

#[test]
fn a_folder_of_other_files_is_refused_unless_taken_over() {
    let site = TestSite::fixture();
    site.write("victim/docs/thesis.txt", "years of work");
    let victim = site.root().join("victim");
    let out = ["--out", victim.to_str().unwrap()];
    let run = site.build(&out);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("the output folder holds files privatums did not write"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--take-over"), "{}", run.stderr);
    assert_eq!(site.read("victim/docs/thesis.txt"), "years of work");

    let run = site.build(&[&out[..], &["--take-over"]].concat());
    assert!(run.success, "{}", run.stderr);
    assert!(!victim.join("docs").exists());
    // Now it is privatums's own: the next build replaces it without being asked.
    assert!(victim.join(".privatums-output").is_file());
    let run = site.build(&out);
    assert!(run.success, "{}", run.stderr);
}

#[test]
fn an_output_that_is_a_file_is_refused() {
    let site = TestSite::fixture();
    site.write("notes.txt", "mine");
    let notes = site.root().join("notes.txt");
    let run = site.build(&["--out", notes.to_str().unwrap(), "--take-over"]);
    assert!(!run.success);
    assert!(
        run.stderr.contains("the output is a file, not a folder"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("notes.txt"), "mine");
}

#[test]
fn empty_new_and_previous_outputs_are_accepted() {
    let site = TestSite::fixture();
    fs::create_dir(site.root().join("empty")).unwrap();
    let empty = site.root().join("empty");
    assert!(site.build(&["--out", empty.to_str().unwrap()]).success);
    let nested = site.root().join("new/deeper/out");
    assert!(site.build(&["--out", nested.to_str().unwrap()]).success);
    site.build_ok();
    site.build_ok();
    assert!(site.public().join(".privatums-output").is_file());
}

#[test]
fn serve_refuses_the_same_outputs() {
    let site = TestSite::fixture();
    let before = snapshot(site.root());
    for out in ["content/out", "institutions/alfa/lv", "platform.toml"] {
        let target = site.root().join(out);
        let mut serve = std::process::Command::new(env!("CARGO_BIN_EXE_privatums"))
            .args(["serve", "--port", "0", "--root"])
            .arg(site.root())
            .arg("--out")
            .arg(&target)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Refused at once; a serve that starts is stopped and fails the test.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while serve.try_wait().unwrap().is_none() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let started = serve.try_wait().unwrap().is_none();
        let _ = serve.kill();
        let output = serve.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !started && !output.status.success(),
            "serve --out {out} started"
        );
        assert!(stderr.contains("the output folder is"), "{stderr}");
    }
    assert_eq!(snapshot(site.root()), before);
}

/// Makes removing a file of the output fail until dropped: the file immutable for root
/// (whom permissions don't stop), its folder read-only for anyone else. The output may
/// have been moved aside meanwhile, so dropping releases every copy.
struct Unremovable {
    root: PathBuf,
    relative: &'static str,
}

impl Unremovable {
    fn new(site: &TestSite, relative: &'static str) -> Unremovable {
        let guard = Unremovable {
            root: site.root().to_path_buf(),
            relative,
        };
        assert!(
            guard.protect(&site.public(), true),
            "could not protect {relative}"
        );
        guard
    }

    fn protect(&self, output: &Path, on: bool) -> bool {
        let file = output.join(self.relative);
        let (command, mode, target) = match (is_root(), on) {
            (true, true) => ("chattr", "+i", file),
            (true, false) => ("chattr", "-i", file),
            (false, true) => ("chmod", "555", file.parent().unwrap().to_path_buf()),
            (false, false) => ("chmod", "755", file.parent().unwrap().to_path_buf()),
        };
        std::process::Command::new(command)
            .arg(mode)
            .arg(target)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Unremovable {
    fn drop(&mut self) {
        for entry in fs::read_dir(&self.root).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name == "public" || name.starts_with(".public.old-") {
                self.protect(&path, false);
            }
        }
    }
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

#[cfg(target_os = "linux")]
#[test]
fn an_old_output_that_cant_be_removed_is_a_warning_not_a_failure() {
    let site = TestSite::fixture();
    site.build_ok();
    let _guard = Unremovable::new(&site, "alfa/en/privacy-policy/index.html");
    site.edit(
        "institutions/alfa/en/security.md",
        "More.",
        "More, and new.",
    );
    let run = site.build(&[]);
    assert!(run.success, "the new output is in place: {}", run.stderr);
    assert!(run.stdout.starts_with("built "), "{}", run.stdout);
    assert!(
        run.stderr.contains(
            "warning: the new output is in place, but the previous one could not be removed"
        ),
        "{}",
        run.stderr
    );
    let left: Vec<String> = fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".public.old-"))
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(
        run.stderr.contains(&left[0]),
        "names the folder: {}",
        run.stderr
    );
    assert!(site
        .page("alfa/en/privacy-policy/index.html")
        .text
        .contains("More, and new."));
}

#[test]
fn footnotes_are_footnotes_for_the_checker_too() {
    let site = TestSite::fixture();
    for language in ["lv", "en"] {
        site.edit(
            &format!("institutions/alfa/{language}/security.md"),
            "More.",
            "More.[^1]\n\n[^1]: Ibid.",
        );
    }
    site.build_ok();
    let page = site.page("alfa/en/privacy-policy/index.html");
    assert!(
        page.texts(".section").iter().any(|t| t.contains("Ibid.")),
        "the footnote is on the page"
    );
}

#[test]
fn builds_into_the_same_output_take_turns() {
    let site = TestSite::fixture();
    site.build_ok();
    let before = site.public_snapshot();
    let builds: Vec<std::process::Child> = (0..4)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_privatums"))
                .args(["build", "--root"])
                .arg(site.root())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for build in builds {
        let output = build.wait_with_output().unwrap();
        assert!(output.status.success(), "a concurrent build failed");
    }
    assert_eq!(
        site.public_snapshot(),
        before,
        "the output is one whole build"
    );
    let debris: Vec<String> = fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(debris.is_empty(), "{debris:?}");
}
