//! `platform.toml`: what every page shares.

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use super::{Cookie, Date, Language, Localized, Text};

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Platform {
    /// Where the platform's own pages are published; their canonical URLs start here.
    pub base_url: String,
    pub theme: String,
    /// Each supported language once; the first is the default.
    #[schemars(with = "Vec<Language>")]
    pub languages: Spanned<Vec<Language>>,
    /// When the shared policy was published.
    pub published: Date,
    pub name: Text,
    /// The page's path segment per language, e.g. `privatuma-politika`.
    pub page_path: Localized<String>,
    pub controller: PlatformController,
    #[serde(default)]
    pub processors: Vec<Processor>,
    pub supervisory_authority: SupervisoryAuthority,
    /// The site's icon: a file in the theme's `static/` folder, e.g. `favicon.svg`.
    #[schemars(with = "String")]
    pub favicon: Spanned<String>,
    /// The web address of the accessibility statement every page's footer links to.
    pub accessibility_statement: Text,
    #[serde(default)]
    pub cookie_settings_links: Vec<CookieSettingsLink>,
    #[serde(default)]
    pub cookies: Vec<Cookie>,
}

impl Platform {
    pub fn default_language(&self) -> Language {
        self.languages.get_ref()[0]
    }

    /// The languages in the platform's order, default first.
    pub fn languages(&self) -> &[Language] {
        self.languages.get_ref()
    }
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlatformController {
    pub name: Text,
    pub short_name: Option<Text>,
    pub registration_number: Option<String>,
    pub address: Option<Text>,
    pub email: String,
    pub phone: Option<Phones>,
    pub website: String,
    pub responsible_person: Person,
    /// Contacts the controller no longer uses; `check` names them stale wherever written.
    #[serde(default)]
    pub former: FormerContacts,
}

/// An organisation's former contacts, kept so `check` can recognise them in old texts and
/// give the current one instead.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormerContacts {
    #[serde(default)]
    pub addresses: Vec<String>,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub phones: Vec<String>,
}

/// A named person responsible for personal data processing, not the DPO.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// The person's position (amats), never a role word like "pārzinis".
    pub position: Text,
    /// What the person is responsible for, e.g. "personas datu apstrāde tīmekļvietnē …".
    pub responsible_for: Option<Text>,
    pub email: String,
    pub phone: Option<Phones>,
}

/// One phone number or several: `phone = "67000000"` or `phone = ["67000000", "67000001"]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phones(pub Vec<String>);

impl JsonSchema for Phones {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Phones".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A phone number, or a list of phone numbers.",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Phones {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged, expecting = "a phone number, or a list of phone numbers")]
        enum OneOrMany {
            One(String),
            Many(Vec<String>),
        }
        Ok(match OneOrMany::deserialize(deserializer)? {
            OneOrMany::One(one) => Phones(vec![one]),
            OneOrMany::Many(many) => Phones(many),
        })
    }
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    pub role: Text,
    pub name: Text,
    pub short_name: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupervisoryAuthority {
    pub name: Text,
    pub address: Text,
    pub email: String,
    pub phone: String,
    pub website: String,
    /// Contacts the authority no longer uses; `check` names them stale wherever written.
    #[serde(default)]
    pub former: FormerContacts,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CookieSettingsLink {
    pub name: Text,
    pub url: Text,
    /// The language of the page at `url`, when it is one page for every language (e.g. a
    /// browser's help in English only); the link then says so on the other language's pages.
    /// Leave it out when `url` gives each language its own page.
    pub language: Option<Language>,
}
