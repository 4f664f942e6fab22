//! Write: pages go into a staging folder next to the output folder, which replaces the
//! output only when every page is written. A failed build leaves the last good output
//! exactly as it was.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::model::Slug;

/// What a build replaces: the whole output, or one institution's subtree (`--only`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    Whole,
    Institution(Slug),
}

impl Scope {
    pub fn institution(&self) -> Option<&Slug> {
        match self {
            Scope::Whole => None,
            Scope::Institution(slug) => Some(slug),
        }
    }
}

pub struct Staging {
    dir: tempfile::TempDir,
    out: PathBuf,
}

impl Staging {
    /// A fresh staging folder beside `out`, on the same file system so the swap is a
    /// rename.
    pub fn new(out: &Path) -> io::Result<Staging> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)?;
        let name = out
            .file_name()
            .map_or("out".into(), |n| n.to_string_lossy().into_owned());
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.staging-"))
            .tempdir_in(&parent)?;
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
        })
    }

    /// Writes one file. `relative` is built by privatums from slugs and fixed names, but
    /// is checked anyway: nothing is written outside the staging folder.
    pub fn write(&self, relative: &Path, bytes: &[u8]) -> io::Result<()> {
        if relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "refusing to write outside the output folder: {}",
                    relative.display()
                ),
            ));
        }
        let path = self.dir.path().join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, bytes)
    }

    /// Swaps the staged files in. The old output is moved aside first and removed after,
    /// so at no point is a half-written output visible.
    pub fn publish(self, scope: &Scope) -> io::Result<()> {
        let staged = self.dir.keep();
        let result = match scope {
            Scope::Whole => swap(&staged, &self.out),
            Scope::Institution(slug) => {
                fs::create_dir_all(&self.out)?;
                swap(&staged.join(slug.as_str()), &self.out.join(slug.as_str()))
            }
        };
        let _ = fs::remove_dir_all(&staged);
        result
    }
}

/// Replaces `target` with `new`.
fn swap(new: &Path, target: &Path) -> io::Result<()> {
    let old = target.with_file_name(format!(
        ".{}.old-{}",
        target
            .file_name()
            .map_or("out".into(), |n| n.to_string_lossy()),
        std::process::id()
    ));
    let had_old = match fs::symlink_metadata(target) {
        Ok(_) => {
            let _ = fs::remove_dir_all(&old);
            fs::rename(target, &old)?;
            true
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(e),
    };
    if let Err(e) = fs::rename(new, target) {
        if had_old {
            let _ = fs::rename(&old, target);
        }
        return Err(e);
    }
    if had_old {
        let removed = if fs::symlink_metadata(&old).is_ok_and(|m| m.is_dir()) {
            fs::remove_dir_all(&old)
        } else {
            fs::remove_file(&old)
        };
        removed?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_leave_the_staging_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let staging = Staging::new(&tmp.path().join("public")).unwrap();
        assert!(staging.write(Path::new("../escape.html"), b"x").is_err());
        assert!(staging.write(Path::new("/etc/passwd"), b"x").is_err());
        assert!(!tmp.path().join("escape.html").exists());
    }

    #[test]
    fn publish_replaces_the_whole_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("stale.html"), "old").unwrap();
        let staging = Staging::new(&out).unwrap();
        staging.write(Path::new("a/index.html"), b"new").unwrap();
        staging.publish(&Scope::Whole).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "new");
        assert!(!out.join("stale.html").exists());
        assert_eq!(
            fs::read_dir(tmp.path()).unwrap().count(),
            1,
            "no staging or old folder left"
        );
    }
}
