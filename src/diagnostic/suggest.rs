//! "Did you mean …?": the closest known name to a misspelt one.

use crate::messages::Message;
use crate::msg;

/// What a list of allowed names names, for [`suggest`].
#[derive(Clone, Copy, Debug)]
pub enum Allowed {
    Key,
    Value,
    FileName,
    Rule,
    Block,
}

impl Allowed {
    /// The catalogues' selector for the word.
    fn selector(self) -> &'static str {
        match self {
            Allowed::Key => "key",
            Allowed::Value => "value",
            Allowed::FileName => "file-name",
            Allowed::Rule => "rule",
            Allowed::Block => "block",
        }
    }
}

/// "did you mean `email`?" when a known name is close to the unknown one, and the full
/// list either way.
pub fn suggest(unknown: &str, known: &[String], what: Allowed) -> Message {
    let list = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match closest(unknown, known.iter().map(String::as_str)) {
        Some(best) => msg!(
            "did-you-mean-allowed",
            best = best,
            what = what.selector(),
            list = list
        ),
        None => msg!("allowed-here", what = what.selector(), list = list),
    }
}

/// The known name nearest to `unknown`, if it is near enough to be a typo.
pub fn closest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let unknown_lower = unknown.to_lowercase();
    known
        .into_iter()
        .map(|k| {
            (
                strsim::damerau_levenshtein(&unknown_lower, &k.to_lowercase()),
                k,
            )
        })
        .filter(|(distance, k)| *distance <= (k.chars().count() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}
