//! A readable diff between two versions of a page's text: sections matched by id (added,
//! removed, changed), then within a changed section its lines (similar's patience diff),
//! and within a changed line its words (similar's word diff). Templates mark the pieces
//! with `<ins>`/`<del>` and a label a screen reader says, so no change is told by colour
//! alone.

use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, ChangeTag, DiffOp, TextDiff};

use crate::model::page_text::{PageText, SectionText};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    Same,
    Ins,
    Del,
}

#[derive(Debug, Serialize)]
pub struct SectionDiff {
    pub id: String,
    pub title: String,
    pub change: Change,
    pub lines: Vec<LineDiff>,
}

/// One line of a section: a paragraph, list item, heading or table row.
#[derive(Debug, Serialize)]
pub struct LineDiff {
    /// `p`, `li` or `h` (what the line was on the page).
    pub kind: &'static str,
    pub pieces: Vec<Piece>,
}

#[derive(Debug, Serialize)]
pub struct Piece {
    pub mark: Mark,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct PageDiff {
    pub sections: Vec<SectionDiff>,
    /// The titles of the sections that did not change.
    pub unchanged: Vec<String>,
}

/// What changed from `old` to `new`, in the new page's order (removed sections where they
/// were, after the section before them).
pub fn diff(old: &PageText, new: &PageText) -> PageDiff {
    let mut sections = Vec::new();
    let mut unchanged = Vec::new();
    for section in &new.sections {
        match old.section(&section.id) {
            Some(before) if before == section => unchanged.push(section.title.clone()),
            Some(before) => sections.push(SectionDiff {
                id: section.id.clone(),
                title: section.title.clone(),
                change: Change::Changed,
                lines: lines(before, section),
            }),
            None => sections.push(whole(section, Change::Added, Mark::Ins)),
        }
    }
    for section in old.sections.iter().filter(|s| new.section(&s.id).is_none()) {
        sections.push(whole(section, Change::Removed, Mark::Del));
    }
    PageDiff {
        sections,
        unchanged,
    }
}

fn whole(section: &SectionText, change: Change, mark: Mark) -> SectionDiff {
    SectionDiff {
        id: section.id.clone(),
        title: section.title.clone(),
        change,
        lines: section.lines.iter().map(|l| line(l, mark)).collect(),
    }
}

/// A line's kind and its text without the written form's marker.
fn split(line: &str) -> (&'static str, &str) {
    if let Some(rest) = line.strip_prefix("- ") {
        ("li", rest)
    } else if let Some(rest) = line.strip_prefix("### ") {
        ("h", rest)
    } else {
        ("p", line)
    }
}

fn line(text: &str, mark: Mark) -> LineDiff {
    let (kind, text) = split(text);
    LineDiff {
        kind,
        pieces: vec![Piece {
            mark,
            text: text.to_owned(),
        }],
    }
}

fn lines(old: &SectionText, new: &SectionText) -> Vec<LineDiff> {
    let mut out = Vec::new();
    if old.title != new.title {
        out.push(words(&old.title, &new.title, "h"));
    }
    for op in capture_diff_slices(Algorithm::Patience, &old.lines, &new.lines) {
        match op {
            DiffOp::Equal { new_index, len, .. } => out.extend(
                new.lines[new_index..new_index + len]
                    .iter()
                    .map(|l| line(l, Mark::Same)),
            ),
            DiffOp::Delete {
                old_index, old_len, ..
            } => out.extend(
                old.lines[old_index..old_index + old_len]
                    .iter()
                    .map(|l| line(l, Mark::Del)),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => out.extend(
                new.lines[new_index..new_index + new_len]
                    .iter()
                    .map(|l| line(l, Mark::Ins)),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let before = &old.lines[old_index..old_index + old_len];
                let after = &new.lines[new_index..new_index + new_len];
                // Lines replaced one for one are compared word by word; the rest are
                // removed or added whole.
                for (a, b) in before.iter().zip(after) {
                    let (kind, b_text) = split(b);
                    out.push(words(split(a).1, b_text, kind));
                }
                out.extend(before.iter().skip(after.len()).map(|l| line(l, Mark::Del)));
                out.extend(after.iter().skip(before.len()).map(|l| line(l, Mark::Ins)));
            }
        }
    }
    out
}

/// One line with its removed and added words marked.
fn words(old: &str, new: &str, kind: &'static str) -> LineDiff {
    let mut pieces: Vec<Piece> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let mark = match change.tag() {
            ChangeTag::Equal => Mark::Same,
            ChangeTag::Delete => Mark::Del,
            ChangeTag::Insert => Mark::Ins,
        };
        match pieces.last_mut() {
            Some(last) if last.mark == mark => last.text.push_str(change.value()),
            _ => pieces.push(Piece {
                mark,
                text: change.value().to_owned(),
            }),
        }
    }
    LineDiff {
        kind,
        pieces: grouped(pieces),
    }
}

/// Changes separated only by spaces read as one: "one year" → "two years" is one removal
/// and one addition, not two of each.
fn grouped(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let (mut removed, mut added) = (String::new(), String::new());
    let flush = |out: &mut Vec<Piece>, removed: &mut String, added: &mut String| {
        for (mark, text) in [(Mark::Del, removed), (Mark::Ins, added)] {
            if !text.is_empty() {
                out.push(Piece {
                    mark,
                    text: std::mem::take(text),
                });
            }
        }
    };
    for (index, piece) in pieces.iter().enumerate() {
        let between_changes = piece.mark == Mark::Same
            && piece.text.trim().is_empty()
            && !(removed.is_empty() && added.is_empty())
            && pieces
                .get(index + 1)
                .is_some_and(|next| next.mark != Mark::Same);
        match piece.mark {
            Mark::Del => removed.push_str(&piece.text),
            Mark::Ins => added.push_str(&piece.text),
            Mark::Same if between_changes => {
                removed.push_str(&piece.text);
                added.push_str(&piece.text);
            }
            Mark::Same => {
                flush(&mut out, &mut removed, &mut added);
                out.push(Piece {
                    mark: Mark::Same,
                    text: piece.text.clone(),
                });
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(sections: &[(&str, &str, &[&str])]) -> PageText {
        PageText {
            sections: sections
                .iter()
                .map(|(id, title, lines)| SectionText {
                    id: (*id).to_owned(),
                    title: (*title).to_owned(),
                    lines: lines.iter().map(|l| (*l).to_owned()).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn sections_are_added_removed_and_changed_word_by_word() {
        let old = page(&[
            ("a", "A", &["We keep data for one year.", "Same."]),
            ("gone", "Gone", &["Old text."]),
            ("same", "Same", &["Nothing new."]),
        ]);
        let new = page(&[
            ("a", "A", &["We keep data for two years.", "Same."]),
            ("same", "Same", &["Nothing new."]),
            ("new", "New", &["- Fresh."]),
        ]);
        let d = diff(&old, &new);
        let changes: Vec<(&str, Change)> = d
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.change))
            .collect();
        assert_eq!(
            changes,
            [
                ("a", Change::Changed),
                ("new", Change::Added),
                ("gone", Change::Removed)
            ]
        );
        assert_eq!(d.unchanged, ["Same"]);
        let first = &d.sections[0].lines[0];
        let marked: Vec<(Mark, &str)> = first
            .pieces
            .iter()
            .map(|p| (p.mark, p.text.as_str()))
            .collect();
        assert_eq!(
            marked,
            [
                (Mark::Same, "We keep data for "),
                (Mark::Del, "one year."),
                (Mark::Ins, "two years.")
            ]
        );
        assert_eq!(d.sections[0].lines[1].pieces[0].mark, Mark::Same);
        assert_eq!(d.sections[1].lines[0].kind, "li");
    }
}
