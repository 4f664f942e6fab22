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
    let mut text = text;
    if text.starts_with('\u{feff}') {
        // In place: no second copy of the file.
        text.drain(..'\u{feff}'.len_utf8());
    }
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

/// Whether a byte can start a forbidden character: a control (0x00–0x1F, 0x7F), or the
/// first byte of the UTF-8 of the C1 controls (0xC2), the bidirectional overrides (0xE2) or
/// the private-use characters (0xEE, 0xEF, 0xF3, 0xF4). None of them is a continuation
/// byte, so each marks the start of a character.
const MAY_BE_FORBIDDEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xE2] = true;
    table[0xEE] = true;
    table[0xEF] = true;
    table[0xF3] = true;
    table[0xF4] = true;
    table
};

/// Refuses the first forbidden character, counting the others.
fn check_characters(path: &Path, text: &str) -> Result<(), Diagnostic> {
    let Some((at, c, kind, more)) = first_forbidden(text) else {
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

/// The first forbidden character (where, which, its kind) and how many more there are.
/// Every byte of every file passes here, so only the characters starting with a byte of
/// `MAY_BE_FORBIDDEN` are decoded and looked at; the rest (Latvian letters too) are
/// skipped byte by byte.
fn first_forbidden(text: &str) -> Option<(usize, char, Forbidden, usize)> {
    let bytes = text.as_bytes();
    let mut found = None;
    let mut more = 0usize;
    let mut at = 0;
    while let Some(skipped) = bytes[at..]
        .iter()
        .position(|&b| MAY_BE_FORBIDDEN[usize::from(b)])
    {
        at += skipped;
        let mut chars = text[at..].chars();
        let c = chars
            .next()
            .expect("a character starts at a candidate byte");
        if let Some(kind) = Forbidden::of(c, chars.next()) {
            match found {
                None => found = Some((at, c, kind)),
                Some(_) => more += 1,
            }
        }
        at += c.len_utf8();
    }
    found.map(|(at, c, kind)| (at, c, kind, more))
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
    fn every_forbidden_character_is_found_however_it_is_encoded() {
        // Character by character, as `Forbidden::of` defines them: what the byte scan
        // must find, for every character of the planes the kinds come from.
        fn each_character(text: &str) -> Option<(usize, char, Forbidden, usize)> {
            let mut chars = text.char_indices().peekable();
            let mut found = None;
            let mut more = 0;
            while let Some((at, c)) = chars.next() {
                if let Some(kind) = Forbidden::of(c, chars.peek().map(|&(_, n)| n)) {
                    match found {
                        None => found = Some((at, c, kind)),
                        Some(_) => more += 1,
                    }
                }
            }
            found.map(|(at, c, kind)| (at, c, kind, more))
        }
        let chars = (0..0x3000u32)
            .chain(0xDF00..0xF900)
            .chain(0xEFF00..0xF0100)
            .chain(0x10FF00..=0x10FFFF)
            .filter_map(char::from_u32);
        let mut forbidden = 0;
        for c in chars {
            for text in [c.to_string(), format!("ā{c}ž{c}"), format!("{c}\n\r")] {
                let expected = each_character(&text);
                forbidden += usize::from(expected.is_some());
                assert_eq!(first_forbidden(&text), expected, "U+{:04X}", u32::from(c));
            }
        }
        assert!(
            forbidden > 6000,
            "the planes hold forbidden characters: {forbidden}"
        );
    }

    #[test]
    fn the_others_are_counted() {
        let e = error(b"\x1b[2K\x1b[1m");
        assert!(e.message.english().contains("and 1 more"), "{}", e.message);
        assert!(e.message.english().contains("U+001B"), "{}", e.message);
    }
}
