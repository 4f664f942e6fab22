//! The HTTP side of `serve`: the output folder as files, each HTML page with a small
//! reload script added on the way out (the files on disk never carry it), an event stream
//! that tells open pages when to reload, and an error page in place of every page while
//! the site has problems.

use crate::msg;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::uri::Authority;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::{watch, Semaphore};
use tokio_stream::wrappers::WatchStream;
use tokio_stream::StreamExt;
use tower_http::services::ServeDir;

/// What the browser should show, shared by the rebuilds (which change it) and the
/// requests (which read it).
#[derive(Clone, Debug)]
pub struct Status {
    /// Changed after every rebuild, good or bad. A page remembers the one it was served
    /// with and reloads when the event stream reports another, so a rebuild that finished
    /// while the page was loading is not missed.
    pub generation: u64,
    /// The problems as the command line prints them, while there are any.
    pub problems: Option<Arc<str>>,
}

/// Where pages listen for rebuilds. Slugs have no `_`, so no page can be here.
const EVENTS_PATH: &str = "/_privatums/reload";

/// The most a page may weigh to get the reload script (far above any real page).
const PAGE_LIMIT: usize = 64 * 1024 * 1024;

/// The most pages that may listen for rebuilds at once. Each holds a connection open; an
/// editor has a few tabs, and past this a page is still served, only not reloaded.
pub const LISTENERS: usize = 64;

/// What every request may see.
#[derive(Clone)]
struct Shared {
    status: watch::Receiver<Status>,
    /// One permit per open event stream.
    listeners: Arc<Semaphore>,
    /// Where serve listens: the only host a request may name.
    address: SocketAddr,
}

pub fn router(out: PathBuf, status: watch::Receiver<Status>, address: SocketAddr) -> Router {
    let shared = Shared {
        status,
        listeners: Arc::new(Semaphore::new(LISTENERS)),
        address,
    };
    Router::new()
        .route(EVENTS_PATH, get(events))
        .fallback_service(ServeDir::new(out))
        .layer(middleware::from_fn_with_state(shared.clone(), preview))
        .layer(middleware::from_fn_with_state(
            shared.clone(),
            only_our_host,
        ))
        .with_state(shared)
}

/// Refuses a request whose `Host` is not the address serve listens on. A web page the
/// editor visits could otherwise point its own name at 127.0.0.1 (DNS rebinding) and
/// read the preview.
async fn only_our_host(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok());
    if host.is_some_and(|host| is_our_host(host, shared.address)) {
        return next.run(request).await;
    }
    let message = format!(
        "{}\n",
        match host {
            Some(h) => msg!(
                "serve-wrong-host",
                url = format!("http://{}/", shared.address),
                host = format!("`{}`", h.escape_debug())
            ),
            None => msg!("serve-no-host", url = format!("http://{}/", shared.address)),
        }
    );
    (StatusCode::MISDIRECTED_REQUEST, message).into_response()
}

/// Whether a `Host` header names `address`: its IP address, or `localhost` for a
/// loopback address, with its port if one is given. An address that listens everywhere accepts any IP
/// address of this computer, never a name but `localhost`.
fn is_our_host(host: &str, address: SocketAddr) -> bool {
    let Ok(authority) = host.parse::<Authority>() else {
        return false;
    };
    // No port is the default one; only the name matters against DNS rebinding.
    if authority
        .port_u16()
        .is_some_and(|port| port != address.port())
    {
        return false;
    }
    let name = authority.host();
    let ip = address.ip();
    match name
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
    {
        Ok(named) => {
            named == ip || ip.is_unspecified() || (named.is_loopback() && ip.is_loopback())
        }
        Err(_) => {
            name.eq_ignore_ascii_case("localhost") && (ip.is_loopback() || ip.is_unspecified())
        }
    }
}

/// Server-sent events: the current generation at once, then each new one. The stream
/// ends when the rebuilds stop, which lets the server shut down. Past `LISTENERS` open
/// streams a new one is refused at once, so idle pages can't use up the connections
/// pages are served on.
async fn events(State(shared): State<Shared>) -> Response {
    let Ok(permit) = Arc::clone(&shared.listeners).try_acquire_owned() else {
        let message = format!("{}\n", msg!("serve-too-many-listeners", count = LISTENERS));
        let mut response = (StatusCode::SERVICE_UNAVAILABLE, message).into_response();
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return response;
    };
    let generations = WatchStream::new(shared.status).map(move |status| {
        // The permit is returned when the stream is dropped with the connection.
        let _held = &permit;
        Ok::<_, Infallible>(Event::default().data(status.generation.to_string()))
    });
    Sse::new(generations)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// Serves a page as the preview shows it: the error page while there are problems, else
/// the file from the output folder with the reload script.
async fn preview(
    State(Shared { status, .. }): State<Shared>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    if path == EVENTS_PATH {
        return next.run(request).await;
    }
    // Read before the file, so a page is never older than the generation it reports.
    let status = status.borrow().clone();
    let page = is_page(&path);
    if let (true, Some(problems)) = (page, &status.problems) {
        let html = error_page(problems, status.generation);
        return no_store((StatusCode::INTERNAL_SERVER_ERROR, Html(html)).into_response());
    }
    // Every response is fresh: a page answered from the browser's cache would carry an
    // old generation and reload again and again.
    let headers = request.headers_mut();
    headers.remove(header::IF_MODIFIED_SINCE);
    headers.remove(header::IF_NONE_MATCH);
    let response = next.run(request).await;
    if page && response.status() == StatusCode::NOT_FOUND {
        let html = not_found_page(status.generation);
        return no_store((StatusCode::NOT_FOUND, Html(html)).into_response());
    }
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return no_store(response);
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, PAGE_LIMIT).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = with_reload_script(&String::from_utf8_lossy(&bytes), status.generation);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::LAST_MODIFIED);
    no_store(Response::from_parts(parts, Body::from(html)))
}

fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A request for a page rather than a stylesheet: a folder, an `.html` file, or a name
/// without an extension (which the file service redirects to its folder).
fn is_page(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or_default();
    last.is_empty() || last.ends_with(".html") || !last.contains('.')
}

/// The script that reloads the page when the site was rebuilt since it was served.
fn reload_script(generation: u64) -> String {
    format!(
        "<script>(function(){{var shown=\"{generation}\";\
         var events=new EventSource(\"{EVENTS_PATH}\");\
         events.onmessage=function(e){{if(e.data!==shown){{events.close();location.reload();}}}};\
         }})();</script>"
    )
}

/// The page with the reload script before `</body>`, or at its end (minified pages may
/// leave the tag out).
fn with_reload_script(html: &str, generation: u64) -> String {
    let script = reload_script(generation);
    match html.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &html[..at], &html[at..]),
        None => format!("{html}{script}"),
    }
}

fn error_page(problems: &str, generation: u64) -> String {
    page(
        &msg!("serve-problems-title").to_string(),
        &format!(
            "<p>{}</p><pre>{}</pre>",
            crate::render::escape_html(&msg!("serve-problems-intro").to_string()),
            crate::render::escape_html(problems)
        ),
        generation,
    )
}

fn not_found_page(generation: u64) -> String {
    page(
        &msg!("serve-not-found-title").to_string(),
        &format!(
            "<p>{}</p><p><a href=\"/\">{}</a></p>",
            crate::render::escape_html(&msg!("serve-not-found").to_string()),
            crate::render::escape_html(&msg!("serve-index-link").to_string())
        ),
        generation,
    )
}

/// A page of serve's own, in the language of the messages.
fn page(title: &str, body: &str, generation: u64) -> String {
    let title = crate::render::escape_html(title);
    let lang = crate::messages::language().code();
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} — privatums serve</title><style>\
         body{{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}\
         pre{{white-space:pre-wrap;background:#fdf2f2;border-left:.25rem solid #b3261e;padding:1rem}}\
         </style></head><body><h1>{title}</h1>{body}{}</body></html>",
        reload_script(generation)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_folders_html_files_and_names_without_extension() {
        assert!(is_page("/"));
        assert!(is_page("/alfa/lv/privatuma-politika/"));
        assert!(is_page("/alfa/lv/privatuma-politika"));
        assert!(is_page("/en/index.html"));
        assert!(!is_page("/assets/style.css"));
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let html = with_reload_script("<p>x</p></body></html>", 7);
        assert!(html.starts_with("<p>x</p><script>"));
        assert!(html.ends_with("</script></body></html>"));
        assert!(html.contains("var shown=\"7\""));
        assert!(with_reload_script("<p>x", 7).ends_with("</script>"));
    }

    #[test]
    fn only_the_listening_address_is_our_host() {
        let loopback: SocketAddr = "127.0.0.1:8000".parse().unwrap();
        for host in [
            "127.0.0.1:8000",
            "localhost:8000",
            "LOCALHOST:8000",
            "[::1]:8000",
            "localhost",
        ] {
            assert!(is_our_host(host, loopback), "{host}");
        }
        for host in [
            "evil.example:8000",
            "127.0.0.1:8001",
            "evil.example",
            "10.0.0.2:8000",
            "",
            "a b",
        ] {
            assert!(!is_our_host(host, loopback), "{host}");
        }
        let everywhere: SocketAddr = "0.0.0.0:8000".parse().unwrap();
        assert!(is_our_host("192.168.1.5:8000", everywhere));
        assert!(!is_our_host("evil.example:8000", everywhere));
        let lan: SocketAddr = "192.168.1.5:8000".parse().unwrap();
        assert!(!is_our_host("localhost:8000", lan));
        assert!(is_our_host("192.168.1.5:8000", lan));
    }

    #[test]
    fn the_error_page_escapes_the_problems() {
        let html = error_page("error: unknown key `<script>`", 1);
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("`<script>`"));
    }
}
