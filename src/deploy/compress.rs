//! Precompressed copies of every text file (`index.html.br`, `index.html.gz`), so a web
//! server sends the smallest copy a browser accepts without compressing on each request
//! (nginx `brotli_static` and `gzip_static`, most CDNs).

use std::collections::HashMap;
use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::sync::{LazyLock, Mutex};

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

/// Brotli quality 2 of 11: measured on 300 of the bench's pages and policy files, 22.0 % of
/// their size against quality 3's 21.7 %, in two thirds of the time (quality 0 and 1 are
/// hardly faster and a third larger); every page a build changes is compressed again, so
/// speed counts (docs/performance.md).
const BROTLI_QUALITY: i32 = 2;
/// gzip is for the few clients without Brotli; level 1 is what nginx itself compresses
/// with by default, and 5 times faster than zlib's default 6. The zlib-rs backend of
/// flate2 does it in 70 % of miniz_oxide's time, for a copy 4 % larger.
const GZIP_LEVEL: u32 = 1;

/// Files a browser reads as text; images and fonts are compressed already.
fn is_text(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("html" | "css" | "js" | "json" | "jsonld" | "xml" | "txt" | "svg")
    )
}

/// Compressed copies of theme assets by suffix and file name, with the bytes they were
/// made from: every institution's subtree has the same `assets/style.<hash>.css`, so it is
/// compressed once per process instead of once per institution. A file of the same name
/// with other bytes is compressed on its own.
type Copies = HashMap<(&'static str, OsString), (Vec<u8>, Vec<u8>)>;
static ASSET_COPIES: LazyLock<Mutex<Copies>> = LazyLock::new(Default::default);

/// `make`'s copy of `bytes`, made once per asset when `path` is in an `assets/` folder.
fn once_per_asset(
    suffix: &'static str,
    path: &Path,
    bytes: &[u8],
    make: fn(&[u8]) -> Option<Vec<u8>>,
) -> Option<Vec<u8>> {
    let asset = path.parent().is_some_and(|p| p.ends_with("assets"));
    let (true, Some(name)) = (asset, path.file_name()) else {
        return make(bytes);
    };
    let key = (suffix, name.to_owned());
    if let Some((source, copy)) = ASSET_COPIES.lock().ok()?.get(&key) {
        if source == bytes {
            return Some(copy.clone());
        }
    }
    let copy = make(bytes)?;
    ASSET_COPIES
        .lock()
        .ok()?
        .insert(key, (bytes.to_vec(), copy.clone()));
    Some(copy)
}

fn brotli(path: &Path, bytes: &[u8]) -> Option<Vec<u8>> {
    if !is_text(path) {
        return None;
    }
    once_per_asset(".br", path, bytes, brotli_bytes)
}

fn brotli_bytes(bytes: &[u8]) -> Option<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        size_hint: bytes.len(),
        lgwin: window_bits(bytes.len()),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 4);
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).ok()?;
    Some(out)
}

/// The smallest Brotli window (10 to 24 bits) that holds the whole file, as the reference
/// encoder picks for a buffer of known size: a 75 KB page needs 17 bits, not the default 22,
/// and the encoder's buffers, allocated and zeroed for every file, shrink with it.
fn window_bits(len: usize) -> i32 {
    let mut bits = 10;
    while bits < 24 && (1usize << bits) - 16 < len {
        bits += 1;
    }
    bits
}

fn gzip(path: &Path, bytes: &[u8]) -> Option<Vec<u8>> {
    if !is_text(path) {
        return None;
    }
    once_per_asset(".gz", path, bytes, gzip_bytes)
}

fn gzip_bytes(bytes: &[u8]) -> Option<Vec<u8>> {
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
