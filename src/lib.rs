//! privatums builds the privacy pages of every institution on the Latvian unified website
//! platform: the shared platform policy plus each institution's own part, in Latvian and
//! English, as static HTML.
//!
//! Data flows one way: [`load`] (files → typed model) → [`validate`] (cross-file checks)
//! → [`merge`] (platform + institution → page plans) → [`render`] (templates → HTML) →
//! [`output`] (staged, then swapped in). [`build`] runs them in order; [`deploy`] adds the
//! files servers and search engines read (sitemaps, headers, precompressed copies).

pub mod build;
pub mod check;
pub mod deploy;
pub mod diagnostic;
pub mod finding;
pub mod language;
pub mod limits;
pub mod load;
pub mod merge;
pub mod messages;
pub mod model;
pub mod notices;
pub mod output;
pub mod release;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod serve;
pub mod validate;
pub mod version_guard;
pub mod versions;

pub use build::{build, BuildOptions, Project, Summary};
pub use diagnostic::{Diagnostic, Diagnostics};
pub use output::Scope;
