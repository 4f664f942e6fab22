//! The benchmark: `cargo run --release --features bench --bin bench -- [--n 100,1000,10000] [--runs 3]`.
//!
//! For each N it generates a synthetic platform (`synthetic/`), then measures:
//! - the I/O floor: reading every input file and writing as many output files of the same
//!   sizes (in parallel, on all cores), in this process; once for the full output and once
//!   for the output without copies, so each build is compared with its own floor;
//! - the full build into an empty output folder, in a child process (so its peak memory,
//!   VmHWM, is its own), the same without the precompressed copies (`--no-precompress`),
//!   and a rebuild with nothing changed over that output;
//! - the incremental rebuilds the way `serve` does them, in one process: `Project::open`
//!   once, then an edit of one institution's Markdown →
//!   `publish(Scope::Institution)`; an edit of `platform.toml` and of a shared Markdown file
//!   → `Project::open` + `publish(Scope::Whole)`.
//!
//! The floor and the two full builds alternate `--runs` times and the fastest of each counts.
//! The table is printed as Markdown; docs/performance.md holds the latest one.
//!
//! `bench --zola ZOLA` measures Zola against privatums on the same pages instead (`zola.rs`).
//!
//! `bench --copies OUT` times the encoders of the `.br` and `.gz` copies alone over the files
//! of a built site (e.g. one built with `--child-build SITE OUT --no-precompress`).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use privatums::{BuildOptions, Project, Scope};

mod child;
mod floor;
mod synthetic;
mod zola;
use child::{child_build, copies, run_child};
use floor::{files_under, io_floor, sized_files_under};

/// mimalloc, not the system allocator: a build allocates and frees millions of small
/// strings across two threads, and glibc's malloc was a fifth of its time (docs/performance.md).
/// Built with `no_thp` (Cargo.toml): transparent huge pages made its resident memory half as
/// large again.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Args {
    sizes: Vec<usize>,
    runs: usize,
    dir: Option<PathBuf>,
    keep: bool,
    generate_only: bool,
    zola: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        sizes: vec![100, 1_000, 10_000],
        runs: 3,
        dir: None,
        keep: false,
        generate_only: false,
        zola: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--n" => {
                args.sizes = value()?
                    .split(',')
                    .map(|n| n.trim().replace('_', "").parse::<usize>())
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("--n: {e}"))?;
            }
            "--runs" => {
                args.runs = value()?
                    .parse::<usize>()
                    .map_err(|e| format!("--runs: {e}"))?
                    .max(1)
            }
            "--dir" => args.dir = Some(PathBuf::from(value()?)),
            "--keep" => args.keep = true,
            "--generate-only" => args.generate_only = true,
            "--zola" => args.zola = Some(PathBuf::from(value()?)),
            "-h" | "--help" => {
                println!(
                    "usage: bench [--n 100,1000,10000] [--runs 3] [--dir DIR] [--keep] [--generate-only]\n\
                     \x20      bench --copies OUT   (times the .br and .gz encoders over a built site)\n\
                     --n              institution counts to measure\n\
                     --runs           floor and full build alternate this many times; the fastest counts\n\
                     --dir            where to generate the sites [default: a temporary folder]\n\
                     --keep           keep the generated sites and outputs\n\
                     --generate-only  only write the sites (DIR/n<N>/site), e.g. to profile a build\n\
                     --zola ZOLA      instead: Zola (src/bin/bench/zola-install.sh) against privatums on the same pages"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument `{other}` (try --help)")),
        }
    }
    Ok(args)
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some("--child-build") {
        let precompress = argv.get(4).map(String::as_str) != Some("--no-precompress");
        child_build(Path::new(&argv[2]), Path::new(&argv[3]), precompress);
        return;
    }
    if let (Some("--copies"), Some(out)) = (argv.get(1).map(String::as_str), argv.get(2)) {
        copies(Path::new(out));
        return;
    }
    if let (Some("--zola-site"), Some(site), Some(out)) =
        (argv.get(1).map(String::as_str), argv.get(2), argv.get(3))
    {
        let pages = zola::write_site(Path::new(site), Path::new(out)).expect("the Zola site");
        println!("{pages} pages");
        return;
    }
    let args = parse_args().unwrap_or_else(|e| {
        eprintln!("bench: {e}");
        std::process::exit(2)
    });
    let temp = tempfile::Builder::new()
        .prefix("privatums-bench-")
        .tempdir_in(args.dir.clone().unwrap_or_else(std::env::temp_dir))
        .expect("a folder for the synthetic sites");
    let base = temp.path().to_path_buf();
    let themes = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes");
    eprintln!(
        "machine: {} cores, {}; sites in {}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        cpu_model(),
        base.display()
    );
    if args.generate_only {
        for &n in &args.sizes {
            let site = base.join(format!("n{n}")).join("site");
            let generated = synthetic::generate(&site, n, &themes).expect("generate");
            println!(
                "{}: {} files, {:.1} MB",
                site.display(),
                generated.files,
                mb(generated.bytes)
            );
        }
        let _ = temp.keep();
        return;
    }
    if let Some(zola) = &args.zola {
        zola::compare(&base, &args.sizes, args.runs, zola, &themes);
        if args.keep {
            eprintln!("kept {}", temp.keep().display());
        }
        return;
    }
    let mut rows = Vec::new();
    for &n in &args.sizes {
        rows.push(measure(&base.join(format!("n{n}")), n, args.runs, &themes));
    }
    println!();
    print_table(&rows);
    if args.keep {
        let kept = temp.keep();
        eprintln!("kept {}", kept.display());
    }
}

