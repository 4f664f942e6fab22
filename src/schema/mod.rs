//! JSON Schemas generated from the Rust types (schemars), never written by hand:
//! `institution.toml` and `platform.toml` for editors' text editors (`.taplo.toml` maps
//! the files to them), and `policy.json`, the policy as data, for the systems that read it.
//! `privatums schema` writes them to `docs/schema/`; a test fails when those are stale. The
//! keys of `institution.toml` are described in Latvian and English from the key tables of
//! the docs (`model/keys.rs`); the rest from the types' doc comments.

use std::path::Path;

use crate::model::{InstitutionData, Platform};

use crate::model::keys;

/// The schema of `T` with a title, as an editor shows it.
fn titled<T: schemars::JsonSchema>(title: &str) -> serde_json::Value {
    let mut schema = schemars::schema_for!(T).to_value();
    schema["title"] = title.into();
    schema
}

/// Each schema's file name and its text.
pub fn all() -> Vec<(&'static str, String)> {
    let mut institution = titled::<InstitutionData>("institutions/<slug>/institution.toml");
    keys::describe(&mut institution);
    [
        ("institution.schema.json", institution),
        ("platform.schema.json", titled::<Platform>("platform.toml")),
        ("policy.schema.json", crate::deploy::policy::schema()),
    ]
    .into_iter()
    .map(|(name, schema)| {
        let mut text = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
        text.push('\n');
        (name, text)
    })
    .collect()
}

/// Writes every schema into `folder`; returns the paths written.
pub fn write(folder: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(folder)?;
    let mut written = Vec::new();
    for (name, text) in all() {
        let path = folder.join(name);
        std::fs::write(&path, text)?;
        written.push(path);
    }
    Ok(written)
}
