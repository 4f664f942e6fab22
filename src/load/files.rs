//! Reading the site's files without ever leaving its root: symbolic links are refused,
//! not followed, so an editor's folder can't pull in `/etc/passwd` or another
//! institution's files.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use walkdir::WalkDir;

use crate::diagnostic::{os_error, Diagnostic};
use crate::model::SourceFile;
use crate::msg;

/// The site root, the only place files are read from.
#[derive(Debug)]
pub struct Root {
    dir: PathBuf,
    /// In a loading pass ([`Root::pass`]), the folders below the root already found to be
    /// folders, not symbolic links: an institution's nine files share their folders, which
    /// are looked at once. The long-lived root remembers nothing, so a folder replaced by
    /// a link between two `serve` rebuilds is still refused.
    real_folders: Option<Mutex<HashSet<PathBuf>>>,
}

impl Root {
    pub fn new(dir: &Path) -> Result<Root, Diagnostic> {
        match fs::metadata(dir) {
            Ok(m) if m.is_dir() => Ok(Root {
                dir: dir.to_path_buf(),
                real_folders: None,
            }),
            _ => Err(Diagnostic::new(dir, msg!("root-not-a-folder"))
                .hint(msg!("root-not-a-folder-hint"))),
        }
    }

    /// The same root for one loading pass, remembering the folders it has looked at.
    pub fn pass(&self) -> Root {
        Root {
            dir: self.dir.clone(),
            real_folders: Some(Mutex::default()),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether a relative path exists as a folder (symbolic links don't count).
    pub fn is_dir(&self, relative: &Path) -> bool {
        fs::symlink_metadata(self.dir.join(relative)).is_ok_and(|m| m.is_dir())
    }

    /// Refuses a path any of whose folders, below the root, is a symbolic link.
    fn check_ancestors(&self, relative: &Path) -> Result<(), Diagnostic> {
        let mut prefix = PathBuf::new();
        for component in relative.components() {
            prefix.push(component);
            if self.known_real(&prefix) {
                continue;
            }
            let metadata = fs::symlink_metadata(self.dir.join(&prefix));
            if metadata.as_ref().is_ok_and(|m| m.is_symlink()) {
                return Err(symlink_refused(&prefix));
            }
            if let (Ok(true), Some(known)) = (metadata.map(|m| m.is_dir()), &self.real_folders) {
                if let Ok(mut known) = known.lock() {
                    known.insert(prefix.clone());
                }
            }
        }
        Ok(())
    }

    fn known_real(&self, folder: &Path) -> bool {
        self.real_folders
            .as_ref()
            .and_then(|known| known.lock().ok())
            .is_some_and(|known| known.contains(folder))
    }

    /// Whether a relative path exists as a regular file (symbolic links don't count).
    pub fn is_file(&self, relative: &Path) -> bool {
        fs::symlink_metadata(self.dir.join(relative)).is_ok_and(|m| m.is_file())
    }

    /// The size of a regular file under the root; `None` for anything else.
    pub fn size(&self, relative: &Path) -> Option<u64> {
        fs::symlink_metadata(self.dir.join(relative))
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
    }

    /// Reads one regular file under the root as bytes.
    pub fn read_bytes(&self, relative: &Path) -> Result<Vec<u8>, Diagnostic> {
        self.read_at_most(relative, crate::limits::MAX_FILE_BYTES)
    }

    /// Reads one regular file of at most `limit` bytes; a bigger one is refused unread.
    fn read_at_most(&self, relative: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
        // The file itself is looked at below, once.
        self.check_ancestors(relative.parent().unwrap_or(Path::new("")))?;
        let full = self.dir.join(relative);
        let metadata = fs::symlink_metadata(&full).map_err(|_| {
            Diagnostic::new(relative, msg!("file-not-found"))
                .hint(msg!("file-not-found-hint", file = relative))
        })?;
        if metadata.file_type().is_symlink() {
            return Err(symlink_refused(relative));
        }
        if !metadata.is_file() {
            return Err(Diagnostic::new(
                relative,
                msg!("not-a-file", found = kind_of(&metadata.file_type())),
            )
            .hint(msg!("not-a-file-hint")));
        }
        if metadata.len() > limit {
            return Err(too_big(relative, metadata.len(), limit));
        }
        fs::read(&full)
            .map_err(|e| Diagnostic::new(relative, msg!("io-error", detail = os_error(&e))))
    }

    /// Reads one regular file under the root as UTF-8 text.
    pub fn read(&self, relative: &Path) -> Result<SourceFile, Diagnostic> {
        let bytes = self.read_at_most(relative, crate::limits::MAX_TEXT_BYTES)?;
        let text = super::text::decode(relative, bytes)?;
        if let Some(line) = text.lines().position(|l| {
            l.len() > crate::limits::MAX_LINE_CHARS
                && l.chars().count() > crate::limits::MAX_LINE_CHARS
        }) {
            return Err(Diagnostic::new(
                relative,
                msg!(
                    "line-too-long",
                    line = line + 1,
                    limit = crate::limits::MAX_LINE_CHARS
                ),
            )
            .hint(msg!("line-too-long-hint")));
        }
        Ok(SourceFile {
            path: relative.to_path_buf(),
            text,
        })
    }

    /// The Markdown files directly in a folder, sorted by name. A missing folder is empty.
    pub fn markdown_files(&self, relative: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
        let (entries, errors) = self.walk(relative, Some(1));
        let files = entries
            .into_iter()
            .filter(|(path, is_dir)| !is_dir && path.extension().is_some_and(|e| e == "md"))
            .map(|(path, _)| path)
            .collect();
        (files, errors)
    }

    /// The sub-folders directly in a folder, sorted by name.
    pub fn folders(&self, relative: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
        let (entries, errors) = self.walk(relative, Some(1));
        let folders = entries
            .into_iter()
            .filter(|(_, is_dir)| *is_dir)
            .map(|(path, _)| path)
            .collect();
        (folders, errors)
    }

    /// Every file below a folder, at any depth, sorted by path.
    pub fn files_below(&self, relative: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
        let (entries, errors) = self.walk(relative, None);
        let files = entries
            .into_iter()
            .filter(|(_, is_dir)| !is_dir)
            .map(|(path, _)| path)
            .collect();
        (files, errors)
    }

    /// Entries below a folder (relative to the root, with whether each is a folder), down
    /// to `depth` levels. Symbolic links are reported, never followed; a missing folder is
    /// empty.
    fn walk(
        &self,
        relative: &Path,
        depth: Option<usize>,
    ) -> (Vec<(PathBuf, bool)>, Vec<Diagnostic>) {
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        if let Err(e) = self.check_ancestors(relative) {
            return (entries, vec![e]);
        }
        let full = self.dir.join(relative);
        if !full.is_dir() {
            return (entries, errors);
        }
        let walker = WalkDir::new(&full)
            .min_depth(1)
            .max_depth(depth.unwrap_or(usize::MAX))
            .follow_links(false)
            .sort_by_file_name();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let path = relative.join(e.path().strip_prefix(&full).unwrap_or(e.path()));
                    if e.file_type().is_symlink() {
                        errors.push(symlink_refused(&path));
                    } else {
                        entries.push((path, e.file_type().is_dir()));
                    }
                }
                Err(e) => errors.push(Diagnostic::new(
                    relative,
                    msg!("io-error", detail = os_error(&e.into())),
                )),
            }
        }
        (entries, errors)
    }
}

/// What a non-file is, as the catalogues' selector for it.
fn kind_of(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "fifo";
        }
        if kind.is_socket() {
            return "socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "device";
        }
    }
    if kind.is_dir() {
        "folder"
    } else {
        "special"
    }
}

/// Refused before it is read, so a pasted 5 GB file costs nothing.
fn too_big(relative: &Path, size: u64, limit: u64) -> Diagnostic {
    Diagnostic::new(
        relative,
        msg!(
            "file-too-big",
            size = crate::limits::size(size),
            limit = crate::limits::size(limit)
        ),
    )
    .hint(msg!("file-too-big-hint"))
}

fn symlink_refused(relative: &Path) -> Diagnostic {
    Diagnostic::new(relative, msg!("symlink-refused")).hint(msg!("symlink-refused-hint"))
}