struct Row {
    n: usize,
    pages: usize,
    input_files: usize,
    input_bytes: u64,
    output_files: usize,
    output_bytes: u64,
    floor: Duration,
    /// The floor for only the files the build without copies writes.
    floor_plain: Duration,
    build: Duration,
    /// The full build without the `.br` and `.gz` copies.
    build_plain: Duration,
    peak_kb: u64,
    unchanged: Duration,
    open: Duration,
    institution_edit: Duration,
    platform_edit: Duration,
    shared_edit: Duration,
}

fn measure(dir: &Path, n: usize, runs: usize, themes: &Path) -> Row {
    let site = dir.join("site");
    let started = Instant::now();
    let generated = synthetic::generate(&site, n, themes).expect("generate the synthetic site");
    eprintln!(
        "N = {n}: generated {} files, {:.1} MB in {:.1} s",
        generated.files,
        mb(generated.bytes),
        started.elapsed().as_secs_f64()
    );
    let inputs = files_under(&site);
    let out = dir.join("public");
    let floor_out = dir.join("floor");
    let mut build = Duration::MAX;
    let mut build_plain = Duration::MAX;
    let mut floor = Duration::MAX;
    let mut floor_plain = Duration::MAX;
    let mut peak_kb = 0;
    let mut pages = 0;
    let mut outputs = Vec::new();
    let mut outputs_plain = Vec::new();
    for run in 0..runs {
        let _ = fs::remove_dir_all(&out);
        let plain = run_child(&site, &out, false).elapsed;
        build_plain = build_plain.min(plain);
        if run == 0 {
            outputs_plain = sized_files_under(&out);
        }
        let _ = fs::remove_dir_all(&out);
        let child = run_child(&site, &out, true);
        build = build.min(child.elapsed);
        peak_kb = peak_kb.max(child.peak_kb);
        pages = child.pages;
        if run == 0 {
            outputs = sized_files_under(&out);
        }
        let _ = fs::remove_dir_all(&floor_out);
        floor = floor.min(io_floor(&inputs, &outputs, &floor_out));
        let _ = fs::remove_dir_all(&floor_out);
        floor_plain = floor_plain.min(io_floor(&inputs, &outputs_plain, &floor_out));
        eprintln!(
            "  run {}: full build {:.3} s (floor {:.3} s), without precompression {:.3} s (floor {:.3} s), peak {} MB",
            run + 1,
            child.elapsed.as_secs_f64(),
            floor.as_secs_f64(),
            plain.as_secs_f64(),
            floor_plain.as_secs_f64(),
            child.peak_kb / 1024
        );
    }
    let _ = fs::remove_dir_all(&floor_out);
    let unchanged = run_child(&site, &out, true).elapsed;
    eprintln!(
        "  rebuild, nothing changed: {:.3} s",
        unchanged.as_secs_f64()
    );

    // The serve loop: one process, one Project.
    let options = BuildOptions {
        out: out.clone(),
        ..BuildOptions::new(&site)
    };
    let started = Instant::now();
    let mut project = Project::open(&options).expect("the synthetic site opens");
    let open = started.elapsed();
    project.publish(&Scope::Whole).expect("publish");
    let edited = n / 2;
    let slug = project
        .find_institution(&synthetic::slug(edited))
        .expect("the edited institution exists");
    let markdown = site.join(synthetic::editable_markdown(edited));
    let mut times = Vec::new();
    for k in 0..7 {
        append(&markdown, &format!("\nLabojums {k}.\n"));
        let started = Instant::now();
        project
            .publish(&Scope::Institution(slug.clone()))
            .expect("publish one institution");
        times.push(started.elapsed());
    }
    times.sort();
    let institution_edit = times[times.len() / 2];
    eprintln!(
        "  institution edit: median {:.1} ms (min {:.1}, max {:.1})",
        ms(institution_edit),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
    drop(project);

    let platform = site.join("platform.toml");
    let text = fs::read_to_string(&platform).expect("platform.toml");
    fs::write(
        &platform,
        text.replacen("published = 2026-11-22", "published = 2026-11-23", 1),
    )
    .expect("edit platform.toml");
    let platform_edit = open_and_publish(&options);
    append(
        &site.join(synthetic::editable_shared()),
        "\nPlatformas labojums.\n",
    );
    let shared_edit = open_and_publish(&options);
    eprintln!(
        "  platform.toml edit: {:.3} s, shared content edit: {:.3} s",
        platform_edit.as_secs_f64(),
        shared_edit.as_secs_f64()
    );

    Row {
        n,
        pages,
        input_files: inputs.len(),
        input_bytes: inputs
            .iter()
            .map(|p| fs::metadata(p).map_or(0, |m| m.len()))
            .sum(),
        output_files: outputs.len(),
        output_bytes: outputs.iter().map(|(_, s)| s).sum(),
        floor,
        floor_plain,
        build,
        build_plain,
        peak_kb,
        unchanged,
        open,
        institution_edit,
        platform_edit,
        shared_edit,
    }
}

fn open_and_publish(options: &BuildOptions) -> Duration {
    let started = Instant::now();
    let mut project = Project::open(options).expect("the edited site opens");
    project.publish(&Scope::Whole).expect("publish");
    started.elapsed()
}

fn append(path: &Path, text: &str) {
    let mut current = fs::read_to_string(path).expect("read the edited file");
    current.push_str(text);
    fs::write(path, current).expect("write the edited file");
}

fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned())
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn print_table(rows: &[Row]) {
    println!(
        "| N | pages | inputs | output | I/O floor | full build | × floor | without precompression | its floor | × its floor | precompression costs | pages/s | peak RSS | rebuild, no change | open | institution edit | platform.toml edit | shared content edit |"
    );
    println!("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for r in rows {
        println!(
            "| {} | {} | {} files, {:.1} MB | {} files, {:.1} MB | {:.3} s | {:.3} s | {:.2}× | {:.3} s | {:.3} s | {:.2}× | {:+.0} % | {:.0} | {:.0} MB | {:.3} s | {:.3} s | {:.1} ms | {:.3} s | {:.3} s |",
            r.n,
            r.pages,
            r.input_files,
            mb(r.input_bytes),
            r.output_files,
            mb(r.output_bytes),
            r.floor.as_secs_f64(),
            r.build.as_secs_f64(),
            r.build.as_secs_f64() / r.floor.as_secs_f64(),
            r.build_plain.as_secs_f64(),
            r.floor_plain.as_secs_f64(),
            r.build_plain.as_secs_f64() / r.floor_plain.as_secs_f64(),
            (r.build.as_secs_f64() / r.build_plain.as_secs_f64() - 1.0) * 100.0,
            r.pages as f64 / r.build.as_secs_f64(),
            r.peak_kb as f64 / 1024.0,
            r.unchanged.as_secs_f64(),
            r.open.as_secs_f64(),
            ms(r.institution_edit),
            r.platform_edit.as_secs_f64(),
            r.shared_edit.as_secs_f64(),
        );
    }
}
