//! `privatums serve`: builds the site, serves it on this computer and rebuilds what each
//! saved file touches, so an editor sees a change in the browser as they save.
//!
//! Three parts run side by side: the file watcher (`watch`), one thread that rebuilds
//! (`preview`) one batch of changes at a time, and the HTTP server (`http`), which reads
//! only the output folder and the shared `Status` the rebuilds update after each publish.

mod http;
mod preview;
mod watch;

use crate::diagnostic::os_error;
use crate::msg;
use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use notify_debouncer_full::DebounceEventResult;
use tokio::net::TcpListener;
use tokio::sync::watch as latest;

use self::http::Status;
use self::preview::{Preview, Report};
use self::watch::{Change, Watcher};
use crate::BuildOptions;

pub const DEFAULT_PORT: u16 = 8000;
/// Loopback: a preview is for the editor at this computer, not for the network.
pub const DEFAULT_INTERFACE: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// The site root: the folder with `platform.toml`.
    pub root: PathBuf,
    /// Where the pages are published; a temporary folder when `None`, so serving never
    /// replaces a `public/` built for deployment.
    pub out: Option<PathBuf>,
    pub interface: IpAddr,
    /// The port to listen on; a free one when it is taken.
    pub port: u16,
    /// Replace an `out` folder that holds files privatums did not write.
    pub take_over: bool,
}

/// Why serving could not start. (Mistakes in the site never stop it: they are shown.)
#[derive(Debug)]
pub struct ServeError {
    message: crate::messages::Message,
    hint: Option<crate::messages::Message>,
}

impl ServeError {
    fn new(
        message: crate::messages::Message,
        hint: Option<crate::messages::Message>,
    ) -> ServeError {
        ServeError { message, hint }
    }
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", msg!("label-error"), self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  = {}: {hint}", msg!("label-hint"))?;
        }
        Ok(())
    }
}

impl std::error::Error for ServeError {}

/// What the rebuild thread is told.
enum Message {
    Changed(DebounceEventResult),
    Stop,
}

