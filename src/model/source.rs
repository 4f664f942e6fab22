//! The site's source files as every stage names them.

use std::path::PathBuf;

/// The platform's settings, at the site root.
pub const PLATFORM_FILE: &str = "platform.toml";
/// Each institution's data, in its folder.
pub const INSTITUTION_FILE: &str = "institution.toml";

/// A text file of the site: its path relative to the root (how errors name it) and text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}
