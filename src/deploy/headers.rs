//! The HTTP headers every page needs, for the two ways `public/` is served: an nginx
//! `server` snippet and a `_headers` file (the format Cloudflare Pages and Netlify read),
//! plus `robots.txt`.
//!
//! Pages change when a policy is updated, so browsers and CDNs keep them for minutes;
//! assets have content-hashed names, so they are kept for a year.

/// Nothing but the page's own stylesheet and images; no scripts, frames, forms or
/// `<base>`. The pages satisfy it: they have no script, inline style or form.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/// A privacy policy tells no other site where its reader came from.
const REFERRER_POLICY: &str = "no-referrer";
const PAGE_CACHE: &str = "public, max-age=600";
const ASSET_CACHE: &str = "public, max-age=31536000, immutable";

pub const STATIC_HOST_FILE: &str = "_headers";
pub const NGINX_FILE: &str = "_nginx.conf";

/// Every page may be crawled except `disallow` (the maintainers' report).
pub fn robots(base_url: &str, disallow: &str) -> String {
    format!(
        "User-agent: *\nDisallow: {disallow}\n\nSitemap: {base_url}/{}\n",
        super::sitemap::FILE
    )
}

/// `_headers`: security headers and short caching for everything, long caching (with the
/// short one detached, `! Cache-Control`) for the hashed assets of the platform and of each
/// institution's subtree.
pub fn static_host() -> String {
    let mut file = format!(
        "# privatums: headers for static hosts that read _headers (Cloudflare Pages, Netlify).\n\
         /*\n  Content-Security-Policy: {CONTENT_SECURITY_POLICY}\n  Referrer-Policy: {REFERRER_POLICY}\n  \
         X-Content-Type-Options: nosniff\n  Cache-Control: {PAGE_CACHE}\n"
    );
    file.push_str("\n/*/policy.jsonld\n  Content-Type: application/ld+json; charset=utf-8\n");
    for assets in ["/assets/*", "/:institution/assets/*"] {
        file.push_str(&format!(
            "\n{assets}\n  ! Cache-Control\n  Cache-Control: {ASSET_CACHE}\n"
        ));
    }
    file
}

/// An nginx snippet for inside a `server { }` block whose `root` is this folder. nginx
/// drops inherited `add_header`s in a location that adds its own, so the asset location
/// repeats the security headers.
pub fn nginx() -> String {
    let security = format!(
        "add_header Content-Security-Policy \"{CONTENT_SECURITY_POLICY}\" always;\n\
         add_header Referrer-Policy \"{REFERRER_POLICY}\" always;\n\
         add_header X-Content-Type-Options \"nosniff\" always;\n"
    );
    let indented: String = security.lines().map(|l| format!("    {l}\n")).collect();
    format!(
        "# privatums: include inside a server {{ }} block whose root is this folder.\n\
         # Brotli needs the brotli_static module (Debian: libnginx-mod-http-brotli-static).\n\
         index index.html;\n\
         charset utf-8;\n\
         charset_types text/css text/plain text/xml application/json application/ld+json application/xml;\n\
         brotli_static on;\n\
         gzip_static on;\n\
         gzip_vary on;\n\
         {security}\
         add_header Cache-Control \"{PAGE_CACHE}\" always;\n\
         \n\
         # Content-hashed names: a changed file gets a new name.\n\
         location ~ ^/([a-z0-9-]+/)?assets/ {{\n\
         {indented}    add_header Cache-Control \"{ASSET_CACHE}\" always;\n\
         }}\n\
         \n\
         # The policy in DPV: nginx's mime.types has no .jsonld.\n\
         location ~ \\.jsonld$ {{\n    default_type application/ld+json;\n}}\n\
         \n\
         # Deployment files, not content.\n\
         location ~ (^|/)(_headers|_nginx\\.conf)$ {{\n    return 404;\n}}\n"
    )
}