/// Serves the site until Ctrl-C, SIGTERM or SIGHUP. Progress and problems are printed as they happen.
pub fn serve(options: &ServeOptions) -> Result<(), ServeError> {
    // Events carry absolute paths; the watcher compares them with the root's.
    let root = std::fs::canonicalize(&options.root)
        .ok()
        .filter(|r| r.is_dir())
        .ok_or_else(|| {
            ServeError::new(
                msg!("serve-root-not-a-folder", root = &options.root),
                Some(msg!("root-not-a-folder-hint")),
            )
        })?;
    let temporary;
    let out = match &options.out {
        Some(out) => {
            // The same guards as `build`. They also keep the output out of the watched
            // folders, so publishing never looks like an edit.
            crate::output::check_out(&options.root, out, options.take_over).map_err(|d| {
                ServeError::new(
                    msg!("serve-out-refused", out = out, problem = d.message),
                    d.hint,
                )
            })?;
            out.clone()
        }
        None => {
            temporary = tempfile::Builder::new()
                .prefix("privatums-serve-")
                .tempdir()
                .map_err(|e| {
                    ServeError::new(msg!("serve-no-folder", detail = os_error(&e)), None)
                })?;
            temporary.path().join("public")
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| ServeError::new(msg!("serve-no-start", detail = os_error(&e)), None))?;
    let stop = stop_requested(&runtime);
    let listener = runtime.block_on(listen(options.interface, options.port))?;
    let address = listener
        .local_addr()
        .map_err(|e| ServeError::new(msg!("serve-no-start", detail = os_error(&e)), None))?;

    // Watch before the first build, so a file saved during it is rebuilt after it.
    let (messages, received) = mpsc::channel();
    let changes = messages.clone();
    let watcher = Watcher::start(&root, move |batch| {
        // The receiver is gone only once the server is stopping.
        let _ = changes.send(Message::Changed(batch));
    })
    .map_err(|e| ServeError::new(msg!("serve-no-watch", detail = watch_error(&e)), None))?;
    let build_options = BuildOptions {
        root: options.root.clone(),
        out: out.clone(),
        only: None,
        take_over: options.take_over,
        // The preview is served by privatums itself; compressing would only slow each rebuild.
        precompress: false,
        // An editor sees a change before releasing it, marked as a draft.
        drafts: true,
    };
    let (preview, report) = Preview::open(build_options);
    print_report(&report);
    let (status, shown) = latest::channel(Status {
        generation: first_generation(),
        problems: problems_text(&preview),
    });
    let rebuilds =
        std::thread::spawn(move || rebuild_on_change(preview, watcher, root, received, status));

    println!(
        "{}",
        msg!(
            "serving",
            root = &options.root,
            url = format!("http://{address}/"),
            out = &out
        )
    );
    let served = runtime.block_on(async move {
        axum::serve(listener, http::router(out, shown, address))
            .with_graceful_shutdown(async move {
                stop.await;
                // Ends the rebuilds, which ends the pages' event streams, which lets the
                // server finish.
                let _ = messages.send(Message::Stop);
            })
            .await
    });
    let _ = rebuilds.join();
    println!("{}", msg!("serve-stopped"));
    served.map_err(|e| ServeError::new(msg!("serve-failed", detail = os_error(&e)), None))
}

/// Ctrl-C, SIGTERM (a process manager stopping serve) or SIGHUP (its terminal closed): each
/// stops serving the same way, removing the temporary output folder. The handlers are
/// installed when this is called, before serve prints its address: a signal sent as soon as
/// it says where it is must stop it cleanly, not kill it with the temporary folder left
/// behind. The future ends when the first signal arrives (or has arrived).
fn stop_requested(runtime: &tokio::runtime::Runtime) -> impl std::future::Future<Output = ()> {
    let _context = runtime.enter();
    let stop = Arc::new(tokio::sync::Notify::new());
    let on = |signal: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>| {
        let stop = Arc::clone(&stop);
        tokio::spawn(async move {
            signal.await;
            // Keeps a permit when nothing waits yet (a signal during the first build).
            stop.notify_one();
        });
    };
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        for kind in [
            SignalKind::interrupt(),
            SignalKind::terminate(),
            SignalKind::hangup(),
        ] {
            // `signal` registers at once; `ctrl_c()` would only on its first poll.
            if let Ok(mut stream) = signal(kind) {
                on(Box::pin(async move {
                    stream.recv().await;
                }));
            }
        }
    }
    #[cfg(not(unix))]
    on(Box::pin(async {
        let _ = tokio::signal::ctrl_c().await;
    }));
    async move { stop.notified().await }
}

/// Binds `interface:port`, or a free port on `interface` when that one is taken.
async fn listen(interface: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let bind_error = |address: SocketAddr, e: io::Error| {
        ServeError::new(
            msg!(
                "serve-no-listen",
                address = address.to_string(),
                detail = os_error(&e)
            ),
            Some(msg!("serve-no-listen-hint")),
        )
    };
    let wanted = SocketAddr::new(interface, port);
    match TcpListener::bind(wanted).await {
        Ok(listener) => Ok(listener),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse => {
            let any = SocketAddr::new(interface, 0);
            let listener = TcpListener::bind(any)
                .await
                .map_err(|e| bind_error(any, e))?;
            println!("{}", msg!("serve-port-taken", port = port));
            Ok(listener)
        }
        Err(e) => Err(bind_error(wanted, e)),
    }
}

/// How long the files must be quiet before a rebuild: saves closer together than this
/// are one rebuild.
const QUIET: Duration = Duration::from_millis(150);
/// A rebuild waits no longer than this for the files to be quiet, so a file saved again
/// and again is still previewed.
const STORM: Duration = Duration::from_secs(2);
/// How long a failed rebuild waits for more changes before showing its problems: a file
/// read while an editor was still writing it fails to parse, and the rest of the save
/// follows within this time.
const RETRY: Duration = Duration::from_millis(300);

