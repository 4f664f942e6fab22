//! Every sentence privatums says to an editor, in Latvian and English: Project Fluent
//! catalogues (`en.ftl`, `lv.ftl`, embedded in the binary) and [`Message`], an id with typed
//! arguments. Code never holds a sentence, only a message id, so the id is what JSON output
//! and tests key on and the wording can change without touching the code.
//!
//! The language is the reader's, not the site's: `main` chooses it once (`--lang`, else the
//! locale) with [`set_language`], and every `Display` of a message uses it. English is the
//! default, so a library user who never chooses gets what the tests assert on.

use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::language::Language;

/// The catalogues, as written: the completeness test reads them too.
pub const CATALOGUES: [(Language, &str); 2] = [
    (Language::Lv, include_str!("lv.ftl")),
    (Language::En, include_str!("en.ftl")),
];

/// A sentence to show: a catalogue id and its arguments, rendered in a language only when
/// shown. Build one with [`msg!`](crate::msg); nothing converts a string into one, so a
/// sentence that is not in the catalogues does not compile.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Message {
    id: &'static str,
    /// Boxed slice, not `Vec`: a `Diagnostic` holds two messages and stays small.
    args: Box<[(&'static str, Arg)]>,
}

/// A value a message says: text (a key, a file name, a quoted value), a number (a count, a
/// line; Fluent chooses the plural form by it) or another message, said in the same language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    Text(String),
    Number(i64),
    Message(Box<Message>),
}

/// `msg!("unknown-key", key = name)`: the message `unknown-key` with `$key` set to `name`.
/// Each argument is anything that converts into an [`Arg`].
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

impl Message {
    /// Prefer [`msg!`](crate::msg), which the catalogue test finds in the source.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Box::new([]),
        }
    }

    pub fn arg(self, name: &'static str, value: impl Into<Arg>) -> Message {
        let mut args = self.args.into_vec();
        args.push((name, value.into()));
        Message {
            id: self.id,
            args: args.into_boxed_slice(),
        }
    }

    /// The text of argument `name`, if it has one.
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, value)| match value {
            Arg::Text(text) if *n == name => Some(text.as_str()),
            _ => None,
        })
    }

    /// The catalogue id: stable, what JSON output and tests key on.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `language`. An id missing from a catalogue (the completeness test
    /// prevents it) shows as the id, never as nothing.
    pub fn in_language(&self, language: Language) -> String {
        let bundle = &BUNDLES[language as usize];
        let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
            return self.id.to_owned();
        };
        let mut args = FluentArgs::new();
        for (name, value) in self.args.iter() {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Message(m) => FluentValue::from(m.in_language(language)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        debug_assert!(errors.is_empty(), "{}: {errors:?}", self.id);
        text.into_owned()
    }

    /// The message in English, as JSON output keeps it beside the localised one.
    pub fn english(&self) -> String {
        self.in_language(Language::En)
    }
}

/// In the language chosen with [`set_language`].
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language(language()))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(path: &std::path::Path) -> Arg {
        Arg::Text(path.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(path: &std::path::PathBuf) -> Arg {
        Arg::Text(path.display().to_string())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, u8, i64, i32);

static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| Language::ALL.map(bundle));

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let source = CATALOGUES
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, source)| *source)
        .expect("a catalogue per language");
    let resource =
        FluentResource::try_new(source.to_owned()).expect("the catalogues parse (tested)");
    let locale = language.code().parse().expect("a valid language code");
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // No Unicode isolation marks around arguments: a terminal shows them as escapes, and
    // nothing here mixes writing directions.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .expect("no message is defined twice (tested)");
    bundle
}

static LANGUAGE: AtomicU8 = AtomicU8::new(Language::En as u8);

/// The language every message is shown in from now on.
pub fn set_language(language: Language) {
    LANGUAGE.store(language as u8, Ordering::Relaxed);
}

/// The language messages are shown in: English unless [`set_language`] chose another.
pub fn language() -> Language {
    match LANGUAGE.load(Ordering::Relaxed) {
        l if l == Language::Lv as u8 => Language::Lv,
        _ => Language::En,
    }
}

/// The language of the locale, as POSIX ranks its variables (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`; the first one set and not empty decides): `lv_LV.UTF-8` or `lv` is Latvian,
/// anything else English.
pub fn language_of_locale(get: impl Fn(&str) -> Option<String>) -> Language {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| get(name))
        .find(|value| !value.is_empty())
        .unwrap_or_default();
    let code = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or_default();
    if code.eq_ignore_ascii_case("lv") {
        Language::Lv
    } else {
        Language::En
    }
}

#[cfg(test)]
mod tests;
