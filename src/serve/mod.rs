//! `privatums serve`: builds the site, serves it on this computer and rebuilds what each
//! saved file touches, so an editor sees a change in the browser as they save.
//!
//! Three parts run side by side: the file watcher (`watch`), one thread that rebuilds
//! (`preview`) one batch of changes at a time, and the HTTP server (`http`), which reads
//! only the output folder and the shared `Status` the rebuilds update after each publish.

mod http;
mod preview;
mod watch;

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

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
}

/// Why serving could not start. (Mistakes in the site never stop it: they are shown.)
#[derive(Debug)]
pub struct ServeError {
    message: String,
    hint: Option<String>,
}

impl ServeError {
    fn new(message: impl Into<String>, hint: Option<&str>) -> ServeError {
        ServeError {
            message: message.into(),
            hint: hint.map(str::to_owned),
        }
    }
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
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

/// Serves the site until Ctrl-C. Progress and problems are printed as they happen.
pub fn serve(options: &ServeOptions) -> Result<(), ServeError> {
    // Events carry absolute paths; the watcher compares them with the root's.
    let root = std::fs::canonicalize(&options.root)
        .ok()
        .filter(|r| r.is_dir())
        .ok_or_else(|| {
            ServeError::new(
                format!("the site root {} is not a folder", options.root.display()),
                Some("run privatums in the folder that holds platform.toml, or pass --root DIR"),
            )
        })?;
    let temporary;
    let out = match &options.out {
        Some(out) => out.clone(),
        None => {
            temporary = tempfile::Builder::new()
                .prefix("privatums-serve-")
                .tempdir()
                .map_err(|e| ServeError::new(format!("could not create a folder: {e}"), None))?;
            temporary.path().join("public")
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| ServeError::new(format!("could not start: {e}"), None))?;
    let listener = runtime.block_on(listen(options.interface, options.port))?;
    let address = listener
        .local_addr()
        .map_err(|e| ServeError::new(e.to_string(), None))?;

    // Watch before the first build, so a file saved during it is rebuilt after it.
    let (messages, received) = mpsc::channel();
    let changes = messages.clone();
    let watcher = Watcher::start(&root, move |batch| {
        // The receiver is gone only once the server is stopping.
        let _ = changes.send(Message::Changed(batch));
    })
    .map_err(|e| ServeError::new(format!("could not watch the site's files: {e}"), None))?;
    let build_options = BuildOptions {
        root: options.root.clone(),
        out: out.clone(),
        only: None,
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
        "serving {} at http://{address}/ (pages in {}); Ctrl-C stops",
        options.root.display(),
        out.display()
    );
    let served = runtime.block_on(async move {
        axum::serve(listener, http::router(out, shown))
            .with_graceful_shutdown(async move {
                let _ = tokio::signal::ctrl_c().await;
                // Ends the rebuilds, which ends the pages' event streams, which lets the
                // server finish.
                let _ = messages.send(Message::Stop);
            })
            .await
    });
    let _ = rebuilds.join();
    println!("stopped");
    served.map_err(|e| ServeError::new(format!("the server failed: {e}"), None))
}

/// Binds `interface:port`, or a free port on `interface` when that one is taken.
async fn listen(interface: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let bind_error = |address: SocketAddr, e: io::Error| {
        ServeError::new(
            format!("could not listen on {address}: {e}"),
            Some("choose another --interface, or leave it out to serve on this computer only"),
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
            println!("port {port} is taken; using a free one");
            Ok(listener)
        }
        Err(e) => Err(bind_error(wanted, e)),
    }
}

/// The rebuild thread: one settled batch of changes at a time; whatever queued up while
/// a rebuild ran is merged into the next one.
fn rebuild_on_change(
    mut preview: Preview,
    mut watcher: Watcher,
    root: PathBuf,
    received: Receiver<Message>,
    status: latest::Sender<Status>,
) {
    while let Ok(Message::Changed(first)) = received.recv() {
        let mut batches = vec![first];
        let mut stopping = false;
        while let Ok(message) = received.try_recv() {
            match message {
                Message::Changed(batch) => batches.push(batch),
                Message::Stop => stopping = true,
            }
        }
        if stopping {
            break;
        }
        if let Err(e) = watcher.watch_new_folders() {
            eprintln!("warning: could not watch a new folder: {e}");
        }
        let Some(change) = changed(&root, batches) else {
            continue;
        };
        let report = preview.apply(change);
        print_report(&report);
        // Only now, with the pages swapped in, are open pages told to reload.
        status.send_modify(|status| {
            status.generation += 1;
            status.problems = problems_text(&preview);
        });
    }
}

/// What the batches ask to rebuild, if any of their files is a source.
fn changed(root: &Path, batches: Vec<DebounceEventResult>) -> Option<Change> {
    let mut paths = Vec::new();
    for batch in batches {
        match batch {
            Ok(events) => paths.extend(
                events
                    .into_iter()
                    .filter(|e| Change::is_change(&e.kind))
                    .flat_map(|e| e.event.paths),
            ),
            Err(errors) => {
                for e in errors {
                    eprintln!("warning: watching the files: {e}");
                }
            }
        }
    }
    Change::of_paths(root, paths.iter().map(PathBuf::as_path))
}

fn print_report(report: &Report) {
    for line in &report.published {
        println!("{line}");
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
