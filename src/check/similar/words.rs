//! Reading a passage for comparing: its words cut to stems, their shingles, and a hash of
//! its text. This runs on every paragraph of every page (an institution's 30 KB of Markdown
//! and TOML text per language), so it is one pass over the bytes with no allocation: ASCII is
//! lower-cased by byte, Latvian's letters (and the rest of Latin-1 and Latin Extended-A and
//! B) through a table made once from the standard library's own, other characters one by
//! one.

use std::hash::Hasher;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHasher;

/// Words, and template placeholders as single tokens so that their words are left out.
static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{\{.*?\}\}|\{%.*?%\}|\w+").unwrap());

/// Letters of a word that make its stem: Latvian case endings don't hide a repeat.
const STEM: usize = 5;
/// Room for a stem: five letters of up to four bytes, and a slot for what is past them.
const STEM_ROOM: usize = 32;

/// A passage as read: a hash of its text in lower case with its words joined by single
/// spaces (equal for verbatim repeats, but two different texts may share it: see
/// [`same_text`]), and how many words (runs of non-space) it has. Its shingles were
/// appended to the list given to [`Reader::read`], in the order of the text: a shingle
/// that stands twice in it is there twice.
pub(super) struct Read {
    pub normal: u64,
    pub words: usize,
}

/// Reads passages one after another; holds the one buffer that a passage with a template
/// placeholder needs.
#[derive(Default)]
pub(super) struct Reader {
    lower: String,
}

impl Reader {
    /// Reads `text`, appending its shingles (three consecutive words, each cut to its first
    /// five letters in lower case, numbers and placeholders left out) to `shingles`.
    pub fn read(&mut self, text: &str, shingles: &mut Vec<u64>) -> Read {
        let mut words = Shingles::new(shingles);
        // A placeholder's words are the template's, not the text's: only a text with a
        // `{` needs the regex that finds placeholders.
        if memchr::memchr(b'{', text.as_bytes()).is_some() {
            self.read_with_placeholders(text, &mut words)
        } else {
            read_plain(text, &mut words)
        }
    }

    fn read_with_placeholders(&mut self, text: &str, words: &mut Shingles) -> Read {
        let lower = &mut self.lower;
        lower.clear();
        let mut count = 0;
        for word in text.split_whitespace() {
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lower.push(' ');
            count += 1;
        }
        for token in TOKEN.find_iter(lower) {
            let token = token.as_str();
            if !token.starts_with('{') && !token.bytes().any(|b| b.is_ascii_digit()) {
                let end = token
                    .char_indices()
                    .nth(STEM)
                    .map_or(token.len(), |(at, _)| at);
                words.word(stem_hash(&token.as_bytes()[..end]));
            }
        }
        Read {
            normal: lower.chars().fold(0, |hash, c| mix(hash, u32::from(c))),
            words: count,
        }
    }
}

/// Reads a text without placeholders: the same words, stems and hash as
/// [`Reader::read_with_placeholders`], where a word is a run of letters, digits and `_` (as
/// the regex `\w` has it) in the lower-cased text.
fn read_plain(text: &str, words: &mut Shingles) -> Read {
    let bytes = text.as_bytes();
    let mut reading = Reading::new(words);
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let ascii = ASCII[usize::from(byte)];
        if ascii & WORD != 0 {
            // A run of ASCII letters, digits and `_`, most of the text: read in a loop of
            // its own.
            let word = &mut reading.word;
            // The stem's letters go to its next slots; those past its fifth letter all to
            // the slot after it, which is written over or not read: no branch per byte.
            let (from, room) = (word.len, STEM - word.letters);
            let (mut normal, mut digit, mut read) = (reading.normal, 0, 0);
            while let Some(&byte) = bytes.get(at) {
                let ascii = ASCII[usize::from(byte)];
                if ascii & WORD == 0 {
                    break;
                }
                let lower = (ascii & LOWER) as u8;
                normal = mix(normal, u32::from(lower));
                word.stem[(from + read.min(room)) % STEM_ROOM] = lower;
                digit |= ascii;
                read += 1;
                at += 1;
            }
            word.ascii(read.min(room), digit & DIGIT != 0);
            reading.start();
            reading.normal = normal;
            continue;
        }
        if ascii & SPACE != 0 {
            at += 1;
            reading.space();
            continue;
        }
        if byte < 0x80 {
            at += 1;
            reading.char(char::from(byte), false);
            continue;
        }
        // Two bytes from U+0080 to U+027F: the table's range.
        if byte < 0xca {
            let code = u32::from(byte & 0x1f) << 6 | u32::from(bytes[at + 1] & 0x3f);
            at += 2;
            match LATIN.get(code as usize - 0x80) {
                Some(&Latin::Space) => reading.space(),
                Some(&Latin::Char { lower, word }) => reading.char(lower, word),
                _ => reading.other(char::from_u32(code).unwrap_or_default()),
            }
            continue;
        }
        let c = text[at..].chars().next().unwrap_or_default();
        at += c.len_utf8();
        reading.other(c);
    }
    reading.space();
    Read {
        normal: reading.normal,
        words: reading.count,
    }
}

