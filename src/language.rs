//! Languages and texts that exist in every language.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// A language privatums publishes in. Adding one is a compile error everywhere a text
/// would lack it, which is the point: a page is never published half-translated.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Lv,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Lv, Language::En];

    /// The BCP 47 code used in `lang`, `hreflang` and folder names.
    pub fn code(self) -> &'static str {
        match self {
            Language::Lv => "lv",
            Language::En => "en",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Lv => "Latviešu",
            Language::En => "English",
        }
    }

    /// Said after a link to a page in this language from a page in another one, in this
    /// language: "(English)" on a Latvian page, "(latviski)" on an English one.
    pub fn link_marker(self) -> &'static str {
        match self {
            Language::Lv => "latviski",
            Language::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One value per language.
#[derive(Clone, Debug, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Localized<T> {
    pub lv: T,
    pub en: T,
}

impl<T> Localized<T> {
    pub fn get(&self, language: Language) -> &T {
        match language {
            Language::Lv => &self.lv,
            Language::En => &self.en,
        }
    }

    pub fn get_mut(&mut self, language: Language) -> &mut T {
        match language {
            Language::Lv => &mut self.lv,
            Language::En => &mut self.en,
        }
    }

    pub fn from_fn(mut f: impl FnMut(Language) -> T) -> Self {
        Localized {
            lv: f(Language::Lv),
            en: f(Language::En),
        }
    }

    pub fn map<'a, U>(&'a self, mut f: impl FnMut(Language, &'a T) -> U) -> Localized<U> {
        Localized {
            lv: f(Language::Lv, &self.lv),
            en: f(Language::En, &self.en),
        }
    }
}

/// A text in TOML: either one string for every language (`"Google"`) or a table with one
/// string per language (`{ lv = "…", en = "…" }`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text(pub Localized<String>);

impl Text {
    pub fn get(&self, language: Language) -> &str {
        self.0.get(language)
    }

    /// The text in `language`, owned — the form views are built from.
    pub fn to_string_in(&self, language: Language) -> String {
        self.get(language).to_owned()
    }
}

impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let localized = generator.subschema_for::<Localized<String>>();
        schemars::json_schema!({
            "description": "One text for every language, or a table with the Latvian `lv` and the English `en` text.",
            "anyOf": [{ "type": "string" }, localized]
        })
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a table with `lv` and `en` strings")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Text, E> {
                Ok(Text(Localized {
                    lv: value.to_owned(),
                    en: value.to_owned(),
                }))
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Text, M::Error> {
                // Deserialise the table as a strict struct so a missing `en` or a misspelt
                // `lv` is reported with its own message and position.
                Localized::deserialize(de::value::MapAccessDeserializer::new(map)).map(Text)
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}
