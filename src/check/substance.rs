//! Whether an element the page gives says something: a GDPR element counts as given only
//! when its content passes. Each function returns why an element is weak, for the
//! completeness table, the JSON report and the `gdpr-element` finding.

use crate::messages::Message;
use crate::model::{stated, Element, InstitutionData, Language, Right, Text};
use crate::msg;

/// Why `element`, which the page appears to give, does not really give it; `None` when it
/// does. `covered` says a section of the institution's own text declares it.
pub fn weakness(data: &InstitutionData, element: Element, covered: bool) -> Option<Message> {
    let purposes = data.purposes.get_ref();
    match element {
        Element::Retention => purposes.iter().find_map(|p| {
            weak_text("purposes.retention", p.retention.as_deref()?, data)
                .map(|why| msg!("weak-retention", id = p.id.get_ref(), why = why))
        }),
        Element::Rights => {
            let applicable = Right::applicable(data.bases_used());
            data.rights.iter().find_map(|entry| {
                let right = *entry.right.get_ref();
                let reason = entry.not_applicable.as_ref()?;
                (right != Right::WithdrawConsent && applicable.contains(&right))
                    .then(|| weak_text("rights.not_applicable", reason, data))
                    .flatten()
                    .map(|why| msg!("weak-right-reason", right = right.code(), why = why))
            })
        }
        Element::DataCategories if !covered => {
            let register = data.registers.iter().find(|r| !r.has_data_categories());
            let purpose = purposes
                .iter()
                .find(|p| p.source.is_some() && p.data_categories.is_none());
            register
                .map(|r| {
                    msg!(
                        "weak-register-no-data",
                        register = r.name.get_ref().get(Language::Lv)
                    )
                })
                .or_else(|| purpose.map(|p| msg!("weak-source-no-categories", id = p.id.get_ref())))
        }
        Element::LegitimateInterests => data
            .legitimate_interests
            .as_ref()
            .and_then(|t| weak_text("legitimate_interests", t, data))
            .map(|why| msg!("weak-key", key = "legitimate_interests", why = why)),
        Element::StatutoryRequirement => data
            .statutory_requirement
            .as_ref()
            .and_then(|t| weak_text("statutory_requirement", t, data))
            .map(|why| msg!("weak-key", key = "statutory_requirement", why = why)),
        Element::AutomatedDecisions => data
            .automated_decisions
            .as_ref()
            .and_then(|t| weak_text("automated_decisions", t, data))
            .map(|why| msg!("weak-key", key = "automated_decisions", why = why)),
        Element::Transfers => weak_text("transfers", &data.transfers, data)
            .map(|why| msg!("weak-key", key = "transfers", why = why)),
        _ => None,
    }
}

/// "is shorter than a sentence" (fewer than two words in a language), or "is the same text
/// as `key`" (another element's text, which cannot answer two questions at once).
fn weak_text(key: &str, text: &Text, data: &InstitutionData) -> Option<Message> {
    for language in Language::ALL {
        let words = text.get(language).split_whitespace().count();
        if words < 2 {
            return Some(msg!("weak-text-short", text = text.get(language).trim()));
        }
    }
    let others = element_texts(data);
    let same = others
        .iter()
        .filter(|(other_key, _)| *other_key != key)
        .find(|(_, other)| same_words(other.get(Language::Lv), text.get(Language::Lv)));
    same.map(|(key, _)| msg!("weak-text-same", key = *key))
}

/// The same words in the same order, whatever the case and the spacing. Compared word by
/// word without a lower-cased copy of either: every element's text is held against every
/// other's, and most differ in their first word.
fn same_words(a: &str, b: &str) -> bool {
    fn lower(word: &str) -> impl Iterator<Item = char> + '_ {
        word.chars().flat_map(char::to_lowercase)
    }
    let (mut a, mut b) = (a.split_whitespace(), b.split_whitespace());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || lower(x).eq(lower(y)) => {}
            _ => return false,
        }
    }
}

/// The texts that give an element each, with their keys.
fn element_texts(data: &InstitutionData) -> Vec<(&'static str, &Text)> {
    let mut texts = vec![("transfers", &data.transfers)];
    let optional = [
        ("legitimate_interests", stated(&data.legitimate_interests)),
        ("statutory_requirement", stated(&data.statutory_requirement)),
        ("automated_decisions", stated(&data.automated_decisions)),
    ];
    texts.extend(
        optional
            .into_iter()
            .filter_map(|(key, text)| text.map(|t| (key, t))),
    );
    for purpose in data.purposes.get_ref() {
        texts.push(("purposes.description", &purpose.description));
        if let Some(retention) = stated(&purpose.retention) {
            texts.push(("purposes.retention", retention));
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::same_words;

    #[test]
    fn texts_are_the_same_whatever_the_case_and_spacing() {
        assert!(same_words("Glabājam  5 gadus.", "glabājam 5\nGADUS."));
        assert!(same_words("Ārējā ZIŅA", "ārējā ziņa"));
        assert!(!same_words("Glabājam 5 gadus.", "Glabājam 5 gadus"));
        assert!(!same_words(
            "Glabājam 5 gadus.",
            "Glabājam 5 gadus. Tad dzēšam."
        ));
        assert!(!same_words("", "vārds"));
    }
}
