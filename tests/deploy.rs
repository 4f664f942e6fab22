//! Deployment: the sitemaps against the sitemap schema and the output, and a real nginx
//! serving `public/` (and an institution's subtree on its own) with the snippet the build
//! writes: every page, its headers, and the precompressed copies.

mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::TestSite;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The folders that are deployed on their own: the output and each institution's subtree.
fn sites(public: &Path) -> Vec<PathBuf> {
    let mut sites = vec![public.to_path_buf()];
    for entry in std::fs::read_dir(public).unwrap() {
        let path = entry.unwrap().path();
        if path.join("robots.txt").is_file() {
            sites.push(path);
        }
    }
    sites.sort();
    sites
}

/// The sitemap's address from the site's robots.txt, and the site's base URL from that.
fn sitemap_url(site: &Path) -> (String, String) {
    let robots = std::fs::read_to_string(site.join("robots.txt")).unwrap();
    let url = robots
        .lines()
        .find_map(|l| l.strip_prefix("Sitemap: "))
        .unwrap_or_else(|| panic!("{}: no Sitemap line:\n{robots}", site.display()))
        .to_owned();
    let base = url
        .strip_suffix("/sitemap.xml")
        .unwrap_or_else(|| panic!("{url} is not the site's sitemap.xml"))
        .to_owned();
    (url, base)
}

/// The sitemaps.org 0.9 schema (sitemap.xsd) and the xhtml:link extension, as assertions,
/// plus what search engines require of hreflang: every alternate listed, and reciprocal.
fn assert_valid_sitemap(xml: &str, base: &str, languages: &[&str], what: &str) -> Vec<String> {
    assert!(xml.len() <= 50 * 1024 * 1024, "{what}: over 50 MB");
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let document = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{what}: {e}"));
    let urlset = document.root_element();
    assert_eq!(
        (urlset.tag_name().namespace(), urlset.tag_name().name()),
        (Some(SITEMAP_NS), "urlset"),
        "{what}: the root element"
    );
    let urls: Vec<_> = urlset.children().filter(|n| n.is_element()).collect();
    assert!(
        !urls.is_empty() && urls.len() <= 50_000,
        "{what}: {} urls",
        urls.len()
    );
    let date = regex::Regex::new(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$").unwrap();
    let mut locs = Vec::new();
    let mut alternates = Vec::new();
    for url in urls {
        assert_eq!(
            (url.tag_name().namespace(), url.tag_name().name()),
            (Some(SITEMAP_NS), "url"),
            "{what}: only <url> elements in <urlset>"
        );
        let mut loc = None;
        let mut lastmod = 0;
        let mut links = Vec::new();
        for child in url.children().filter(|n| n.is_element()) {
            let text = child.text().unwrap_or_default();
            match (child.tag_name().namespace(), child.tag_name().name()) {
                (Some(SITEMAP_NS), "loc") => {
                    assert!(loc.is_none(), "{what}: two <loc> in one <url>");
                    loc = Some(text.to_owned());
                }
                (Some(SITEMAP_NS), "lastmod") => {
                    lastmod += 1;
                    assert!(date.is_match(text), "{what}: lastmod {text:?}");
                }
                (Some(XHTML_NS), "link") => {
                    assert_eq!(child.attribute("rel"), Some("alternate"), "{what}");
                    links.push((
                        child.attribute("hreflang").expect("hreflang").to_owned(),
                        child.attribute("href").expect("href").to_owned(),
                    ));
                }
                other => panic!("{what}: unexpected element {other:?} in <url>"),
            }
        }
        let loc = loc.unwrap_or_else(|| panic!("{what}: a <url> without <loc>"));
        assert_eq!(lastmod, 1, "{what}: {loc} has one lastmod");
        assert!(loc.len() < 2048, "{what}: loc too long");
        assert!(
            loc.starts_with(&format!("{base}/")),
            "{what}: {loc} is not on the sitemap's site {base}"
        );
        let langs: Vec<&str> = links.iter().map(|(l, _)| l.as_str()).collect();
        let mut expected = languages.to_vec();
        expected.push("x-default");
        assert_eq!(langs, expected, "{what}: {loc}'s alternates");
        assert!(
            links.iter().any(|(_, href)| *href == loc),
            "{what}: {loc} is among its own alternates"
        );
        alternates.extend(links.into_iter().map(|(_, href)| href));
        locs.push(loc);
    }
    let unique: BTreeSet<&String> = locs.iter().collect();
    assert_eq!(unique.len(), locs.len(), "{what}: a URL listed twice");
    for href in alternates {
        assert!(
            unique.contains(&href),
            "{what}: alternate {href} is not listed"
        );
    }
    locs
}

/// The newest date a page shows in its footer (`<time datetime>`).
fn newest_date_on(page: &Path) -> String {
    let html = std::fs::read_to_string(page).unwrap();
    let document = scraper::Html::parse_document(&html);
    let times = scraper::Selector::parse("footer time").unwrap();
    document
        .select(&times)
        .filter_map(|t| t.value().attr("datetime").map(str::to_owned))
        .max()
        .unwrap_or_else(|| panic!("{} shows no date", page.display()))
}

#[test]
fn sitemaps_follow_the_schema_and_list_every_page_that_exists() {
    for site in [TestSite::shipped(), TestSite::fixture()] {
        site.build_ok();
        let public = site.public();
        let mut listed = 0;
        for folder in sites(&public) {
            let what = folder.display().to_string();
            let (_, base) = sitemap_url(&folder);
            let xml = std::fs::read_to_string(folder.join("sitemap.xml")).unwrap();
            let locs = assert_valid_sitemap(&xml, &base, &["lv", "en"], &what);
            let document = roxmltree::Document::parse(&xml).unwrap();
            for loc in locs {
                let path = &loc[base.len() + 1..];
                assert!(path.is_empty() || path.ends_with('/'), "{loc}");
                let page = folder.join(path).join("index.html");
                assert!(page.is_file(), "{what}: {loc} is not in the output");
                let lastmod = document
                    .descendants()
                    .find(|n| n.has_tag_name("loc") && n.text() == Some(&loc))
                    .and_then(|n| n.next_sibling_element())
                    .and_then(|n| n.text())
                    .unwrap()
                    .to_owned();
                assert_eq!(lastmod, newest_date_on(&page), "{loc}'s lastmod");
                listed += 1;
            }
        }
        // Every page of the output is in exactly one sitemap.
        let pages = walkdir::WalkDir::new(&public)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| {
                e.file_name() == "index.html" && !e.path().starts_with(public.join("_report"))
            })
            // The notices (signs to print, texts to paste) and the recorded versions
            // (archived, noindex) are not in the sitemaps.
            .filter(|e| {
                let path = e.path().to_string_lossy();
                ["/pazinojumi/", "/notices/", "/versijas/", "/versions/"]
                    .iter()
                    .all(|folder| !path.contains(folder))
            })
            .count();
        assert_eq!(listed, pages);
    }
}

