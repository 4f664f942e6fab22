//! Write: pages go into a staging folder next to the output folder, which replaces the
//! output only when every page is written. A failed build leaves the last good output
//! exactly as it was.
//!
//! A file whose bytes are already in the output is not written again: the staging folder
//! gets a hard link to the published file instead, so the swap keeps its inode and
//! modification time (rsync, a web server's cache and `serve` see it unchanged) and the
//! build writes only what changed. Published files are never written in place, only
//! replaced, so sharing an inode with the staging folder is safe.

mod guard;
mod lock;
mod swap;

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

pub use guard::{check_out, is_output, MARKER};
pub use lock::{lock_folder, Holder, OutputLock};
use swap::swap;
pub use swap::Published;

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

/// A copy of each written file stored beside it under its name plus `suffix`
/// (`index.html.br`), made from the file's bytes. When the file is unchanged and the output
/// already has the copy, the copy is hard-linked like the file instead of made again.
pub struct Companion {
    pub suffix: &'static str,
    /// The copy of the file at this path with these bytes, or `None` if it gets none.
    pub make: fn(&Path, &[u8]) -> Option<Vec<u8>>,
}

pub struct Staging {
    dir: tempfile::TempDir,
    out: PathBuf,
    companions: &'static [Companion],
    /// Files written and files linked unchanged from the output.
    written: std::sync::atomic::AtomicUsize,
    unchanged: std::sync::atomic::AtomicUsize,
    /// Whether there was an output to compare with when the build began: a first build
    /// writes every file without looking for a published one.
    has_output: bool,
    /// Folders of the staging folder made so far: each is made once, not tried again for
    /// every file in it.
    folders: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    /// Held until the staging folder is swapped in or dropped (fields drop in order).
    _lock: OutputLock,
}

impl Staging {
    /// A fresh staging folder beside `out`, on the same file system so the swap is a
    /// rename.
    pub fn new(out: &Path) -> io::Result<Staging> {
        let lock = OutputLock::acquire(out)?;
        let parent = lock::parent_of(out);
        let name = out
            .file_name()
            .map_or("out".into(), |n| n.to_string_lossy().into_owned());
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.staging-"))
            .tempdir_in(&parent)?;
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
            companions: &[],
            written: Default::default(),
            unchanged: Default::default(),
            has_output: out.is_dir(),
            folders: Default::default(),
            _lock: lock,
        })
    }

    /// Every file written from now on gets these copies beside it.
    pub fn with_companions(mut self, companions: &'static [Companion]) -> Staging {
        self.companions = companions;
        self
    }

    /// How many files were written, and how many were already in the output unchanged.
    pub fn counts(&self) -> (usize, usize) {
        use std::sync::atomic::Ordering::Relaxed;
        (self.written.load(Relaxed), self.unchanged.load(Relaxed))
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
        use std::sync::atomic::Ordering::Relaxed;
        let unchanged = self.put(relative, bytes)?;
        match unchanged {
            true => self.unchanged.fetch_add(1, Relaxed),
            false => self.written.fetch_add(1, Relaxed),
        };
        self.put_companions(relative, bytes, unchanged)
    }

    /// The companions' copies of a file just put: linked from the output when the file
    /// was unchanged and the output has them, else made.
    fn put_companions(&self, relative: &Path, bytes: &[u8], unchanged: bool) -> io::Result<()> {
        let path = self.dir.path().join(relative);
        let published = self.out.join(relative);
        for companion in self.companions {
            let with_suffix = |p: &Path| {
                let mut name = p.as_os_str().to_owned();
                name.push(companion.suffix);
                PathBuf::from(name)
            };
            if unchanged && fs::hard_link(with_suffix(&published), with_suffix(&path)).is_ok() {
                continue;
            }
            if let Some(copy) = (companion.make)(relative, bytes) {
                fs::write(with_suffix(&path), copy)?;
            }
        }
        Ok(())
    }

    /// Links the published file when it already holds `bytes`, else writes them; says
    /// whether the file was unchanged.
    fn put(&self, relative: &Path, bytes: &[u8]) -> io::Result<bool> {
        let path = self.dir.path().join(relative);
        if let Some(parent) = path.parent() {
            self.make_folder(parent)?;
        }
        let published = self.out.join(relative);
        if self.has_output
            && same_bytes(&published, bytes)
            && fs::hard_link(&published, &path).is_ok()
        {
            return Ok(true);
        }
        fs::write(path, bytes).map(|()| false)
    }

    fn make_folder(&self, folder: &Path) -> io::Result<()> {
        if self.folders.lock().is_ok_and(|made| made.contains(folder)) {
            return Ok(());
        }
        fs::create_dir_all(folder)?;
        if let Ok(mut folders) = self.folders.lock() {
            folders.insert(folder.to_path_buf());
        }
        Ok(())
    }

    /// Swaps the staged files in. The old output is moved aside first and removed after,
    /// so at no point is a half-written output visible. The output is marked as
    /// privatums's own, so the next build may replace it.
    pub fn publish(self, scope: &Scope) -> io::Result<Published> {
        if *scope == Scope::Whole {
            self.put(Path::new(MARKER), guard::MARKER_TEXT.as_bytes())?;
        }
        let staged = self.dir.keep();
        let result = match scope {
            Scope::Whole => swap(&staged, &self.out),
            Scope::Institution(slug) => fs::create_dir_all(&self.out)
                .and_then(|()| mark(&self.out))
                .and_then(|()| swap(&staged.join(slug.as_str()), &self.out.join(slug.as_str()))),
        };
        let _ = fs::remove_dir_all(&staged);
        result
    }
}

