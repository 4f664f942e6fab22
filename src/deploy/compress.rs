//! Precompressed copies of every text file (`index.html.br`, `index.html.gz`), so a web
//! server sends the smallest copy a browser accepts without compressing on each request
//! (nginx `brotli_static` and `gzip_static`, most CDNs).

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::OsString;
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

/// Brotli quality 2 of 11: on the bench's text files, its copy is 1.4 % larger than quality
/// 3's and takes 87 % of the time; quality 1 is twice as fast but its copy is larger than the
/// gzip copy. Every page a build changes is compressed again, so speed counts
/// (docs/performance.md, "The copies, fourth session").
const BROTLI_QUALITY: mbrotli::Quality = mbrotli::Quality::Q2;
/// gzip is for the few clients without Brotli; libdeflate's level 1 makes a copy a quarter
/// smaller than zlib's level 1 (what nginx compresses with by default) in the same time
/// (docs/performance.md, "The copies, fourth session").
const GZIP_LEVEL: i32 = 1;

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

thread_local! {
    /// Each thread's Brotli encoders by window size: an encoder keeps its working memory
    /// from one file to the next instead of allocating and zeroing it for every file.
    static BROTLI: RefCell<[Option<mbrotli::Compressor>; 25]> = Default::default();
    /// Each thread's gzip encoder, kept for the same reason.
    static GZIP: RefCell<Option<libdeflater::Compressor>> = const { RefCell::new(None) };
}

/// mbrotli, not the `brotli` crate: the same output as Google's reference encoder, which at
/// quality 2 is 0.2 % smaller than the `brotli` crate's, in two thirds of its time.
fn brotli_bytes(bytes: &[u8]) -> Option<Vec<u8>> {
    let bits = window_bits(bytes.len());
    BROTLI.with_borrow_mut(|encoders| {
        let encoder = match &mut encoders[usize::from(bits)] {
            Some(encoder) => encoder,
            empty => {
                let window = mbrotli::Window::standard(bits).ok()?;
                let config = mbrotli::EncoderConfig::default()
                    .with_quality(BROTLI_QUALITY)
                    .with_window(window);
                empty.insert(mbrotli::Compressor::new(config).ok()?)
            }
        };
        encoder.compress(bytes).ok()
    })
}

/// The smallest Brotli window (10 to 24 bits) that holds the whole file, as the reference
/// encoder picks for a buffer of known size: a 75 KB page needs 17 bits, not the default 22,
/// and the encoder's buffers shrink with it.
fn window_bits(len: usize) -> u8 {
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

/// libdeflate compresses a whole buffer at once, which is what a written file is.
fn gzip_bytes(bytes: &[u8]) -> Option<Vec<u8>> {
    GZIP.with_borrow_mut(|encoder| {
        let encoder = match encoder {
            Some(encoder) => encoder,
            empty => {
                let level = libdeflater::CompressionLvl::new(GZIP_LEVEL).ok()?;
                empty.insert(libdeflater::Compressor::new(level))
            }
        };
        let mut out = vec![0; encoder.gzip_compress_bound(bytes.len())];
        let len = encoder.gzip_compress(bytes, &mut out).ok()?;
        out.truncate(len);
        Some(out)
    })
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
