//! Putting the staged output in place of the published one, and clearing the old away.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::os_error;
use crate::msg;

/// What a publish left behind: the new output is in place, but the previous one, moved
/// aside, could not be removed.
#[derive(Debug, Default)]
pub struct Published {
    pub left_behind: Option<(PathBuf, io::Error)>,
}

impl Published {
    /// The warning for the person who ran the build, if something was left behind.
    pub fn warning(&self) -> Option<String> {
        let (folder, error) = self.left_behind.as_ref()?;
        Some(format!(
            "{}: {}\n --> {}\n  = {}: {}",
            msg!("label-warning"),
            msg!("old-output-left", detail = os_error(error)),
            folder.display(),
            msg!("label-hint"),
            msg!("old-output-left-hint")
        ))
    }
}

/// Replaces `target` with `new`. Once `new` is in place the publish has succeeded: an old
/// output that can't be removed is reported, not an error.
pub(super) fn swap(new: &Path, target: &Path) -> io::Result<Published> {
    let mut old = target.with_file_name(format!(
        ".{}.old-{}",
        target
            .file_name()
            .map_or("out".into(), |n| n.to_string_lossy()),
        std::process::id()
    ));
    match fs::symlink_metadata(target) {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::rename(new, target)?;
            return Ok(Published::default());
        }
        Err(e) => return Err(e),
    }
    let _ = fs::remove_dir_all(&old);
    if exchange(new, target).is_ok() {
        // One step: `target` was never missing. `new` now holds the old output.
        if fs::rename(new, &old).is_err() {
            old = new.to_path_buf();
        }
    } else {
        // Where the system can't exchange: for an instant `target` is missing.
        fs::rename(target, &old)?;
        if let Err(e) = fs::rename(new, target) {
            let _ = fs::rename(&old, target);
            return Err(e);
        }
    }
    let removed = if fs::symlink_metadata(&old).is_ok_and(|m| m.is_dir()) {
        remove_tree(&old)
    } else {
        fs::remove_file(&old)
    };
    Ok(Published {
        left_behind: removed.err().map(|e| (old, e)),
    })
}

/// Swaps two paths atomically (`renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// Removes a folder and everything in it, its sub-folders in parallel: a whole platform's
/// old output is tens of thousands of files, and nobody can see it any more.
fn remove_tree(dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.par_iter().try_for_each(|entry| {
        if entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())
        } else {
            fs::remove_file(entry.path())
        }
    })?;
    fs::remove_dir(dir)
}
