//! `bench --zola ZOLA`: Zola's build of the same pages (`super::write_site`) against
//! privatums' child build, each process measured from outside with GNU time.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use super::{read_toml, text_in, write_site};
use crate::synthetic;
use privatums::model::Language;

/// One process measured from outside: wall time from spawn to exit; user + system CPU time
/// and peak resident memory (the kernel's rusage of the child, as GNU `/usr/bin/time` reports
/// it), for Zola and privatums alike.
#[derive(Clone, Copy)]
struct Measured {
    wall: Duration,
    cpu: Duration,
    peak_kb: u64,
}

impl Measured {
    const NONE: Measured = Measured {
        wall: Duration::MAX,
        cpu: Duration::MAX,
        peak_kb: 0,
    };

    /// The fastest wall and CPU time of the runs, the largest peak.
    fn best(self, other: Measured) -> Measured {
        Measured {
            wall: self.wall.min(other.wall),
            cpu: self.cpu.min(other.cpu),
            peak_kb: self.peak_kb.max(other.peak_kb),
        }
    }
}

fn measured(program: &Path, args: &[&std::ffi::OsStr], report: &Path) -> Measured {
    let started = Instant::now();
    let output = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%U %S %M")
        .arg("-o")
        .arg(report)
        .arg(program)
        .args(args)
        .output()
        .expect("run /usr/bin/time (GNU time)");
    let wall = started.elapsed();
    assert!(
        output.status.success(),
        "{} failed:\n{}{}",
        program.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let report = fs::read_to_string(report).expect("GNU time's report");
    let fields: Vec<f64> = report
        .lines()
        .last()
        .unwrap_or_default()
        .split_whitespace()
        .map(|f| f.parse().expect("a number from GNU time"))
        .collect();
    Measured {
        wall,
        cpu: Duration::from_secs_f64(fields[0] + fields[1]),
        peak_kb: fields[2] as u64,
    }
}

struct Row {
    n: usize,
    pages: usize,
    zola: Measured,
    zola_bytes: u64,
    plain: Measured,
    full: Measured,
    privatums_bytes: u64,
}

/// `bench --zola ZOLA`: for each N, Zola's build of the same pages against privatums' build
/// without and with the precompressed copies, alternating `runs` times; then node's own
/// start-up (`node -e 0` beside ZOLA, as the install script writes it).
pub fn compare(base: &Path, sizes: &[usize], runs: usize, zola: &Path, themes: &Path) {
    let bench = std::env::current_exe().expect("the bench binary");
    let node = zola.with_file_name("node");
    let report = base.join("time.txt");
    let mut rows = Vec::new();
    for &n in sizes {
        let dir = base.join(format!("n{n}"));
        let site = dir.join("site");
        synthetic::generate(&site, n, themes).expect("generate the synthetic site");
        let zola_site = dir.join("zola");
        let pages = write_site(&site, &zola_site).expect("write the Zola site");
        eprintln!("N = {n}: {pages} pages");
        let (out, zola_out) = (dir.join("public"), dir.join("zola-public"));
        let zola_args = [
            "--root".as_ref(),
            zola_site.as_os_str(),
            "build".as_ref(),
            "--output-dir".as_ref(),
            zola_out.as_os_str(),
        ];
        let (mut zola_best, mut plain, mut full) = (Measured::NONE, Measured::NONE, Measured::NONE);
        for run in 0..runs {
            let _ = fs::remove_dir_all(&zola_out);
            let z = measured(zola, &zola_args, &report);
            let _ = fs::remove_dir_all(&out);
            let child = ["--child-build".as_ref(), site.as_os_str(), out.as_os_str()];
            let p = measured(
                &bench,
                &[&child[..], &["--no-precompress".as_ref()]].concat(),
                &report,
            );
            let _ = fs::remove_dir_all(&out);
            let f = measured(&bench, &child, &report);
            eprintln!(
                "  run {}: Zola {:.3} s, {:.2} s CPU, {} MB; privatums without copies {:.3} s, {:.2} s CPU, {} MB; with copies {:.3} s, {:.2} s CPU, {} MB",
                run + 1,
                z.wall.as_secs_f64(), z.cpu.as_secs_f64(), z.peak_kb / 1024,
                p.wall.as_secs_f64(), p.cpu.as_secs_f64(), p.peak_kb / 1024,
                f.wall.as_secs_f64(), f.cpu.as_secs_f64(), f.peak_kb / 1024,
            );
            (zola_best, plain, full) = (zola_best.best(z), plain.best(p), full.best(f));
        }
        rows.push(Row {
            n,
            pages,
            zola: zola_best,
            zola_bytes: page_bytes(&site, &zola_out),
            plain,
            full,
            privatums_bytes: page_bytes(&site, &out),
        });
    }
    let mut node_best = Measured::NONE;
    for _ in 0..runs.max(3) {
        node_best = node_best.best(measured(&node, &["-e".as_ref(), "0".as_ref()], &report));
    }
    print_table(&rows, node_best);
}

/// The institution pages' HTML bytes per page in a built site.
fn page_bytes(site: &Path, out: &Path) -> u64 {
    let platform = read_toml(&site.join("platform.toml")).expect("platform.toml");
    let (mut bytes, mut pages) = (0, 0);
    for entry in fs::read_dir(site.join("institutions"))
        .expect("the institutions")
        .flatten()
    {
        for language in Language::ALL {
            let page = out
                .join(entry.file_name())
                .join(language.code())
                .join(text_in(platform.get("page_path"), language))
                .join("index.html");
            bytes += fs::metadata(page).map_or(0, |m| m.len());
            pages += 1;
        }
    }
    bytes / pages.max(1)
}

fn print_table(rows: &[Row], node: Measured) {
    let per_page = |m: &Measured, pages: usize| m.cpu.as_secs_f64() * 1000.0 / pages as f64;
    println!();
    println!("| N | pages | Zola: wall / CPU / peak RSS | Zola: CPU per page, HTML per page | privatums without copies: wall / CPU / peak RSS | privatums with copies: wall / CPU / peak RSS | privatums (without copies): CPU per page, HTML per page | Zola CPU ÷ privatums CPU (without copies / with) | Zola wall ÷ privatums wall (without copies / with) |");
    println!("|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for r in rows {
        let m = |m: &Measured| {
            format!(
                "{:.3} s / {:.2} s / {} MB",
                m.wall.as_secs_f64(),
                m.cpu.as_secs_f64(),
                m.peak_kb / 1024
            )
        };
        println!(
            "| {} | {} | {} | {:.2} ms, {:.1} KB | {} | {} | {:.2} ms, {:.1} KB | {:.2}× / {:.2}× | {:.2}× / {:.2}× |",
            r.n,
            r.pages,
            m(&r.zola),
            per_page(&r.zola, r.pages),
            r.zola_bytes as f64 / 1000.0,
            m(&r.plain),
            m(&r.full),
            per_page(&r.plain, r.pages),
            r.privatums_bytes as f64 / 1000.0,
            r.zola.cpu.as_secs_f64() / r.plain.cpu.as_secs_f64(),
            r.zola.cpu.as_secs_f64() / r.full.cpu.as_secs_f64(),
            r.zola.wall.as_secs_f64() / r.plain.wall.as_secs_f64(),
            r.zola.wall.as_secs_f64() / r.full.wall.as_secs_f64(),
        );
    }
    println!(
        "\nnode alone under the same loader (`node -e 0`, in every Zola figure above): {:.3} s wall, {:.2} s CPU, {} MB peak RSS",
        node.wall.as_secs_f64(),
        node.cpu.as_secs_f64(),
        node.peak_kb / 1024
    );
}
