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
        let mut child = Command::new(env!("CARGO_BIN_EXE_privatums"))
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
        let serving = server.wait_for_line("serving ");
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
    let (status, _) = server.get("/assets/style.css");
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
            // Its own website too: two institutions can't share a canonical URL.
            let text = text
                .replace("Alfa Office", "Beta Office")
                .replace("https://www.alfa.example.lv", "https://www.beta.example.lv");
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
    let mut events = TcpStream::connect(server.base.trim_start_matches("http://")).unwrap();
    events
        .write_all(b"GET /_privatums/reload HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .unwrap();
    events.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut first = [0; 512];
    let n = events.read(&mut first).unwrap();
    assert!(String::from_utf8_lossy(&first[..n]).contains("text/event-stream"));

    let interrupted = Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "serve did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}\n{}", server.stderr());
    server.wait_for_line("stopped");
    assert!(!out.exists(), "the temporary output was left behind");
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
