//! Compacting a page's own HTML without parsing it. Templates and pulldown-cmark put a
//! newline after block elements; between a block tag and the next tag it is not
//! content, and dropping it is what a minifier does first. That is the only change made
//! here: newlines in text, runs of spaces, attributes and entities stay as written, and
//! `<pre>`, `<textarea>`, `<script>` and `<style>` are copied whole. It costs one pass over
//! the bytes, where minify-html builds and walks a tree; shared content, rendered once
//! per build, is still fully minified.

const BLOCK: [&str; 35] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "table",
    "ul",
    "!doctype",
];

const TABLE: [&str; 7] = ["thead", "tbody", "tfoot", "tr", "th", "td", "colgroup"];

const HEAD: [&str; 5] = ["meta", "link", "title", "base", "summary"];

const VERBATIM: [&str; 4] = ["pre", "textarea", "script", "style"];

fn is_block(name: &str) -> bool {
    // Compared without a lower-cased copy: this runs on every tag of every page.
    BLOCK
        .iter()
        .chain(&TABLE)
        .chain(&HEAD)
        .any(|block| block.eq_ignore_ascii_case(name))
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
            let name = tag_name(&rest[at..]);
            if let Some(verbatim) = VERBATIM.iter().find(|v| name.eq_ignore_ascii_case(v)) {
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