#[test]
fn an_institution_subtree_points_its_robots_txt_to_its_own_sitemap() {
    let site = TestSite::shipped();
    site.build_ok();
    let (url, base) = sitemap_url(&site.public().join("pmlp"));
    assert_eq!(url, "https://www.pmlp.gov.lv/sitemap.xml");
    assert_eq!(base, "https://www.pmlp.gov.lv");
    let robots = site.read("public/robots.txt");
    assert!(robots.contains("Disallow: /_report/"), "{robots}");
    assert!(
        robots.contains("Sitemap: https://www.mk.gov.lv/sitemap.xml"),
        "{robots}"
    );
}

#[test]
fn every_text_file_has_precompressed_copies_unless_turned_off() {
    let site = TestSite::fixture();
    site.build_ok();
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(site.public()) {
        let path = entry.unwrap().into_path();
        let text = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("html" | "css" | "xml" | "txt")
        );
        if !text {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let mut brotli = Vec::new();
        brotli::Decompressor::new(
            std::fs::File::open(format!("{}.br", path.display())).unwrap(),
            4096,
        )
        .read_to_end(&mut brotli)
        .unwrap();
        assert_eq!(brotli, bytes, "{}.br", path.display());
        let mut gzip = Vec::new();
        flate2::read::GzDecoder::new(
            std::fs::File::open(format!("{}.gz", path.display())).unwrap(),
        )
        .read_to_end(&mut gzip)
        .unwrap();
        assert_eq!(gzip, bytes, "{}.gz", path.display());
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} text files");
    assert!(!site.public().join("_headers.br").exists());

    let run = site.build(&["--no-precompress"]);
    assert!(run.success, "{}", run.stderr);
    let copies = walkdir::WalkDir::new(site.public())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            name.ends_with(".br") || name.ends_with(".gz")
        })
        .count();
    assert_eq!(copies, 0, "--no-precompress wrote compressed copies");
}

