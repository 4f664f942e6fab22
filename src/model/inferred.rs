//! Provenance as data: a value someone inferred instead of finding it in the institution's
//! own words carries `inferred = "why"`, and is never published until the institution
//! confirms it by removing the mark.
//!
//! In TOML a text is marked as `{ lv = "…", en = "…", inferred = "why" }` and a legal basis
//! as `{ basis = "f", inferred = "why" }`. Loading takes every marked value out of the model
//! (`InstitutionData::withhold_inferences`), so no later stage — validation, checks, the page,
//! its notices, its data files — can state it; what was taken is kept as an `Inference`, for
//! the build's warnings, the completeness report and the preview.

use std::fmt;
use std::ops::Deref;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

use super::{InstitutionData, LegalBasis};
use crate::language::{Localized, Text};

/// A value that may carry the mark `inferred = "why"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inferable<T> {
    pub value: T,
    /// Why it was inferred, where the mark is; `None` for the institution's own words.
    pub inferred: Option<Spanned<String>>,
}

impl<T> Inferable<T> {
    /// A value in the institution's own words.
    pub fn stated(value: T) -> Inferable<T> {
        Inferable {
            value,
            inferred: None,
        }
    }
}

impl<T> Deref for Inferable<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// A value taken out of the model because it is inferred: what it would have said, where
/// and why.
#[derive(Clone, Debug)]
pub struct Inference {
    /// The key, as the docs' key tables name it (`purposes.retention`).
    pub key: &'static str,
    /// The `id` of the purpose it belongs to, when it is a purpose's.
    pub purpose: Option<String>,
    /// The value as the page would have said it.
    pub value: Localized<String>,
    /// The mark: why it was inferred, and where.
    pub reason: Spanned<String>,
}

impl InstitutionData {
    /// Takes every inferred value out, returning them in the file's order of keys: what is
    /// left is only what the institution said.
    pub fn withhold_inferences(&mut self) -> Vec<Inference> {
        let mut taken = Vec::new();
        let text = |value: &Text| Localized::from_fn(|l| value.get(l).to_owned());
        for purpose in self.purposes.get_mut() {
            let id = purpose.id.get_ref().clone();
            if let Some(bases) = purpose.legal_bases.as_mut() {
                bases.get_mut().retain(|basis| match &basis.inferred {
                    Some(reason) => {
                        taken.push(Inference {
                            key: "purposes.legal_bases",
                            purpose: Some(id.clone()),
                            value: Localized::from_fn(|l| {
                                format!("{} ({})", basis.words(l), basis.citation(l))
                            }),
                            reason: reason.clone(),
                        });
                        false
                    }
                    None => true,
                });
            }
            for (key, value) in [
                ("purposes.data_categories", &mut purpose.data_categories),
                ("purposes.retention", &mut purpose.retention),
                ("purposes.source", &mut purpose.source),
            ] {
                withhold(key, Some(&id), value, &text, &mut taken);
            }
        }
        for (key, value) in [
            ("legitimate_interests", &mut self.legitimate_interests),
            ("statutory_requirement", &mut self.statutory_requirement),
            ("automated_decisions", &mut self.automated_decisions),
        ] {
            withhold(key, None, value, &text, &mut taken);
        }
        taken
    }
}

fn withhold(
    key: &'static str,
    purpose: Option<&String>,
    value: &mut Option<Inferable<Text>>,
    text: &impl Fn(&Text) -> Localized<String>,
    taken: &mut Vec<Inference>,
) {
    if value.as_ref().is_some_and(|v| v.inferred.is_some()) {
        let marked = value.take().expect("checked above");
        taken.push(Inference {
            key,
            purpose: purpose.cloned(),
            value: text(&marked.value),
            reason: marked.inferred.expect("checked above"),
        });
    }
}

/// A marked text's table: the text in each language and the mark.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkedText {
    lv: String,
    en: String,
    inferred: Option<Spanned<String>>,
}

/// A marked legal basis's table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkedBasis {
    basis: LegalBasis,
    inferred: Option<Spanned<String>>,
}

impl<'de> Deserialize<'de> for Inferable<Text> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Inferable<Text>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a table with `lv` and `en` strings (and `inferred`)")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(Inferable::stated(Text(Localized::from_fn(|_| {
                    value.to_owned()
                }))))
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
                let t = MarkedText::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Inferable {
                    value: Text(Localized { lv: t.lv, en: t.en }),
                    inferred: t.inferred,
                })
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

impl<'de> Deserialize<'de> for Inferable<LegalBasis> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BasisVisitor;

        impl<'de> Visitor<'de> for BasisVisitor {
            type Value = Inferable<LegalBasis>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a legal basis `a`–`f`, or a table with `basis` and `inferred`")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                LegalBasis::deserialize(value.into_deserializer()).map(Inferable::stated)
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
                let b = MarkedBasis::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Inferable {
                    value: b.basis,
                    inferred: b.inferred,
                })
            }
        }

        deserializer.deserialize_any(BasisVisitor)
    }
}

const MARK: &str = "Why the value was inferred rather than taken from the institution's own words; a marked value is not published until the institution confirms it by removing the mark.";

impl JsonSchema for Inferable<Text> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "InferableText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "One text for every language, or a table with the Latvian `lv` and the English `en` text and, for a value not in the institution's own words, `inferred`.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": {
                        "lv": { "type": "string" },
                        "en": { "type": "string" },
                        "inferred": { "type": "string", "description": MARK }
                    },
                    "required": ["lv", "en"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl JsonSchema for Inferable<LegalBasis> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "InferableLegalBasis".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let basis = generator.subschema_for::<LegalBasis>();
        schemars::json_schema!({
            "description": "A legal basis of GDPR Article 6(1), `a`–`f`, or a table with the `basis` and, for one the institution did not state, `inferred`.",
            "anyOf": [
                basis,
                {
                    "type": "object",
                    "properties": {
                        "basis": basis,
                        "inferred": { "type": "string", "description": MARK }
                    },
                    "required": ["basis"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// The value of an optional key that may be marked, as its plain type.
pub fn stated<T>(value: &Option<Inferable<T>>) -> Option<&T> {
    value.as_ref().map(|v| &v.value)
}