/// The rebuild thread: one rebuild per burst of changes, until told to stop.
fn rebuild_on_change(
    mut preview: Preview,
    mut watcher: Watcher,
    root: PathBuf,
    received: Receiver<Message>,
    status: latest::Sender<Status>,
) {
    while let Ok(Message::Changed(first)) = received.recv() {
        let Some(paths) = gather(first, &received) else {
            break;
        };
        let Some(mut change) = follow(&mut watcher, &root, &paths) else {
            continue;
        };
        let mut report = preview.apply(change.clone());
        // A failed rebuild first waits for the rest of a save, and rebuilds with it.
        while report.problems.is_some() {
            let paths = match received.recv_timeout(RETRY) {
                Ok(Message::Changed(batch)) => match gather(batch, &received) {
                    Some(paths) => paths,
                    None => return,
                },
                Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                Err(RecvTimeoutError::Timeout) => break,
            };
            if let Some(more) = follow(&mut watcher, &root, &paths) {
                change = change.and(more);
                report = preview.apply(change.clone());
            }
        }
        print_report(&report);
        // Only now, with the pages swapped in, are open pages told to reload.
        status.send_modify(|status| {
            status.generation += 1;
            status.problems = problems_text(&preview);
        });
    }
}

/// The paths of `first` and of every batch that follows until the files have been quiet
/// for `QUIET` (or `STORM` has passed); `None` when serving stops.
fn gather(first: DebounceEventResult, received: &Receiver<Message>) -> Option<Vec<PathBuf>> {
    let started = Instant::now();
    let mut paths = paths_of(first);
    loop {
        let wait = QUIET.min(STORM.saturating_sub(started.elapsed()));
        match received.recv_timeout(wait) {
            Ok(Message::Changed(batch)) => paths.extend(paths_of(batch)),
            Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return None,
            Err(RecvTimeoutError::Timeout) => return Some(paths),
        }
    }
}

/// A watching error in the reader's language: the OS's refusal, or notify's own reason.
fn watch_error(error: &notify::Error) -> crate::messages::Message {
    match &error.kind {
        notify::ErrorKind::Io(e) => os_error(e),
        // inotify's ENOSPC, which is not a full disk.
        notify::ErrorKind::MaxFilesWatch => msg!("os-too-many-watches"),
        _ => msg!("os-other", detail = error.to_string()),
    }
}

/// Watches recreated folders again and says what `paths` ask to rebuild, if anything.
fn follow(watcher: &mut Watcher, root: &Path, paths: &[PathBuf]) -> Option<Change> {
    if let Err(e) = watcher.refresh(paths) {
        eprintln!(
            "{}: {}",
            msg!("label-warning"),
            msg!("serve-folder-not-watched", detail = watch_error(&e))
        );
    }
    Change::of_paths(root, paths.iter().map(PathBuf::as_path))
}

/// The changed paths of a batch (reads are not changes); watching errors are printed.
fn paths_of(batch: DebounceEventResult) -> Vec<PathBuf> {
    match batch {
        Ok(events) => events
            .into_iter()
            .filter(|e| Change::is_change(&e.kind))
            .flat_map(|e| e.event.paths)
            .collect(),
        Err(errors) => {
            for e in errors {
                eprintln!(
                    "{}: {}",
                    msg!("label-warning"),
                    msg!("serve-watch-failed", detail = watch_error(&e))
                );
            }
            Vec::new()
        }
    }
}

fn print_report(report: &Report) {
    for line in &report.published {
        println!("{line}");
    }
    for warning in &report.warnings {
        eprintln!("{warning}");
    }
    if let Some(problems) = &report.problems {
        eprintln!("{problems}");
    }
}

fn problems_text(preview: &Preview) -> Option<Arc<str>> {
    preview.problems().map(|p| Arc::from(p.to_string()))
}

/// Starts from the clock, so pages left open from an earlier `serve` reload too.
fn first_generation() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