#[test]
fn the_stylesheet_has_a_content_hashed_name() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page("alfa/en/privacy-policy/index.html");
    let href = page.attrs("link[rel=stylesheet]", "href");
    let name = href[0].strip_prefix("../../assets/").unwrap().to_owned();
    assert!(
        regex::Regex::new(r"^style\.[0-9a-f]{10}\.css$")
            .unwrap()
            .is_match(&name),
        "{name}"
    );
    assert!(site.public().join("alfa/assets").join(&name).is_file());
    assert!(site.public().join("assets").join(&name).is_file());
    // A changed stylesheet is published under a new name.
    site.write("themes/default/static/style.css", "body { color: #111; }\n");
    site.build_ok();
    let changed = site.page("alfa/en/privacy-policy/index.html");
    assert_ne!(changed.attrs("link[rel=stylesheet]", "href"), href);
}

/// nginx from Debian with the Brotli module, installed when missing if we are root. The
/// test fails, rather than skips, when it can't be had.
fn nginx() -> (PathBuf, PathBuf) {
    let binary = PathBuf::from("/usr/sbin/nginx");
    let module = PathBuf::from("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so");
    if !binary.is_file() || !module.is_file() {
        let _ = Command::new("apt-get").args(["update", "-qq"]).status();
        let installed = Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(["nginx-light", "libnginx-mod-http-brotli-static"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            installed && binary.is_file() && module.is_file(),
            "nginx with the Brotli module is needed: install Debian's nginx-light and \
             libnginx-mod-http-brotli-static (apt-get install, as root)"
        );
    }
    (binary, module)
}

/// nginx serving each folder on its own loopback port, stopped when dropped.
struct Nginx {
    child: Child,
    ports: Vec<u16>,
    _dir: tempfile::TempDir,
}

impl Nginx {
    fn start(roots: &[PathBuf]) -> Nginx {
        let (binary, module) = nginx();
        let dir = tempfile::tempdir().unwrap();
        let ports: Vec<u16> = roots
            .iter()
            .map(|_| TcpListener::bind("127.0.0.1:0").unwrap())
            .collect::<Vec<_>>()
            .iter()
            .map(|l| l.local_addr().unwrap().port())
            .collect();
        let servers: String = roots
            .iter()
            .zip(&ports)
            .map(|(root, port)| {
                format!(
                    "server {{ listen 127.0.0.1:{port}; root {}; include {}; }}\n",
                    root.display(),
                    root.join("_nginx.conf").display()
                )
            })
            .collect();
        let temp = dir.path().display();
        let config = format!(
            "load_module {};\nuser root;\ndaemon off;\nmaster_process off;\npid {temp}/nginx.pid;\n\
             error_log {temp}/error.log;\nevents {{}}\nhttp {{\ninclude /etc/nginx/mime.types;\n\
             default_type application/octet-stream;\naccess_log off;\n\
             client_body_temp_path {temp}/body;\nproxy_temp_path {temp}/proxy;\n\
             fastcgi_temp_path {temp}/fastcgi;\nuwsgi_temp_path {temp}/uwsgi;\n\
             scgi_temp_path {temp}/scgi;\n{servers}}}\n",
            module.display()
        );
        let conf = dir.path().join("nginx.conf");
        std::fs::write(&conf, &config).unwrap();
        let child = Command::new(binary)
            .arg("-c")
            .arg(&conf)
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let nginx = Nginx {
            child,
            ports,
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        for port in &nginx.ports {
            while std::net::TcpStream::connect(("127.0.0.1", *port)).is_err() {
                assert!(Instant::now() < deadline, "nginx did not start:\n{config}");
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        nginx
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    headers: ureq::http::HeaderMap,
    body: Vec<u8>,
}

impl Response {
    /// A header's values, joined by `, ` as HTTP allows.
    fn header(&self, name: &str) -> Option<String> {
        let values: Vec<&str> = self
            .headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    }
}

fn get(port: u16, path: &str, accept_encoding: Option<&str>) -> Response {
    let http: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
    let mut request = http.get(&format!("http://127.0.0.1:{port}{path}"));
    if let Some(encoding) = accept_encoding {
        request = request.header("Accept-Encoding", encoding);
    }
    let mut response = request.call().unwrap_or_else(|e| panic!("GET {path}: {e}"));
    Response {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.body_mut().read_to_vec().unwrap(),
    }
}

/// The URL path of every page, stylesheet and deployment text file under `root`.
fn served_files(root: &Path) -> Vec<(String, PathBuf)> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            [".html", ".css", ".xml", ".txt"]
                .iter()
                .any(|s| name.ends_with(s))
        })
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let url = match relative.strip_suffix("index.html") {
                Some(folder) => format!("/{folder}"),
                None => format!("/{relative}"),
            };
            (url, e.into_path())
        })
        .collect()
}

