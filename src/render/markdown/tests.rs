use super::*;

#[test]
fn headings_start_at_h3_with_section_prefixed_ids() {
    let html = to_html(
        "# Kā īstenot tiesības?\n\n### Kā īstenot tiesības?\n",
        "sis",
        Images::NONE,
    );
    assert!(
        html.contains("<h4 id=\"sis--ka-istenot-tiesibas\">Kā īstenot tiesības?</h4>"),
        "{html}"
    );
    assert!(html.contains("id=\"sis--ka-istenot-tiesibas-2\""), "{html}");
}

#[test]
fn strips_script_and_event_handlers_and_javascript_links() {
    let html = to_html("Hi <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))\n\n<iframe src=\"https://e.com\"></iframe><style>p{}</style>", "a", Images::NONE);
    for bad in [
        "<script",
        "onerror",
        "javascript:",
        "<iframe",
        "<style",
        "alert(1)",
    ] {
        assert!(!html.contains(bad), "{bad} survived in {html}");
    }
}

/// The fast path must give what sanitising gives, once minified as every page is.
#[test]
fn markdown_without_raw_html_skips_sanitising_with_the_same_result() {
    let markdown = "# Virsraksts & \"citāts\"\n\nTeksts ar **treknu**, *slīpu*, `kodu`, ~~svītru~~ un \
            [saiti](https://likumi.lv/ta/id/1 \"Likums\"), <https://www.dvi.gov.lv>, \
            [vēstuli](mailto:pasts@dvi.gov.lv), [relatīvu](../lv/) un [enkuru](#rights).\n\
            Rinda  \nlauzta.[^1]\n\n> Citāts ar 5 < 6 > 4.\n\n3. trīs\n4. četri\n\n- a\n  - b\n\n\
            | A | B |\n|---|---|\n| 1 & 2 | 3 < 4 |\n\n```\ncode <b>\n```\n\n---\n\n[^1]: Piezīme.\n";
    let events: Vec<Event> = Parser::new_ext(markdown, OPTIONS).collect();
    assert!(
        events.iter().all(needs_no_sanitising),
        "takes the fast path"
    );
    let fast = to_html(markdown, "s", Images::NONE);
    assert!(!fast.contains("</p>\n<"), "{fast}");
    let events = Anchors::new("s").apply(Parser::new_ext(markdown, OPTIONS));
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let sanitised = SANITIZER.clean(&html).to_string();
    let cfg = minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        ..minify_html::Cfg::default()
    };
    assert_eq!(
        String::from_utf8(minify_html::minify(fast.as_bytes(), &cfg)).unwrap(),
        String::from_utf8(minify_html::minify(sanitised.as_bytes(), &cfg)).unwrap()
    );
}

#[test]
fn anything_unusual_is_sanitised() {
    for markdown in [
        "<b>raw</b>",
        "![x](https://e.com/x.png)",
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](java&#115;cript:alert(1))",
        "[x](<java script:alert(1)>)",
        "[x](data:text/html,hi)",
        "| a |\n|:-:|\n| 1 |",
        "```rust\nfn x() {}\n```",
    ] {
        let events: Vec<Event> = Parser::new_ext(markdown, OPTIONS).collect();
        assert!(
            !events.iter().all(needs_no_sanitising),
            "{markdown} must be sanitised"
        );
        let html = to_html(markdown, "s", Images::NONE);
        assert!(
            !html.contains("javascript:") && !html.contains("data:"),
            "{html}"
        );
    }
}

#[test]
fn images_are_the_sections_own_files_or_only_their_description() {
    let media = [Media {
        written: "img/karte.png".to_owned(),
        output: "media/lv/img/karte.png".to_owned(),
        bytes: std::sync::Arc::from(&b"png"[..]),
    }];
    let images = Images {
        root: "../../",
        media: &media,
    };
    let html = to_html(
            "![Karte](img/karte.png) ![Sekotajs](https://evil.example/t.gif) ![x](//evil.example/t.gif)\n\n\
             <img src=\"https://evil.example/raw.gif\"> <img src=\"data:image/png;base64,AAAA\">",
            "s",
            images,
        );
    assert!(
        html.contains("<img src=\"../../media/lv/img/karte.png\" alt=\"Karte\">"),
        "{html}"
    );
    assert!(html.contains("Sekotajs"), "{html}");
    assert!(
        !html.contains("evil.example") && !html.contains("data:"),
        "{html}"
    );
    assert_eq!(html.matches("<img").count(), 3, "{html}");
    assert_eq!(html.matches("src=").count(), 1, "{html}");
}

#[test]
fn many_equal_headings_get_numbered_ids_in_linear_time() {
    let markdown = "## Sadaļa\n\n".repeat(20_000);
    let html = to_html(&markdown, "s", Images::NONE);
    assert!(html.contains("id=\"s--sadala-20000\""), "{html:.200}");
    assert_eq!(html.matches("<h4 id=").count(), 20_000);
}

#[test]
fn footnotes_are_unique_per_section_and_table_headers_have_scope() {
    let html = to_html(
        "See[^1].\n\n[^1]: Note.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        "sis",
        Images::NONE,
    );
    assert!(html.contains("href=\"#sis-1\""), "{html}");
    assert!(html.contains("id=\"sis-1\""), "{html}");
    assert!(html.contains("<th scope=\"col\">a</th>"), "{html}");
}
