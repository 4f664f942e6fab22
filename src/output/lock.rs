//! One build at a time per output folder, one release at a time per site, and no debris
//! from dead ones. A build holds an exclusive lock on the folder that holds the output
//! (where its staging and old folders live) from its first write to its swap; a release
//! holds one on the record's folder (`versions::release`). The lock goes with the process,
//! so a killed build or release never leaves it taken. Whoever holds it may remove what
//! dead ones left.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::msg;

/// Held while a build writes beside the output; released when dropped.
pub struct OutputLock {
    _folder: fs::File,
}

impl OutputLock {
    /// Locks the folder that holds `out`, waiting (with a message) while another build
    /// holds it, then removes the staging and old folders dead builds left there.
    pub fn acquire(out: &Path) -> io::Result<OutputLock> {
        let parent = parent_of(out);
        fs::create_dir_all(&parent)?;
        let folder = lock_folder(&parent, Holder::Build)?;
        remove_debris(&parent, out);
        Ok(OutputLock { _folder: folder })
    }
}

/// What waits for a folder's lock, for the message that says why nothing happens yet.
#[derive(Clone, Copy, Debug)]
pub enum Holder {
    Build,
    Release,
}

/// Takes an exclusive advisory lock on `folder` (which must exist) for as long as the
/// returned handle is open. While another process holds it, says so on standard error and
/// waits: the other one is writing and will be done soon, and what it leaves is what the
/// waiting one should start from.
pub fn lock_folder(folder: &Path, holder: Holder) -> io::Result<fs::File> {
    let handle = fs::File::open(folder)?;
    #[cfg(unix)]
    {
        use rustix::fs::{flock, FlockOperation};
        match flock(&handle, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => {}
            Err(rustix::io::Errno::WOULDBLOCK) => {
                let holder = match holder {
                    Holder::Build => "build",
                    Holder::Release => "release",
                };
                eprintln!("{}", msg!("lock-waiting", holder = holder, folder = folder));
                flock(&handle, FlockOperation::LockExclusive)?;
            }
            Err(e) => return Err(e.into()),
        }
    }
    #[cfg(not(unix))]
    let _ = holder;
    Ok(handle)
}

/// The folder the output, its staging folder and its old copy are in.
pub fn parent_of(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Removes `.NAME.staging-*` and `.NAME.old-*` beside the output and `.SLUG.old-*` in it:
/// only a build can make them, and no build is running.
fn remove_debris(parent: &Path, out: &Path) {
    let name = out
        .file_name()
        .map_or("out".into(), |n| n.to_string_lossy().into_owned());
    let beside = [format!(".{name}.staging-"), format!(".{name}.old-")];
    let is_debris_beside = |entry: &str| beside.iter().any(|p| entry.starts_with(p.as_str()));
    let is_debris_inside = |entry: &str| entry.starts_with('.') && entry.contains(".old-");
    for (folder, is_debris) in [
        (parent, &is_debris_beside as &dyn Fn(&str) -> bool),
        (out, &is_debris_inside),
    ] {
        let Ok(entries) = fs::read_dir(folder) else {
            continue;
        };
        for entry in entries.flatten() {
            if is_debris(&entry.file_name().to_string_lossy()) {
                let path = entry.path();
                let _ = match fs::symlink_metadata(&path) {
                    Ok(m) if m.is_dir() => fs::remove_dir_all(&path),
                    _ => fs::remove_file(&path),
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debris_of_dead_builds_is_removed_and_nothing_else() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        for folder in [
            ".public.staging-abc/alfa",
            ".public.old-123/alfa",
            "public/.alfa.old-9/lv",
            "public/alfa",
            ".other.staging-x",
            "notes",
        ] {
            fs::create_dir_all(tmp.path().join(folder)).unwrap();
        }
        let lock = OutputLock::acquire(&out).unwrap();
        let mut left: Vec<String> = walkdir::WalkDir::new(tmp.path())
            .min_depth(1)
            .into_iter()
            .map(|e| {
                let e = e.unwrap();
                e.path()
                    .strip_prefix(tmp.path())
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        left.sort();
        assert_eq!(left, [".other.staging-x", "notes", "public", "public/alfa"]);
        drop(lock);
    }

    #[cfg(unix)]
    #[test]
    fn a_second_lock_waits_for_the_first() {
        use std::sync::atomic::{AtomicBool, Ordering};
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let first = OutputLock::acquire(&out).unwrap();
        let released = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let second = scope.spawn(|| {
                let lock = OutputLock::acquire(&out).unwrap();
                assert!(released.load(Ordering::SeqCst), "both held the lock");
                drop(lock);
            });
            std::thread::sleep(std::time::Duration::from_millis(200));
            released.store(true, Ordering::SeqCst);
            drop(first);
            second.join().unwrap();
        });
    }
}
