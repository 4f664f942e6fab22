//! Cookies, as data: the platform's in `platform.toml`, an institution's extra ones in its
//! `institution.toml`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Text;

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum CookieCategory {
    Necessary,
    Analytics,
    SocialNetworks,
    EmbeddedContent,
}

impl CookieCategory {
    /// In the order the cookie section shows them.
    pub const ALL: [CookieCategory; 4] = [
        CookieCategory::Necessary,
        CookieCategory::Analytics,
        CookieCategory::SocialNetworks,
        CookieCategory::EmbeddedContent,
    ];

    /// The name used in TOML, in file names under `cookie-categories/` and in anchors.
    pub fn id(self) -> &'static str {
        match self {
            CookieCategory::Necessary => "necessary",
            CookieCategory::Analytics => "analytics",
            CookieCategory::SocialNetworks => "social-networks",
            CookieCategory::EmbeddedContent => "embedded-content",
        }
    }

    pub fn from_id(id: &str) -> Option<CookieCategory> {
        CookieCategory::ALL.into_iter().find(|c| c.id() == id)
    }
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    pub name: String,
    pub category: CookieCategory,
    pub purpose: Text,
    pub provider: Text,
    pub expiry: Text,
}
