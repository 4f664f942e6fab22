//! Watching the site's sources: which saved file asks for which rebuild.
//!
//! Only `platform.toml`, `content/`, `themes/` and `institutions/` are watched — never the
//! whole root, which may hold the output folder (whose writes would trigger rebuilds of
//! their own) or a large `target/`.
//!
//! A release changes the ledger (`content/versions/ledger.toml`) and version folders: both
//! rebuild the whole site, which opens the project, and so the ledger, again.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer_opt, DebounceEventResult, Debouncer, RecommendedCache};

use crate::load::PLATFORM_FILE;
use crate::model::record::FOLDER as RECORD;

/// The shared folders: a change in any of them can touch every page.
const SHARED_FOLDERS: [&str; 2] = ["content", "themes"];
const INSTITUTIONS: &str = "institutions";

/// How long the watcher holds an event to merge it with the ones that belong to it (an
/// editor writing a temporary file and renaming it). The rebuild thread then waits for
/// the files to be quiet (`serve::QUIET`), so a burst of saves is one rebuild.
const SETTLE: Duration = Duration::from_millis(50);

/// What a batch of file changes asks to rebuild.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Shared data, content or theme: everything.
    Whole,
    /// Only these folders of `institutions/` (names as found, not yet checked as slugs).
    Institutions(BTreeSet<String>),
}

impl Change {
    /// The change that covers both.
    pub fn and(self, other: Change) -> Change {
        match (self, other) {
            (Change::Institutions(mut a), Change::Institutions(b)) => {
                a.extend(b);
                Change::Institutions(a)
            }
            _ => Change::Whole,
        }
    }

    /// What a change to `relative` (a path under the site root) asks for, if anything.
    pub fn of_path(relative: &Path) -> Option<Change> {
        let parts: Vec<&str> = relative
            .components()
            .map(|c| match c {
                Component::Normal(part) => part.to_str(),
                _ => None,
            })
            .collect::<Option<_>>()?;
        // Editors' temporary and backup files (`.x.swp`, `x~`) and privatums's own hidden
        // folders (`new institution` writes in one before renaming it into place) are not
        // sources; the rename that ends such a save is seen under the real name.
        if parts.iter().any(|p| p.starts_with('.') || p.ends_with('~')) {
            return None;
        }
        match parts.as_slice() {
            [file] if *file == PLATFORM_FILE => Some(Change::Whole),
            [folder, ..] if SHARED_FOLDERS.contains(folder) => Some(Change::Whole),
            [folder] if *folder == INSTITUTIONS => Some(Change::Whole),
            // An institution's record is read against the ledger the project holds, and a
            // release renames its version folders in before the ledger, maybe seen in an
            // earlier batch: rebuilding only the institution would read the new folder
            // against the old ledger. A release is rare; the whole site is read afresh.
            [folder, _, record, ..] if *folder == INSTITUTIONS && *record == RECORD => {
                Some(Change::Whole)
            }
            [folder, name, ..] if *folder == INSTITUTIONS => {
                Some(Change::Institutions(BTreeSet::from([(*name).to_owned()])))
            }
            _ => None,
        }
    }

    /// Whether an event is a change. Opening and reading a file is not: every build reads
    /// all the sources, and counting that would rebuild for ever.
    pub fn is_change(kind: &EventKind) -> bool {
        match kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
            EventKind::Access(_) => false,
            _ => true,
        }
    }

    /// The change a batch of changed paths asks for, if any of them matters.
    pub fn of_paths<'a>(root: &Path, paths: impl IntoIterator<Item = &'a Path>) -> Option<Change> {
        paths
            .into_iter()
            .filter_map(|path| Change::of_path(path.strip_prefix(root).ok()?))
            .reduce(Change::and)
    }
}

/// The file watcher: each settled batch of changes is handed to the function given to
/// `start`.
pub struct Watcher {
    root: PathBuf,
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    watched: BTreeSet<&'static str>,
}