#[test]
fn nginx_serves_every_page_with_the_headers_and_brotli() {
    let site = TestSite::shipped();
    site.build_ok();
    let public = site.public();
    // The whole output, and PMLP's subtree deployed on its own.
    let roots = [public.clone(), public.join("pmlp")];
    let nginx = Nginx::start(&roots);
    let mut pages = 0;
    for (root, &port) in roots.iter().zip(&nginx.ports) {
        for (url, file) in served_files(root) {
            let bytes = std::fs::read(&file).unwrap();
            let plain = get(port, &url, None);
            assert_eq!(plain.status, 200, "{url}");
            assert_eq!(plain.body, bytes, "{url}");
            assert_eq!(
                plain.header("Content-Security-Policy").as_deref(),
                Some(CSP),
                "{url}"
            );
            assert_eq!(
                plain.header("Referrer-Policy").as_deref(),
                Some("no-referrer")
            );
            assert_eq!(
                plain.header("X-Content-Type-Options").as_deref(),
                Some("nosniff")
            );
            assert_eq!(plain.header("Content-Encoding"), None, "{url}");
            let cache = plain.header("Cache-Control").unwrap_or_default();
            if url.contains("/assets/") {
                assert_eq!(cache, "public, max-age=31536000, immutable", "{url}");
            } else {
                assert_eq!(cache, "public, max-age=600", "{url}");
            }

            let br = get(port, &url, Some("gzip, deflate, br"));
            assert_eq!(br.status, 200, "{url}");
            assert_eq!(
                br.header("Content-Encoding").as_deref(),
                Some("br"),
                "{url}"
            );
            assert!(
                br.header("Vary")
                    .is_some_and(|v| v.contains("Accept-Encoding")),
                "{url}: Vary"
            );
            assert_eq!(br.header("Content-Security-Policy").as_deref(), Some(CSP));
            let mut decoded = Vec::new();
            brotli::Decompressor::new(&br.body[..], 4096)
                .read_to_end(&mut decoded)
                .unwrap();
            assert_eq!(decoded, bytes, "{url}: the Brotli copy");
            assert!(br.body.len() < bytes.len() || bytes.len() < 200, "{url}");

            let gz = get(port, &url, Some("gzip"));
            assert_eq!(
                gz.header("Content-Encoding").as_deref(),
                Some("gzip"),
                "{url}"
            );
            if url.ends_with('/') {
                let content_type = plain.header("Content-Type").unwrap_or_default();
                assert_eq!(content_type, "text/html; charset=utf-8", "{url}");
                pages += 1;
            }
        }
        for hidden in ["/_headers", "/_nginx.conf"] {
            assert_eq!(get(port, hidden, None).status, 404, "{hidden}");
        }
    }
    // The whole output's 8 pages, the report, 18 notice pages (PMLP 5 and Ādaži 4 per
    // language) and 20 version pages (per language: the list and the first recorded
    // version of PMLP's, Ādaži's and the platform's page, and PMLP's and Ādaži's second
    // version with its changes), and PMLP's 2 pages, 10 notice pages and 8 version pages
    // again on their own.
    assert_eq!(pages, 67);
}