/// Marks an existing output folder (one written before outputs were marked, or new).
fn mark(out: &Path) -> io::Result<()> {
    if guard::is_output(out) {
        return Ok(());
    }
    fs::write(out.join(MARKER), guard::MARKER_TEXT)
}

/// Whether `path` is a regular file holding exactly `bytes`. Its size is compared first,
/// so a changed page of another length costs one `stat`.
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    let Ok(metadata) = fs::symlink_metadata(path) else {
        return false;
    };
    if !metadata.is_file() || metadata.len() != bytes.len() as u64 {
        return false;
    }
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    let mut buffer = [0u8; 16 * 1024];
    let mut rest = bytes;
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return rest.is_empty(),
            Ok(n) if n <= rest.len() && buffer[..n] == rest[..n] => rest = &rest[n..],
            Ok(_) => return false,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
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

    #[cfg(unix)]
    #[test]
    fn unchanged_files_keep_their_inode_and_changed_ones_are_replaced() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let staging = Staging::new(&out).unwrap();
        staging.write(Path::new("a/same.html"), b"same").unwrap();
        staging.write(Path::new("a/changed.html"), b"old").unwrap();
        staging.publish(&Scope::Whole).unwrap();
        let inode = |name: &str| fs::metadata(out.join(name)).unwrap().ino();
        let (same, changed) = (inode("a/same.html"), inode("a/changed.html"));

        let staging = Staging::new(&out).unwrap();
        staging.write(Path::new("a/same.html"), b"same").unwrap();
        staging.write(Path::new("a/changed.html"), b"new").unwrap();
        assert_eq!(staging.counts(), (1, 1));
        // Until the swap, the published files are as they were.
        assert_eq!(fs::read(out.join("a/changed.html")).unwrap(), b"old");
        staging.publish(&Scope::Whole).unwrap();
        assert_eq!(inode("a/same.html"), same);
        assert_ne!(inode("a/changed.html"), changed);
        assert_eq!(fs::read(out.join("a/changed.html")).unwrap(), b"new");
        assert_eq!(fs::metadata(out.join("a/same.html")).unwrap().nlink(), 1);
    }

    #[test]
    fn a_dropped_staging_folder_leaves_linked_files_as_they_were() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let staging = Staging::new(&out).unwrap();
        staging.write(Path::new("page.html"), b"page").unwrap();
        staging.publish(&Scope::Whole).unwrap();
        let staging = Staging::new(&out).unwrap();
        staging.write(Path::new("page.html"), b"page").unwrap();
        drop(staging);
        assert_eq!(fs::read(out.join("page.html")).unwrap(), b"page");
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn the_output_is_never_missing_during_a_swap() {
        use std::sync::atomic::{AtomicBool, Ordering};
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let publish = |text: &str| {
            let staging = Staging::new(&out).unwrap();
            staging
                .write(Path::new("index.html"), text.as_bytes())
                .unwrap();
            staging.publish(&Scope::Whole).unwrap();
        };
        publish("first");
        let done = AtomicBool::new(false);
        let missing = std::thread::scope(|scope| {
            let reader = scope.spawn(|| {
                let mut missing = 0;
                while !done.load(Ordering::Relaxed) {
                    if fs::symlink_metadata(out.join("index.html")).is_err() {
                        missing += 1;
                    }
                }
                missing
            });
            for n in 0..300 {
                publish(&n.to_string());
            }
            done.store(true, Ordering::Relaxed);
            reader.join().unwrap()
        });
        if cfg!(target_os = "linux") {
            assert_eq!(missing, 0, "the output was missing during a swap");
        }
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "299");
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1, "no debris");
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