impl Watcher {
    /// Watches the sources under `root` (an absolute path: events carry absolute paths).
    /// Symbolic links are never followed: the loader refuses them, and following one
    /// could walk the whole file system.
    pub fn start(
        root: &Path,
        on_change: impl FnMut(DebounceEventResult) + Send + 'static,
    ) -> notify::Result<Watcher> {
        let mut debouncer = new_debouncer_opt(
            SETTLE,
            None,
            on_change,
            RecommendedCache::new(),
            notify::Config::default().with_follow_symlinks(false),
        )?;
        // The root itself, not recursively: platform.toml, and the source folders coming
        // into being.
        debouncer.watch(root, RecursiveMode::NonRecursive)?;
        let mut watcher = Watcher {
            root: root.to_path_buf(),
            debouncer,
            watched: BTreeSet::new(),
        };
        watcher.watch_new_folders()?;
        Ok(watcher)
    }

    /// Follows the source folders after a batch of changed paths: a folder that was
    /// removed, replaced or recreated (a `git checkout`, a branch switch) is watched
    /// afresh, since the old watch went with the old folder.
    pub fn refresh(&mut self, changed: &[PathBuf]) -> notify::Result<()> {
        for folder in SHARED_FOLDERS.into_iter().chain([INSTITUTIONS]) {
            let path = self.root.join(folder);
            if self.watched.contains(folder) && changed.contains(&path) {
                // Fails when the watch already ended with its folder, which is fine.
                let _ = self.debouncer.unwatch(&path);
                self.watched.remove(folder);
            }
        }
        self.watch_new_folders()
    }

    /// Starts watching the source folders that exist now and weren't watched yet (a site
    /// may gain `institutions/` while being served). A symbolic link is not a folder here.
    fn watch_new_folders(&mut self) -> notify::Result<()> {
        for folder in SHARED_FOLDERS.into_iter().chain([INSTITUTIONS]) {
            let path = self.root.join(folder);
            let is_folder = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
            if !self.watched.contains(folder) && is_folder {
                self.debouncer.watch(&path, RecursiveMode::Recursive)?;
                self.watched.insert(folder);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(path: &str) -> Option<Change> {
        Change::of_path(Path::new(path))
    }

    fn institutions(names: &[&str]) -> Option<Change> {
        Some(Change::Institutions(
            names.iter().map(|n| (*n).to_owned()).collect(),
        ))
    }

    #[test]
    fn an_institution_file_rebuilds_that_institution() {
        assert_eq!(
            change("institutions/alfa/institution.toml"),
            institutions(&["alfa"])
        );
        assert_eq!(
            change("institutions/alfa/lv/intro.md"),
            institutions(&["alfa"])
        );
        assert_eq!(change("institutions/beta"), institutions(&["beta"]));
    }

    #[test]
    fn shared_sources_and_release_records_rebuild_everything() {
        for path in [
            "platform.toml",
            "content/lv/policy/intro.md",
            "themes/default/templates/page.html",
            "institutions",
            "content/versions/ledger.toml",
            "institutions/alfa/versions/2026-03-01",
            "institutions/alfa/versions/2026-03-01/lv.txt",
        ] {
            assert_eq!(change(path), Some(Change::Whole), "{path}");
        }
    }

    #[test]
    fn other_files_are_ignored() {
        for path in [
            "public/index.html",
            ".public.staging-x/index.html",
            "README.md",
            "institutions/alfa/.institution.toml.swp",
            "institutions/alfa/lv/intro.md~",
            ".privatums-new-x/institution.toml",
        ] {
            assert_eq!(change(path), None, "{path}");
        }
    }

    #[test]
    fn reading_a_file_is_not_a_change() {
        use notify::event::{CreateKind, ModifyKind};
        assert!(!Change::is_change(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!Change::is_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(Change::is_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(Change::is_change(&EventKind::Modify(ModifyKind::Any)));
        assert!(Change::is_change(&EventKind::Create(CreateKind::File)));
    }

    #[test]
    fn a_batch_asks_for_the_least_that_covers_it() {
        let root = Path::new("/site");
        let paths = [
            Path::new("/site/institutions/alfa/lv/intro.md"),
            Path::new("/site/institutions/beta/institution.toml"),
            Path::new("/site/public/alfa/index.html"),
        ];
        assert_eq!(
            Change::of_paths(root, paths),
            institutions(&["alfa", "beta"])
        );
        let with_theme = [
            Path::new("/site/institutions/alfa/lv/intro.md"),
            Path::new("/site/themes/default/static/style.css"),
        ];
        assert_eq!(Change::of_paths(root, with_theme), Some(Change::Whole));
    }
}
