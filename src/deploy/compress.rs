//! Precompressed copies of every text file (`index.html.br`, `index.html.gz`), so a web
//! server sends the smallest copy a browser accepts without compressing on each request
//! (nginx `brotli_static` and `gzip_static`, most CDNs).

use std::io::Write;
use std::path::Path;

use crate::output::Companion;

/// The copies a build writes beside each text file unless told not to.
pub const PRECOMPRESSED: [Companion; 2] = [
    Companion {
        suffix: ".br",
        make: brotli,
    },
    Companion {
        suffix: ".gz",
        make: gzip,
    },
];

/// Brotli quality 3 of 11: within 10 % of quality 5's size on our pages at 2.5 times the
/// speed; every page a build changes is compressed again, so speed counts.
const BROTLI_QUALITY: i32 = 3;
/// gzip is for the few clients without Brotli; level 1 is what nginx itself compresses
/// with by default, and 5 times faster than zlib's default 6.
const GZIP_LEVEL: u32 = 1;

/// Files a browser reads as text; images and fonts are compressed already.
fn is_text(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("html" | "css" | "js" | "json" | "jsonld" | "xml" | "txt" | "svg")
    )
}

fn brotli(path: &Path, bytes: &[u8]) -> Option<Vec<u8>> {
    if !is_text(path) {
        return None;
    }
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 4);
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).ok()?;
    Some(out)
}

fn gzip(path: &Path, bytes: &[u8]) -> Option<Vec<u8>> {
    if !is_text(path) {
        return None;
    }
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 4),
        flate2::Compression::new(GZIP_LEVEL),
    );
    encoder.write_all(bytes).ok()?;
    encoder.finish().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn text_files_round_trip_and_others_get_no_copy() {
        let page = "<p>Privātuma politika</p>".repeat(200);
        let br = brotli(Path::new("lv/index.html"), page.as_bytes()).unwrap();
        let mut back = String::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, page);
        let gz = gzip(Path::new("sitemap.xml"), page.as_bytes()).unwrap();
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, page);
        assert!(br.len() < page.len() / 10 && gz.len() < page.len() / 10);
        assert!(brotli(Path::new("logo.png"), b"png").is_none());
        assert!(gzip(Path::new("_headers"), b"/*").is_none());
    }
}
