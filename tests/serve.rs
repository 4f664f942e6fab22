//! `privatums serve`: the real binary on a copy of the fixture site, fetched over HTTP
//! while its files are edited.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::TestSite;

/// How long a saved change may take to show (the debounce is 150 ms; a debug build of the
/// fixture takes well under a second).
const PATIENCE: Duration = Duration::from_secs(10);

const ALFA_EN: &str = "/alfa/en/privacy-policy/";

/// A running `privatums serve`, killed when dropped.
struct Server {
    child: Child,
    base: String,
    stdout: Receiver<String>,
    stdout_seen: Vec<String>,
    stderr: Arc<Mutex<String>>,
    http: ureq::Agent,
}

impl Server {
    /// Serves `site` into its `public/` on a free port.
    fn start(site: &TestSite) -> Server {
        let out = site.public();
        Server::start_with(
            site,
            &[
                "--out",
                out.to_str().unwrap(),
                "--port",
                &free_port().to_string(),
            ],
        )
    }

    fn start_with(site: &TestSite, args: &[&str]) -> Server {
        Server::start_command(Command::new(env!("CARGO_BIN_EXE_privatums")), site, args)
    }

    /// `privatums serve` run by `command` (the binary itself, or a shell that sets limits).
    fn start_command(mut command: Command, site: &TestSite, args: &[&str]) -> Server {
        let mut child = command
            .arg("serve")
            .arg("--root")
            .arg(site.root())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = lines_of(child.stdout.take().unwrap());
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut pipe = child.stderr.take().unwrap();
        let collected = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buffer = [0; 4096];
            while let Ok(n @ 1..) = pipe.read(&mut buffer) {
                collected
                    .lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        let http = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(5)))
            .build()
            .into();
        let mut server = Server {
            child,
            base: String::new(),
            stdout,
            stdout_seen: Vec::new(),
            stderr,
            http,
        };
        // "Ctrl-C" ends the line that gives the address in every language.
        let serving = server.wait_for_line("Ctrl-C");
        let start = serving.find("http://").expect("no address") + "http://".len();
        let end = start + serving[start..].find('/').unwrap();
        server.base = format!("http://{}", &serving[start..end]);
        server
    }

    /// The next line of stdout that contains `wanted` (earlier lines are kept).
    fn wait_for_line(&mut self, wanted: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(line) = self.stdout_seen.iter().find(|l| l.contains(wanted)) {
                return line.clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stdout.recv_timeout(left) {
                Ok(line) => self.stdout_seen.push(line),
                Err(_) => panic!(
                    "serve never printed {wanted:?}; stdout: {:?}\nstderr:\n{}",
                    self.stdout_seen,
                    self.stderr()
                ),
            }
        }
    }

    /// Every line printed so far.
    fn drain_stdout(&mut self) -> &[String] {
        while let Ok(line) = self.stdout.try_recv() {
            self.stdout_seen.push(line);
        }
        &self.stdout_seen
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Standard error once it holds `wanted`: serve may show a problem on the error page a
    /// moment before it has printed it.
    fn wait_for_stderr(&self, wanted: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let stderr = self.stderr();
            if stderr.contains(wanted) || Instant::now() > deadline {
                return stderr;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Status and body of `GET path`.
    fn get(&self, path: &str) -> (u16, String) {
        let mut response = self
            .http
            .get(&format!("{}{path}", self.base))
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let status = response.status().as_u16();
        (status, response.body_mut().read_to_string().unwrap())
    }

    /// Sends a raw `GET path` with the given `Host` header and returns the open
    /// connection and the first part of the answer.
    fn raw_get(&self, path: &str, host: &str) -> (TcpStream, String) {
        let mut stream = TcpStream::connect(self.base.trim_start_matches("http://")).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        let mut head = [0; 1024];
        let n = stream.read(&mut head).unwrap_or(0);
        (stream, String::from_utf8_lossy(&head[..n]).into_owned())
    }

    /// A page's connection listening for reloads, as its script opens it.
    fn listen_for_reloads(&self) -> (TcpStream, String) {
        let host = self.base.trim_start_matches("http://").to_owned();
        self.raw_get("/_privatums/reload", &host)
    }

    /// Lines of stdout so far that report a publish.
    fn rebuilds(&mut self) -> usize {
        self.drain_stdout()
            .iter()
            .filter(|l| l.contains("built "))
            .count()
    }

    /// Polls `GET path` until `ready` holds; panics with the last answer after PATIENCE.
    fn wait_for(&self, path: &str, what: &str, ready: impl Fn(u16, &str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let (status, body) = self.get(path);
            if ready(status, &body) {
                return body;
            }
            assert!(
                Instant::now() < deadline,
                "{path} never showed {what}; last answer {status}:\n{body}\nstderr:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn lines_of(stdout: ChildStdout) -> Receiver<String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// The text of the error page's problem listing, as a browser shows it.
fn shown_problems(html: &str) -> String {
    let page = scraper::Html::parse_document(html);
    let pre = scraper::Selector::parse("pre").unwrap();
    let listing = page.select(&pre).next().expect("no problem listing");
    listing.text().collect()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn an_edit_shows_a_mistake_shows_its_error_and_a_fix_recovers() {
    let site = TestSite::fixture();
    let mut server = Server::start(&site);
    assert!(
        server.base.starts_with("http://127.0.0.1:"),
        "{}",
        server.base
    );

    let (status, page) = server.get(ALFA_EN);
    assert_eq!(status, 200);
    // Serving reads the sources but doesn't change them: nothing to rebuild.
    std::thread::sleep(Duration::from_secs(1));
    let builds = server
        .drain_stdout()
        .iter()
        .filter(|l| l.starts_with("built "))
        .count();
    assert_eq!(
        builds, 1,
        "rebuilt without a change: {:?}",
        server.stdout_seen
    );
    assert!(page.contains("Alfa intro en."), "{page}");
    assert!(
        page.contains("new EventSource"),
        "no reload script:\n{page}"
    );
    let on_disk =
        std::fs::read_to_string(site.public().join("alfa/en/privacy-policy/index.html")).unwrap();
    assert!(on_disk.contains("Alfa intro en."));
    assert!(
        !on_disk.contains("<script"),
        "the built page carries a script"
    );

    site.edit(
        "institutions/alfa/en/intro.md",
        "Alfa intro en.",
        "Alfa intro en, as edited.",
    );
    server.wait_for(ALFA_EN, "the edit", |status, body| {
        status == 200 && body.contains("Alfa intro en, as edited.")
    });

    site.edit(
        "institutions/alfa/institution.toml",
        "email = \"pasts@alfa.example.lv\"",
        "emial = \"pasts@alfa.example.lv\"",
    );
    let error_page = server.wait_for(ALFA_EN, "the error page", |status, _| status == 500);
    // What the browser shows: the problems as the command line prints them.
    let shown = shown_problems(&error_page);
    assert!(shown.starts_with("error: unknown key `emial`\n"), "{shown}");
    assert!(
        shown.contains(" --> institutions/alfa/institution.toml:5:1\n"),
        "{shown}"
    );
    assert!(
        shown.contains("5 | emial = \"pasts@alfa.example.lv\"\n"),
        "{shown}"
    );
    assert!(shown.contains("= hint: did you mean `email`?"), "{shown}");
    assert!(
        error_page.contains("new EventSource"),
        "the error page does not reload"
    );
    let (status, index) = server.get("/");
    assert_eq!(status, 500, "every page shows the error");
    assert!(index.contains("unknown key `emial`"));
    let stylesheet = std::fs::read_dir(site.public().join("assets"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|name| name.ends_with(".css"))
        .expect("a stylesheet in assets/");
    let (status, _) = server.get(&format!("/assets/{stylesheet}"));
    assert_eq!(status, 200, "the stylesheet is still served");
    let on_disk =
        std::fs::read_to_string(site.public().join("alfa/en/privacy-policy/index.html")).unwrap();
    assert!(
        on_disk.contains("Alfa intro en, as edited."),
        "the last good page is gone"
    );

    // Printed once when found, not once per request.
    let printed = server.stderr().matches("unknown key `emial`").count();
    assert!(printed >= 1, "the terminal did not show the error");
    for _ in 0..3 {
        server.get(ALFA_EN);
    }
    assert_eq!(
        server.stderr().matches("unknown key `emial`").count(),
        printed
    );

    site.edit("institutions/alfa/institution.toml", "emial = ", "email = ");
    server.wait_for(ALFA_EN, "the repaired page", |status, body| {
        status == 200 && body.contains("Alfa intro en, as edited.")
    });
    let (status, _) = server.get("/");
    assert_eq!(status, 200);
}

/// A Latvian editor's serve: started with `args` in `locale` on a site with a misspelt key,
/// the error page and the terminal speak Latvian.
fn serve_speaks_latvian(locale: &str, args: &[&str]) {
    let site = TestSite::fixture();
    site.edit(
        "institutions/alfa/institution.toml",
        "\nemail = ",
        "\nemial = ",
    );
    let mut command = Command::new(env!("CARGO_BIN_EXE_privatums"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale);
    let port = free_port().to_string();
    let out = site.public();
    let mut all_args = vec!["--out", out.to_str().unwrap(), "--port", &port];
    all_args.extend(args);
    let mut server = Server::start_command(command, &site, &all_args);
    let serving = server.wait_for_line("Ctrl-C");
    assert!(serving.contains(" tiek rādīts adresē http://"), "{serving}");

    let error_page = server.wait_for(ALFA_EN, "the error page", |status, _| status == 500);
    assert!(error_page.contains("<html lang=\"lv\">"), "{error_page}");
    assert!(
        error_page.contains("<title>Vietnē ir problēmas"),
        "{error_page}"
    );
    assert!(
        error_page.contains("Izlabojiet tālāk uzskaitītās problēmas"),
        "{error_page}"
    );
    let shown = shown_problems(&error_page);
    assert!(
        shown.starts_with("kļūda: nezināma atslēga `emial`\n"),
        "{shown}"
    );
    assert!(shown.contains("= padoms: vai domājāt `email`?"), "{shown}");
    assert!(
        !shown.contains("error"),
        "English on the error page:\n{shown}"
    );

    let terminal = server.wait_for_stderr("nekas netika publicēts");
    assert!(
        terminal.contains("kļūda: nezināma atslēga `emial`"),
        "{terminal}"
    );
    assert!(terminal.contains("nekas netika publicēts"), "{terminal}");
    assert!(!terminal.contains("error:"), "{terminal}");
}

#[test]
fn serve_speaks_latvian_in_a_latvian_locale() {
    serve_speaks_latvian("lv_LV.UTF-8", &[]);
}

#[test]
fn serve_speaks_latvian_when_asked_with_lang() {
    serve_speaks_latvian("C.UTF-8", &["--lang", "lv"]);
}

#[test]
fn shared_content_rebuilds_every_page() {
    let site = TestSite::fixture();
    let server = Server::start(&site);
    site.edit(
        "content/en/policy/intro.md",
        "The platform's controller is",
        "Edited: the platform's controller is",
    );
    for page in [ALFA_EN, "/en/privacy-policy/"] {
        server.wait_for(page, "the shared edit", |status, body| {
            status == 200 && body.contains("Edited: the platform")
        });
    }
}

#[test]
fn a_new_institution_is_listed_and_a_removed_one_is_gone() {
    let site = TestSite::fixture();
    let server = Server::start(&site);
    // Prepared beside the site and moved in at once, as `new institution` does.
    let draft = site.root().join(".draft");
    for entry in walkdir::WalkDir::new(site.root().join("institutions/alfa")) {
        let entry = entry.unwrap();
        let relative = entry
            .path()
            .strip_prefix(site.root().join("institutions/alfa"))
            .unwrap();
        let target = draft.join(relative);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            // Its own website and number too: two institutions can't share them.
            let text = common::alfa_as(&text.replace("Alfa Office", "Beta Office"), "beta", 1);
            std::fs::write(&target, text).unwrap();
        }
    }
    std::fs::rename(&draft, site.root().join("institutions/beta")).unwrap();
    server.wait_for("/en/", "Beta in the index", |status, body| {
        status == 200 && body.contains("Beta Office")
    });
    // Polled too: a second batch of events for the new folder may be publishing it again.
    server.wait_for("/beta/en/privacy-policy/", "Beta's page", |status, body| {
        status == 200 && body.contains("Beta Office")
    });

    std::fs::remove_dir_all(site.root().join("institutions/beta")).unwrap();
    server.wait_for("/en/", "Beta gone from the index", |status, body| {
        status == 200 && !body.contains("Beta Office")
    });
    server.wait_for("/beta/en/privacy-policy/", "no page", |status, _| {
        status == 404
    });
    assert!(!site.public().join("beta").exists());
}

#[cfg(unix)] // sends SIGINT with kill(1)
#[test]
fn ctrl_c_stops_cleanly_and_removes_the_temporary_output() {
    stops_cleanly_on("INT");
}

#[cfg(unix)]
#[test]
fn sigterm_and_sighup_stop_like_ctrl_c() {
    // How a process manager stops serve, and what a closed terminal sends.
    stops_cleanly_on("TERM");
    stops_cleanly_on("HUP");
}

/// Serves into a temporary folder, sends `signal` with kill(1), and expects a clean stop:
/// status 0, "stopped", the temporary output removed.
fn stops_cleanly_on(signal: &str) {
    let site = TestSite::fixture();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let mut server = Server::start_with(&site, &["--port", &port]);
    assert!(server
        .stdout_seen
        .iter()
        .any(|l| l == &format!("port {port} is taken; using a free one")));
    assert!(
        !server.base.ends_with(&format!(":{port}")),
        "{}",
        server.base
    );
    let serving = server.wait_for_line("serving ");
    let out = PathBuf::from(
        serving
            .split("(pages in ")
            .nth(1)
            .and_then(|rest| rest.split(')').next())
            .expect("no output folder"),
    );
    assert!(out.join("index.html").is_file(), "{}", out.display());
    assert!(
        !site.public().exists(),
        "serve wrote into the site's public/"
    );

    // A page listening for reloads must not keep the server from stopping.
    let (_events, head) = server.listen_for_reloads();
    assert!(head.contains("text/event-stream"), "{head}");

    let interrupted = Command::new("kill")
        .args([&format!("-{signal}"), &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "serve did not stop on SIG{signal}"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        status.success(),
        "SIG{signal}: {status:?}\n{}",
        server.stderr()
    );
    server.wait_for_line("stopped");
    assert!(
        !out.exists(),
        "SIG{signal}: the temporary output was left behind"
    );
}

#[test]
fn a_root_that_is_not_a_folder_is_refused_at_once() {
    let site = TestSite::fixture();
    let output = Command::new(env!("CARGO_BIN_EXE_privatums"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.root().join("missing"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("is not a folder"), "{stderr}");
    assert!(stderr.contains("hint: run privatums in the folder that holds platform.toml"));
}

#[test]
fn requests_for_another_host_are_refused() {
    let site = TestSite::fixture();
    let server = Server::start(&site);
    let port = server.base.rsplit(':').next().unwrap().to_owned();
    // A page on evil.example whose name now points at 127.0.0.1 (DNS rebinding).
    let (_, answer) = server.raw_get("/", &format!("evil.example:{port}"));
    assert!(answer.starts_with("HTTP/1.1 421"), "{answer}");
    assert!(
        answer.contains("privatums serve answers only requests for http://127.0.0.1:"),
        "{answer}"
    );
    assert!(!answer.contains("<html"), "{answer}");
    let (_, answer) = server.raw_get("/_privatums/reload", &format!("evil.example:{port}"));
    assert!(answer.starts_with("HTTP/1.1 421"), "{answer}");
    for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}")] {
        let (_, answer) = server.raw_get("/", &host);
        assert!(answer.starts_with("HTTP/1.1 200"), "{host}: {answer}");
    }
}

#[cfg(unix)] // the descriptor limit is set with the shell's ulimit
#[test]
fn idle_reload_listeners_are_bounded_and_pages_are_still_served() {
    let site = TestSite::fixture();
    // Far fewer descriptors than listeners: without a bound they would run out.
    let mut shell = Command::new("sh");
    shell.args([
        "-c",
        "ulimit -n 160 && exec \"$0\" \"$@\"",
        env!("CARGO_BIN_EXE_privatums"),
    ]);
    let port = free_port().to_string();
    let server = Server::start_command(shell, &site, &["--port", &port]);
    let mut listening = Vec::new();
    let mut refused = 0;
    for _ in 0..300 {
        let (stream, head) = server.listen_for_reloads();
        if head.contains("text/event-stream") {
            listening.push(stream);
        } else {
            assert!(head.starts_with("HTTP/1.1 503"), "{head}");
            assert!(
                head.contains("pages are already listening for rebuilds"),
                "{head}"
            );
            refused += 1;
        }
    }
    assert_eq!(listening.len(), 64, "the bound");
    assert_eq!(refused, 300 - 64);
    let (status, page) = server.get(ALFA_EN);
    assert_eq!(status, 200);
    assert!(page.contains("Alfa intro en."));
    // A closed page gives its place back.
    drop(listening.pop());
    let deadline = Instant::now() + PATIENCE;
    loop {
        let (stream, head) = server.listen_for_reloads();
        if head.contains("text/event-stream") {
            listening.push(stream);
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the freed place was never given back"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_removed_and_recreated_institutions_folder_is_watched_again() {
    let site = TestSite::fixture();
    let server = Server::start(&site);
    let institutions = site.root().join("institutions");
    let away = site.root().join(".away");
    // As a branch switch does it: the folder is deleted, then written again.
    copy(&institutions, &away);
    std::fs::remove_dir_all(&institutions).unwrap();
    server.wait_for(ALFA_EN, "alfa gone", |status, _| status == 404);
    std::fs::rename(&away, &institutions).unwrap();
    server.wait_for(ALFA_EN, "alfa back", |status, body| {
        status == 200 && body.contains("Alfa intro en.")
    });
    site.edit(
        "institutions/alfa/en/intro.md",
        "Alfa intro en.",
        "Alfa intro en, after the checkout.",
    );
    server.wait_for(
        ALFA_EN,
        "the edit after the folder came back",
        |status, body| status == 200 && body.contains("after the checkout"),
    );
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn a_file_read_in_the_middle_of_a_save_is_read_again() {
    let site = TestSite::fixture();
    let mut server = Server::start(&site);
    let file = site.root().join("institutions/alfa/institution.toml");
    let whole = site
        .read("institutions/alfa/institution.toml")
        .replace("Alfas iela 1", "Alfas iela 2");
    // The first half of the save lands, is rebuilt (and fails: the TOML stops in a
    // string), then the rest arrives.
    let half = &whole[..whole.find("Alfas iela 2").unwrap() + 5];
    let polling = std::sync::atomic::AtomicBool::new(true);
    let (http, page) = (server.http.clone(), format!("{}{ALFA_EN}", server.base));
    let errors = std::thread::scope(|scope| {
        let poller = scope.spawn(|| {
            let mut errors = 0;
            while polling.load(std::sync::atomic::Ordering::Relaxed) {
                if http.get(&page).call().map_or(0, |r| r.status().as_u16()) != 200 {
                    errors += 1;
                }
            }
            errors
        });
        std::fs::write(&file, half).unwrap();
        std::thread::sleep(Duration::from_millis(250));
        std::fs::write(&file, &whole).unwrap();
        server.wait_for(ALFA_EN, "the whole save", |status, body| {
            status == 200 && body.contains("Alfas iela 2")
        });
        std::thread::sleep(Duration::from_millis(500));
        polling.store(false, std::sync::atomic::Ordering::Relaxed);
        poller.join().unwrap()
    });
    assert_eq!(errors, 0, "pages answered with errors during the save");
    assert!(
        !server.stderr().contains("error"),
        "the half-written file was reported: {}",
        server.stderr()
    );
    assert!(server.rebuilds() >= 2);
}

#[test]
fn a_storm_of_saves_is_one_rebuild() {
    let site = TestSite::fixture();
    let mut server = Server::start(&site);
    let before = server.rebuilds();
    let original = site.read("institutions/alfa/en/intro.md");
    for save in 0..100 {
        site.write(
            "institutions/alfa/en/intro.md",
            &original.replace("Alfa intro en.", &format!("Alfa intro en #{save}.")),
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    server.wait_for(ALFA_EN, "the last save", |status, body| {
        status == 200 && body.contains("#99.")
    });
    std::thread::sleep(Duration::from_secs(1));
    let rebuilds = server.rebuilds() - before;
    // One, unless this machine stalled the saving loop for longer than the quiet time.
    assert!(
        (1..=2).contains(&rebuilds),
        "{rebuilds} rebuilds for 100 saves: {:?}",
        server.stdout_seen
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_reported_never_followed() {
    let site = TestSite::fixture();
    let link = site.root().join("institutions/evil");
    std::os::unix::fs::symlink("/", &link).unwrap();
    // Following it would walk (and watch) the whole file system.
    let server = Server::start(&site);
    let page = server.wait_for(ALFA_EN, "the error page", |status, _| status == 500);
    let shown = shown_problems(&page);
    assert!(
        shown.contains("symbolic links are not allowed") && shown.contains("institutions/evil"),
        "{shown}"
    );
    std::fs::remove_file(&link).unwrap();
    server.wait_for(ALFA_EN, "the page once the link is gone", |status, body| {
        status == 200 && body.contains("Alfa intro en.")
    });
}

/// A release run while serve runs (the editor's workflow: edit, `updated`, release, review
/// in serve) is served without a restart: the new version's page, its diff, and the page in
/// force naming it.
#[test]
fn a_release_while_serving_shows_the_new_version() {
    let site = TestSite::fixture();
    let first = site.run(&["release"]);
    assert!(first.success, "{}", first.stderr);
    let server = Server::start(&site);
    let versions = "/alfa/en/privacy-policy/versions/";
    server.wait_for(
        &format!("{versions}2026-02-01/"),
        "the first version",
        |status, _| status == 200,
    );
    site.edit(
        "institutions/alfa/en/intro.md",
        "Alfa intro en.",
        "Alfa introduction, revised.",
    )
    .edit(
        "institutions/alfa/institution.toml",
        "updated = 2026-02-01",
        "updated = 2026-03-01",
    );
    server.wait_for(ALFA_EN, "the edit", |status, body| {
        status == 200 && body.contains("Alfa introduction, revised.")
    });
    assert_eq!(server.get(&format!("{versions}2026-03-01/")).0, 404);

    let released = site.run(&["release", "--only", "alfa"]);
    assert!(released.success, "{}", released.stderr);
    assert!(
        released.stdout.contains("2026-03-01"),
        "{}",
        released.stdout
    );
    let archived = server.wait_for(
        &format!("{versions}2026-03-01/"),
        "the released version",
        |status, _| status == 200,
    );
    assert!(
        archived.contains("Alfa introduction, revised."),
        "{archived}"
    );
    let diff = server.wait_for(
        &format!("{versions}2026-03-01/changes/"),
        "the released version's changes",
        |status, _| status == 200,
    );
    assert!(diff.contains("<ins"), "{diff}");
    server.wait_for(
        ALFA_EN,
        "the page in force naming the version",
        |status, body| status == 200 && body.contains("versions/2026-03-01/changes/"),
    );
}

#[test]
fn a_draft_is_previewed_marked_and_build_still_refuses_it() {
    const PMLP_LV: &str = "/pmlp/lv/privatuma-politika/";
    let site = TestSite::shipped();
    let server = Server::start(&site);
    let (status, page) = server.get(PMLP_LV);
    assert_eq!(status, 200);
    assert!(
        !page.contains(r#"class="draft""#),
        "a released page is no draft"
    );

    // One sentence added to a section, as an editor would before deciding to release it.
    let sentence = "Šo teikumu redaktors pievienoja un vēl nav publicējis.";
    let controller = "institutions/pmlp/lv/controller.md";
    site.write(
        controller,
        &format!("{}\n{sentence}\n", site.read(controller)),
    );
    let saved = Instant::now();
    let page = server.wait_for(PMLP_LV, "the draft", |status, body| {
        status == 200 && body.contains(sentence)
    });
    let shown_after = saved.elapsed();
    assert!(
        shown_after < Duration::from_secs(2),
        "the draft showed after {shown_after:?}"
    );
    // The banner names the version it differs from and how to release it…
    assert!(
        page.contains("Melnraksts — atšķiras no publicētās versijas no"),
        "{page}"
    );
    assert!(page.contains(r#"<time datetime="2026-12-07">"#), "{page}");
    assert!(
        page.contains("<code>privatums release --only pmlp</code>"),
        "{page}"
    );
    // …the changed section is marked, and the changes show the sentence as added.
    let document = scraper::Html::parse_document(&page);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let marked: Vec<String> = document
        .select(&select(".draft-mark"))
        .filter_map(|mark| mark.parent().and_then(scraper::ElementRef::wrap))
        .filter_map(|section| section.value().attr("id").map(str::to_owned))
        .collect();
    assert_eq!(marked, ["controller"], "{page}");
    let inserted: String = document
        .select(&select(".draft details ins"))
        .flat_map(|ins| ins.text())
        .collect();
    assert!(inserted.contains(sentence), "{inserted}");
    // The English page did not change, so it is no draft.
    let (_, english) = server.get("/pmlp/en/privacy-policy/");
    assert!(!english.contains(r#"class="draft""#));
    assert!(
        !server.stderr().contains("error[version-date]"),
        "serve refused the draft:\n{}",
        server.stderr()
    );

    // `build` still refuses the unreleased text, and says how to release it.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("public");
    let build = site.run(&["build", "--out", out.to_str().unwrap()]);
    assert!(!build.success, "build published a draft");
    assert!(
        build.stderr.contains("error[version-date]"),
        "{}",
        build.stderr
    );
    assert!(!out.exists(), "nothing was published");
}

/// What the port inferred waits for PMLP: the preview lists each value with its reason and
/// marks the place it would go, yet the page is the one `build` publishes — no draft, and
/// no inferred value in its text.
#[test]
fn the_preview_shows_what_waits_for_confirmation_where_it_would_go() {
    let site = TestSite::shipped();
    let server = Server::start(&site);
    let (status, page) = server.get("/pmlp/lv/privatuma-politika/");
    assert_eq!(status, 200);
    assert!(
        !page.contains(r#"class="draft""#),
        "inferences are no draft"
    );
    let document = scraper::Html::parse_document(&page);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let text = |css: &str| -> Vec<String> {
        document
            .select(&select(css))
            .map(|e| e.text().collect::<String>())
            .collect()
    };
    assert_eq!(text(".to-confirm h2"), ["Jāapstiprina — nav publicēts"]);
    let listed = text(".to-confirm li");
    let marks = site
        .read("institutions/pmlp/institution.toml")
        .matches("inferred = ")
        .count();
    assert_eq!(listed.len(), marks, "{listed:#?}");
    assert!(
        listed.iter().any(|l| l.contains("Tiesiskais pamats")
            && l.contains("b) apakšpunkts")
            && l.contains("pārnesot pievienots personāla atlasei")),
        "{listed:#?}"
    );
    // The recruitment's inferred basis is marked at the top of the recruitment purpose.
    let marked: Vec<String> = document
        .select(&select(".inferred-mark"))
        .filter_map(|mark| mark.parent().and_then(scraper::ElementRef::wrap))
        .filter_map(|place| place.value().attr("id").map(str::to_owned))
        .collect();
    assert!(
        marked.contains(&"purpose-recruitment".to_owned()),
        "{marked:?}"
    );
    assert!(marked.contains(&"legal-bases".to_owned()), "{marked:?}");
    // `build` publishes the same page without the box, the marks or the values.
    let built = {
        site.build_ok();
        site.page("pmlp/lv/privatuma-politika/index.html")
    };
    let published = built.texts("main").join(" ");
    assert!(!published.contains("Jāapstiprina"), "build marks nothing");
    assert!(!published.contains("b) apakšpunkts"), "{published}");
}