/// How an ASCII byte reads: its lower case (the low byte) and what it is.
static ASCII: [u16; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 0x80 {
        let b = byte as u8;
        table[byte] = b.to_ascii_lowercase() as u16
            | if b.is_ascii_alphanumeric() || b == b'_' { WORD } else { 0 }
            | if b.is_ascii_digit() { DIGIT } else { 0 }
            // What `char::is_whitespace` has in ASCII (`u8::is_ascii_whitespace` lacks 0x0b).
            | if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) { SPACE } else { 0 };
        byte += 1;
    }
    table
};
const LOWER: u16 = 0xff;
const WORD: u16 = 1 << 8;
const DIGIT: u16 = 1 << 9;
const SPACE: u16 = 1 << 10;

/// How a character from U+0080 to U+024F reads.
#[derive(Clone, Copy)]
enum Latin {
    Space,
    /// Its lower case, one character, and whether that is a letter or digit.
    Char {
        lower: char,
        word: bool,
    },
    /// Its lower case is more than one character (`İ`): read one by one.
    Other,
}

static LATIN: LazyLock<Vec<Latin>> = LazyLock::new(|| {
    (0x80..0x250)
        .filter_map(char::from_u32)
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                _ if c.is_whitespace() => Latin::Space,
                (Some(lower), None) => Latin::Char {
                    lower,
                    word: in_word(lower),
                },
                _ => Latin::Other,
            }
        })
        .collect()
});

/// A word character in the lower-cased text: a letter, digit or `_`.
fn in_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric()
    }
}

/// The state of [`read_plain`]: the hash so far, the words (runs of non-space) so far, and
/// the word (run of letters) being read.
struct Reading<'w, 'v> {
    normal: u64,
    count: usize,
    in_text: bool,
    word: Word,
    words: &'w mut Shingles<'v>,
}

impl<'w, 'v> Reading<'w, 'v> {
    fn new(words: &'w mut Shingles<'v>) -> Reading<'w, 'v> {
        Reading {
            normal: 0,
            count: 0,
            in_text: false,
            word: Word::default(),
            words,
        }
    }

    /// White space: the end of a word, and one space in the normal text.
    fn space(&mut self) {
        if self.in_text {
            self.normal = mix(self.normal, u32::from(' '));
            self.in_text = false;
        }
        self.word.end(self.words);
    }

    fn start(&mut self) {
        if !self.in_text {
            self.in_text = true;
            self.count += 1;
        }
    }

    /// A character but white space, lower-cased, and whether it is a letter or digit.
    fn char(&mut self, lower: char, word: bool) {
        self.start();
        self.normal = mix(self.normal, u32::from(lower));
        if word {
            self.word.push(lower);
        } else {
            self.word.end(self.words);
        }
    }

    /// Any character, as it stands in the text.
    fn other(&mut self, c: char) {
        if c.is_whitespace() {
            self.space();
        } else {
            c.to_lowercase()
                .for_each(|lower| self.char(lower, in_word(lower)));
        }
    }
}

/// The word being read: its stem so far (its first five letters, lower case, UTF-8) and
/// whether it has a digit (then it is a number or a code, and left out).
#[derive(Default)]
struct Word {
    stem: [u8; STEM_ROOM],
    len: usize,
    letters: usize,
    digit: bool,
    open: bool,
}

impl Word {
    /// ASCII letters, digits and `_`, of which the first `letters` were written to the stem.
    fn ascii(&mut self, letters: usize, digit: bool) {
        self.open = true;
        self.digit |= digit;
        self.len += letters;
        self.letters += letters;
    }

    fn push(&mut self, lower: char) {
        if lower.is_ascii() {
            if self.letters < STEM {
                self.stem[self.len] = lower as u8;
            }
            return self.ascii(usize::from(self.letters < STEM), lower.is_ascii_digit());
        }
        self.open = true;
        if self.letters < STEM {
            self.len += lower.encode_utf8(&mut self.stem[self.len..]).len();
            self.letters += 1;
        }
    }

    fn end(&mut self, words: &mut Shingles) {
        if self.open {
            if !self.digit {
                words.word(stem_hash(&self.stem[..self.len]));
            }
            (self.len, self.letters, self.digit, self.open) = (0, 0, false, false);
        }
    }
}

fn stem_hash(stem: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(stem);
    hasher.finish()
}

/// The shingles of a passage as its words come: each three consecutive words hashed, added
/// to the index's list.
struct Shingles<'v> {
    list: &'v mut Vec<u64>,
    last: [u64; 2],
    words: usize,
}

impl<'v> Shingles<'v> {
    fn new(list: &'v mut Vec<u64>) -> Shingles<'v> {
        Shingles {
            list,
            last: [0; 2],
            words: 0,
        }
    }

    fn word(&mut self, stem: u64) {
        if self.words >= 2 {
            let mut hasher = FxHasher::default();
            hasher.write_u64(self.last[0]);
            hasher.write_u64(self.last[1]);
            hasher.write_u64(stem);
            self.list.push(hasher.finish());
        }
        self.last = [self.last[1], stem];
        self.words += 1;
    }
}

/// One character more of the normal text's hash. Not collision-free (a verbatim match is
/// confirmed with [`same_text`]), but the same for the same text whichever way it is read.
fn mix(hash: u64, c: u32) -> u64 {
    (hash.rotate_left(5) ^ u64::from(c)).wrapping_mul(0xf135_7aea_2e62_a9c5)
}

/// The two texts are the same in lower case with their words joined by single spaces:
/// what [`Read::normal`] hashes.
pub(super) fn same_text(a: &str, b: &str) -> bool {
    normal(a).eq(normal(b))
}

fn normal(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace()
        .flat_map(|word| word.chars().flat_map(char::to_lowercase).chain([' ']))
}

#[cfg(test)]
mod tests;
