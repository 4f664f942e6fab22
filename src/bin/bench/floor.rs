//! The I/O floor: what any generator must at least do — read every input, write every output.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

/// Reads every input and writes files of the output's paths and sizes into `into`, on
/// all cores: what any generator must at least do.
pub fn io_floor(inputs: &[PathBuf], outputs: &[(PathBuf, u64)], into: &Path) -> Duration {
    let started = Instant::now();
    let read: u64 = inputs
        .par_iter()
        .map(|p| fs::read(p).map_or(0, |b| b.len() as u64))
        .sum();
    std::hint::black_box(read);
    let filler = vec![b'x'; outputs.iter().map(|(_, s)| *s as usize).max().unwrap_or(0)];
    outputs.par_iter().for_each(|(relative, size)| {
        let path = into.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("floor folder");
        }
        fs::write(&path, &filler[..*size as usize]).expect("floor file");
    });
    started.elapsed()
}

/// The files under `dir`, relative to it, with their sizes.
pub fn sized_files_under(dir: &Path) -> Vec<(PathBuf, u64)> {
    files_under(dir)
        .into_iter()
        .map(|p| {
            let size = fs::metadata(&p).map_or(0, |m| m.len());
            (p.strip_prefix(dir).unwrap_or(&p).to_path_buf(), size)
        })
        .collect()
}

pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}
