//! Clean text in: every source file is UTF-8 and holds only characters a policy can
//! legitimately contain. Invisible characters — controls, terminal escapes, NUL, private-use
//! characters and bidirectional overrides — are refused here, once, at their line, so no
//! later stage (a diagnostic in a terminal, a page, an attribute) ever sees one.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Position};
use crate::msg;

/// The file's bytes as text without a byte order mark, or the first problem with them.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return Err(not_utf8(path, e.as_bytes(), e.utf8_error().valid_up_to())),
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    check_characters(path, &text)?;
    Ok(text)
}

fn not_utf8(path: &Path, bytes: &[u8], offset: usize) -> Diagnostic {
    let line_start = bytes[..offset]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line_end = bytes[offset..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| offset + i);
    // The line as far as it can be read: the bad byte shows as U+FFFD.
    let before = String::from_utf8_lossy(&bytes[line_start..offset]);
    let line_text = String::from_utf8_lossy(&bytes[line_start..line_end]);
    let position = Position::in_line(
        bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1,
        line_text.trim_end_matches('\r'),
        before.len(),
        1,
    );
    Diagnostic::new(
        path,
        msg!(
            "not-utf8",
            offset = offset,
            byte = format!("0x{:02X}", bytes[offset])
        ),
    )
    .at(position)
    .hint(msg!("not-utf8-hint"))
}

/// A kind of character that is never part of a policy's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Forbidden {
    Nul,
    Escape,
    Control,
    LoneCarriageReturn,
    PrivateUse,
    Bidirectional,
}

impl Forbidden {
    fn of(c: char, next: Option<char>) -> Option<Forbidden> {
        match c {
            '\t' | '\n' => None,
            '\r' if next == Some('\n') => None,
            '\r' => Some(Forbidden::LoneCarriageReturn),
            '\0' => Some(Forbidden::Nul),
            '\u{1b}' => Some(Forbidden::Escape),
            c if c.is_control() => Some(Forbidden::Control),
            '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' => Some(Forbidden::PrivateUse),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some(Forbidden::Bidirectional),
            _ => None,
        }
    }

    /// The catalogues' selector for the kind.
    fn selector(self) -> &'static str {
        match self {
            Forbidden::Nul => "nul",
            Forbidden::Escape => "escape",
            Forbidden::Control => "control",
            Forbidden::LoneCarriageReturn => "carriage-return",
            Forbidden::PrivateUse => "private-use",
            Forbidden::Bidirectional => "bidirectional",
        }
    }

    /// The character for people: its code point, never the character itself.
    fn name(c: char) -> String {
        format!("U+{:04X}", u32::from(c))
    }
}

/// Refuses the first forbidden character, counting the others.
fn check_characters(path: &Path, text: &str) -> Result<(), Diagnostic> {
    let mut found = None;
    let mut more = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if let Some(kind) = Forbidden::of(c, next) {
            match found {
                None => found = Some((at, c, kind)),
                Some(_) => more += 1,
            }
        }
    }
    let Some((at, c, kind)) = found else {
        return Ok(());
    };
    Err(Diagnostic::new(
        path,
        msg!(
            "forbidden-character",
            kind = kind.selector(),
            code = Forbidden::name(c),
            more = more
        ),
    )
    .at_span(text, at..at + c.len_utf8())
    .hint(msg!("forbidden-character-hint", kind = kind.selector())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(bytes: &[u8]) -> Diagnostic {
        decode(Path::new("x.md"), bytes.to_vec()).unwrap_err()
    }

    #[test]
    fn ordinary_text_passes_and_loses_its_byte_order_mark() {
        let text = "\u{feff}Ādaži\tnovads\r\nplatība — 10 km²\n";
        assert_eq!(
            decode(Path::new("x.md"), text.as_bytes().to_vec()).unwrap(),
            &text[3..]
        );
    }

    #[test]
    fn invalid_utf8_is_located_by_byte_and_line() {
        let e = error(b"title = 1\nname = \"R\xe9zekne\"\n");
        assert!(
            e.message.english().contains("byte 19 (0xE9)"),
            "{}",
            e.message
        );
        let p = e.position.unwrap();
        assert_eq!((p.line, p.column), (2, 10));
    }

    #[test]
    fn escapes_nul_controls_private_use_and_overrides_are_refused_at_their_line() {
        for (text, what, line) in [
            ("a\nTODO \u{1b}]0;PWNED\u{7}\n", "terminal escape", 2),
            ("a\0b", "NUL", 1),
            ("x\n\ny\u{7}", "control", 3),
            ("x\ry", "carriage return", 1),
            ("https://x.lv/\u{F8F0}12\u{F8F1}", "private-use", 1),
            ("a\u{10FFFD}", "private-use", 1),
            ("abc\u{202E}fed", "bidirectional", 1),
            ("a\u{85}b", "control", 1),
        ] {
            let e = error(text.as_bytes());
            assert!(
                e.message.english().contains(what),
                "{text:?}: {}",
                e.message
            );
            assert_eq!(e.position.unwrap().line, line, "{text:?}");
        }
    }

    #[test]
    fn the_others_are_counted() {
        let e = error(b"\x1b[2K\x1b[1m");
        assert!(e.message.english().contains("and 1 more"), "{}", e.message);
        assert!(e.message.english().contains("U+001B"), "{}", e.message);
    }
}
