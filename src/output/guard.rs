//! Which folder a build may replace. Publishing deletes the old output whole, so one typo
//! in `--out` must never name a source folder, the root, or someone's unrelated files.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use crate::model::PLATFORM_FILE;
use crate::msg;

/// The file every output holds, so a later build knows the folder is its own to replace.
pub const MARKER: &str = ".privatums-output";

/// What the marker says to a person who opens it.
pub const MARKER_TEXT: &str =
    "This folder is the output of privatums build; every build replaces all of it.\n";

/// The root's entries an output may never be or lie inside.
const SOURCES: [&str; 4] = ["content", "institutions", "themes", PLATFORM_FILE];

/// Refuses, before anything is written, an output folder whose replacement would delete
/// sources or files privatums did not write. `take_over` allows an existing folder of
/// other files (never a source).
pub fn check_out(root: &Path, out: &Path, take_over: bool) -> Result<(), Diagnostic> {
    let refuse = |message: Message| Diagnostic::new(out, message).hint(msg!("out-refused-hint"));
    let root_full = resolve(root);
    let out_full = resolve(out);
    if root_full.starts_with(&out_full) {
        return Err(refuse(msg!("out-contains-sources")));
    }
    if let Some(source) = SOURCES
        .iter()
        .find(|s| out_full.starts_with(root_full.join(s)))
    {
        return Err(refuse(if *source == PLATFORM_FILE {
            msg!("out-is-platform-file")
        } else {
            msg!("out-inside-sources", source = *source)
        }));
    }
    let metadata = match fs::symlink_metadata(out) {
        Ok(metadata) => metadata,
        Err(_) => return Ok(()), // a new folder
    };
    if !metadata.is_dir() {
        return Err(Diagnostic::new(out, msg!("out-is-a-file")).hint(msg!("out-is-a-file-hint")));
    }
    if take_over || is_output(out) {
        return Ok(());
    }
    let empty = fs::read_dir(out).map_or(true, |mut entries| entries.next().is_none());
    if empty {
        return Ok(());
    }
    Err(Diagnostic::new(out, msg!("out-holds-other-files"))
        .hint(msg!("out-holds-other-files-hint")))
}

/// Whether `dir` is a previous output (it holds the marker).
pub fn is_output(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

/// The absolute path with symbolic links and `..` resolved as far as the path exists;
/// the rest (a folder to be created) is normalised by its names.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    for existing in absolute.ancestors() {
        let Ok(mut resolved) = fs::canonicalize(existing) else {
            continue;
        };
        let rest = absolute.strip_prefix(existing).unwrap_or(Path::new(""));
        for component in rest.components() {
            match component {
                Component::ParentDir => {
                    resolved.pop();
                }
                Component::Normal(name) => resolved.push(name),
                _ => {}
            }
        }
        return resolved;
    }
    absolute
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        for folder in ["content/lv", "institutions/alfa", "themes"] {
            fs::create_dir_all(root.path().join(folder)).unwrap();
        }
        fs::write(root.path().join(PLATFORM_FILE), "").unwrap();
        root
    }

    #[test]
    fn sources_and_the_root_are_refused_even_with_take_over() {
        let root = site();
        let r = root.path();
        for out in [
            r.join("content"),
            r.join("content/lv/policy"),
            r.join("institutions/alfa"),
            r.join("themes"),
            r.join("platform.toml"),
            r.join("institutions/../content"),
            r.to_path_buf(),
            r.join(".."),
        ] {
            let error = check_out(r, &out, true).expect_err(&out.display().to_string());
            assert!(
                error.message.english().contains("source"),
                "{}: {}",
                out.display(),
                error.message
            );
        }
    }

    #[test]
    fn new_empty_and_marked_folders_are_accepted() {
        let root = site();
        let r = root.path();
        assert!(check_out(r, &r.join("public"), false).is_ok());
        fs::create_dir(r.join("empty")).unwrap();
        assert!(check_out(r, &r.join("empty"), false).is_ok());
        fs::create_dir(r.join("built")).unwrap();
        fs::write(r.join("built/index.html"), "").unwrap();
        fs::write(r.join("built").join(MARKER), MARKER_TEXT).unwrap();
        assert!(check_out(r, &r.join("built"), false).is_ok());
    }

    #[test]
    fn a_folder_of_other_files_needs_take_over() {
        let root = site();
        let r = root.path();
        fs::create_dir_all(r.join("victim/docs")).unwrap();
        fs::write(r.join("victim/docs/thesis.txt"), "years of work").unwrap();
        let error = check_out(r, &r.join("victim"), false).unwrap_err();
        assert!(
            error.message.english().contains("did not write"),
            "{}",
            error.message
        );
        assert!(error.hint.unwrap().english().contains("--take-over"));
        assert!(check_out(r, &r.join("victim"), true).is_ok());
    }
}
