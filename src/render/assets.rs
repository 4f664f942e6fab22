//! Content-hashed asset names: `style.css` is published as `style.<hash>.css`, so a
//! changed stylesheet gets a new address and every published one can be cached for a year.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

/// Each theme asset's name (`style.css`) → its published name (`style.1a2b3c4d5e.css`),
/// from the first 10 hex digits of the SHA-256 of its bytes.
pub fn hashed_names(assets: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, String> {
    assets
        .iter()
        .map(|(name, bytes)| (name.clone(), hashed_name(name, bytes)))
        .collect()
}

fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hash: String = digest[..5].iter().map(|b| format!("{b:02x}")).collect();
    // The hash goes before the extension of the file's own name, not of a folder.
    let file_start = name.rfind('/').map_or(0, |i| i + 1);
    match name[file_start..].rfind('.') {
        Some(dot) if dot > 0 => {
            let dot = file_start + dot;
            format!("{}.{hash}{}", &name[..dot], &name[dot..])
        }
        _ => format!("{name}.{hash}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_goes_before_the_extension_and_follows_the_bytes() {
        let a = hashed_name("style.css", b"body{}");
        assert!(
            a.starts_with("style.") && a.ends_with(".css") && a.len() == 20,
            "{a}"
        );
        assert_eq!(a, hashed_name("style.css", b"body{}"));
        assert_ne!(a, hashed_name("style.css", b"body{color:red}"));
        assert!(hashed_name("fonts.v2/LICENSE", b"x").starts_with("fonts.v2/LICENSE."));
    }
}
