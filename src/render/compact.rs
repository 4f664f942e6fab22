//! Compacting a page's own HTML without parsing it. Templates and pulldown-cmark put a
//! newline after block elements; between a block tag and the next tag it is not
//! content, and dropping it is what a minifier does first. That is the only change made
//! here: newlines in text, runs of spaces, attributes and entities stay as written, and
//! `<pre>`, `<textarea>`, `<script>` and `<style>` are copied whole. It costs one pass over
//! the bytes, where minify-html builds and walks a tree; shared content, rendered once
//! per build, is still fully minified.

const VERBATIM: [&str; 4] = ["pre", "textarea", "script", "style"];

/// Block elements, table parts and elements of the head: a newline beside one is not
/// content.
fn is_block(name: &str) -> bool {
    // Lower-cased into a buffer on the stack and matched at once: this runs on every tag
    // of every page, and comparing with each name in turn cost more than the rest.
    let mut lower = [0u8; 12];
    let Some(buffer) = lower.get_mut(..name.len()) else {
        return false;
    };
    buffer.copy_from_slice(name.as_bytes());
    buffer.make_ascii_lowercase();
    matches!(
        &*buffer,
        b"address"
            | b"article"
            | b"aside"
            | b"blockquote"
            | b"body"
            | b"caption"
            | b"dd"
            | b"details"
            | b"div"
            | b"dl"
            | b"dt"
            | b"fieldset"
            | b"figcaption"
            | b"figure"
            | b"footer"
            | b"form"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"header"
            | b"hr"
            | b"html"
            | b"li"
            | b"main"
            | b"nav"
            | b"ol"
            | b"p"
            | b"section"
            | b"table"
            | b"ul"
            | b"!doctype"
            // Table parts.
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"tr"
            | b"th"
            | b"td"
            | b"colgroup"
            // Elements of the head.
            | b"meta"
            | b"link"
            | b"title"
            | b"base"
            | b"summary"
    )
}

/// The lowercase-insensitive name of the tag `tag` starts with (`<p class=…>` → `p`,
/// `</li>` → `li`, `<!DOCTYPE html>` → `!DOCTYPE`).
fn tag_name(tag: &str) -> &str {
    let tag = tag.trim_start_matches('<').trim_start_matches('/');
    // By bytes: a name is ASCII, so the first other byte ends it on a char boundary.
    let end = tag
        .bytes()
        .enumerate()
        .position(|(i, b)| !(b.is_ascii_alphanumeric() || (i == 0 && b == b'!')))
        .unwrap_or(tag.len());
    &tag[..end]
}

/// `html` with each newline between a block tag and another tag (or the end) removed.
pub fn compact(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // memchr2 scans a word of bytes at a time; `str::find` with a pattern of two chars
    // decodes each char.
    while let Some(at) = memchr::memchr2(b'\n', b'<', rest.as_bytes()) {
        if rest.as_bytes()[at] == b'<' {
            // Only a tag starting like `pre`, `textarea`, `script` or `style` needs its name.
            let verbatim = match rest.as_bytes().get(at + 1) {
                Some(b'p' | b'P' | b't' | b'T' | b's' | b'S') => {
                    let name = tag_name(&rest[at..]);
                    VERBATIM.iter().find(|v| name.eq_ignore_ascii_case(v))
                }
                _ => None,
            };
            if let Some(verbatim) = verbatim {
                let close = format!("</{verbatim}");
                let end = find_ignore_case(&rest[at..], &close)
                    .map_or(rest.len(), |e| at + e + close.len());
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            } else {
                out.push_str(&rest[..=at]);
                rest = &rest[at + 1..];
            }
            continue;
        }
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let before = out
            .ends_with('>')
            .then(|| out.rfind('<').map(|i| tag_name(&out[i..])))
            .flatten();
        let next = if after.is_empty() {
            Some("")
        } else if after.starts_with('<') {
            Some(tag_name(after))
        } else {
            None
        };
        let drop = match (before, next) {
            (Some(before), Some(next)) => is_block(before) || next.is_empty() || is_block(next),
            _ => false,
        };
        if !drop {
            out.push('\n');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minify(html: &str) -> String {
        let cfg = minify_html::Cfg {
            keep_closing_tags: true,
            keep_html_and_head_opening_tags: true,
            ..minify_html::Cfg::default()
        };
        String::from_utf8(minify_html::minify(html.as_bytes(), &cfg)).unwrap()
    }

    #[test]
    fn drops_newlines_between_block_tags_only() {
        let html = "<!DOCTYPE html>\n<html lang=\"lv\">\n<head>\n<meta charset=\"utf-8\">\n<title>T</title>\n</head>\n<body>\n<p>a <strong>b</strong>\n<em>c</em>\nd</p>\n<ul>\n<li>x</li>\n</ul>\n<pre>1\n<b>2</b>\n</pre>\n<table>\n<tr><td>1</td>\n</tr>\n</table>\n</body>\n</html>\n";
        let compacted = compact(html);
        assert_eq!(
            compacted,
            "<!DOCTYPE html><html lang=\"lv\"><head><meta charset=\"utf-8\"><title>T</title></head><body><p>a <strong>b</strong>\n<em>c</em>\nd</p><ul><li>x</li></ul><pre>1\n<b>2</b>\n</pre><table><tr><td>1</td></tr></table></body></html>"
        );
        assert_eq!(minify(&compacted), minify(html));
    }
}
