//! The bench's child process: one full build in a process of its own, so its peak memory is
//! its own; and the copies' encoders timed over a built site.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use privatums::BuildOptions;

use crate::{files_under, mb};

pub struct Child {
    pub elapsed: Duration,
    pub peak_kb: u64,
    pub pages: usize,
}

pub fn run_child(site: &Path, out: &Path, precompress: bool) -> Child {
    let mut command = Command::new(std::env::current_exe().expect("the bench binary"));
    command.arg("--child-build").arg(site).arg(out);
    if !precompress {
        command.arg("--no-precompress");
    }
    let output = command.output().expect("run the build in a child process");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the build failed:\n{}{}",
        stdout,
        String::from_utf8_lossy(&output.stderr)
    );
    let fields: Vec<&str> = stdout.split_whitespace().collect();
    Child {
        pages: fields[0].parse().expect("pages"),
        elapsed: Duration::from_secs_f64(fields[1].parse().expect("seconds")),
        peak_kb: fields[2].parse().expect("VmHWM"),
    }
}

/// The child: one full build, like `privatums build`, then its time and peak memory.
pub fn child_build(site: &Path, out: &Path, precompress: bool) {
    let options = BuildOptions {
        out: out.to_path_buf(),
        precompress,
        ..BuildOptions::new(site)
    };
    let started = Instant::now();
    let summary = match privatums::build(&options) {
        Ok(summary) => summary,
        Err(errors) => {
            eprintln!("{errors}");
            std::process::exit(1);
        }
    };
    let elapsed = started.elapsed();
    println!(
        "{} {} {}",
        summary.pages,
        elapsed.as_secs_f64(),
        vm_hwm_kb()
    );
}

/// Each precompressed copy's encoder over every file in `out` that gets one, on one thread,
/// the fastest of three rounds: megabytes of files per second, and the copies' size as a
/// share of the files'. Theme assets are compressed once per process, as in a build.
pub fn copies(out: &Path) {
    let files: Vec<(PathBuf, Vec<u8>)> = files_under(out)
        .into_iter()
        .filter(|p| !p.extension().is_some_and(|e| e == "br" || e == "gz"))
        .map(|p| {
            let bytes = fs::read(&p).expect("a file of the built site");
            (p, bytes)
        })
        .collect();
    println!("| copy | MB/s | size of the files |\n|--|--:|--:|");
    for companion in &privatums::deploy::PRECOMPRESSED {
        let mut fastest = Duration::MAX;
        let (mut read, mut made) = (0, 0);
        for _ in 0..3 {
            (read, made) = (0, 0);
            let started = Instant::now();
            for (path, bytes) in &files {
                if let Some(copy) = (companion.make)(path, bytes) {
                    read += bytes.len() as u64;
                    made += copy.len() as u64;
                }
            }
            fastest = fastest.min(started.elapsed());
        }
        println!(
            "| {} | {:.0} | {:.2} % |",
            companion.suffix,
            mb(read) / fastest.as_secs_f64(),
            made as f64 * 100.0 / read.max(1) as f64
        );
    }
}

fn vm_hwm_kb() -> u64 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}
