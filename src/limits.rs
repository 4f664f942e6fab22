//! The limits every input is held to, so no file — careless or hostile — can make a build
//! run for minutes or use gigabytes. A real privacy policy stays far below each of them
//! (the longest shipped section is a few kilobytes); each is documented in
//! docs/security.md and docs/content-model.md.

/// The largest file the build reads: an image, a stylesheet.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The largest text file: a section, a TOML file, a template. Ten times the largest shipped
/// one (`institution.toml` of PMLP, 22 KB).
pub const MAX_TEXT_BYTES: u64 = 256 * 1024;

/// The longest line of a text file, in characters (the longest shipped one has 1,703).
/// A problem is located by counting characters on its line, so this keeps that cheap.
pub const MAX_LINE_CHARS: usize = 16_000;

/// The largest image copied into the output.
pub const MAX_IMAGE_BYTES: u64 = MAX_FILE_BYTES;

/// Markdown files in one folder (an institution's `lv/`, say).
pub const MAX_FILES_PER_FOLDER: usize = 200;

/// Headings in one Markdown file.
pub const MAX_HEADINGS: usize = 500;

/// Footnotes defined in one Markdown file.
pub const MAX_FOOTNOTES: usize = 500;

/// Images one Markdown file shows.
pub const MAX_IMAGES: usize = 100;

/// Problems of one kind reported for one file; the rest are counted ("and 9,990 more like
/// this").
pub const MAX_REPORTED_PER_FILE: usize = crate::diagnostic::SHOWN_PER_FILE_AND_KIND;

/// `bytes` as an editor reads it: "1.5 MB", "12 KB".
pub fn size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}
