use super::*;

#[test]
fn only_plain_relative_paths_are_files_of_the_site() {
    for plain in ["a.png", "img/karte-1_b.jpg", "A.PNG"] {
        assert!(is_plain_path(plain) && !is_elsewhere(plain), "{plain}");
    }
    for elsewhere in [
        "https://evil.example/t.gif",
        "//evil.example/t.gif",
        "data:image/png;base64,AAAA",
        "http:x.png",
        " https://e.x/a.png",
    ] {
        assert!(is_elsewhere(elsewhere), "{elsewhere}");
    }
    for odd in [
        "",
        "../a.png",
        "./a.png",
        "/etc/a.png",
        "a//b.png",
        "a b.png",
        "a%2e.png",
        "karte\u{0301}.png",
        "a?.png",
    ] {
        assert!(!is_plain_path(odd), "{odd}");
    }
}

#[test]
fn images_go_under_media_of_their_subtree() {
    assert_eq!(
        output_path(Path::new("institutions/alfa/lv/img/a.png")),
        "media/lv/img/a.png"
    );
    assert_eq!(
        output_path(Path::new("content/lv/policy/a.png")),
        "media/content/lv/policy/a.png"
    );
}

#[test]
fn raw_html_that_loads_something_is_found_by_element() {
    assert_eq!(loading_element("<img src=x>").as_deref(), Some("img"));
    assert_eq!(
        loading_element("<IMG\nSRC=\"https://e.x/t.gif\">").as_deref(),
        Some("img")
    );
    assert_eq!(
        loading_element("<p><video src=a></video></p>").as_deref(),
        Some("video")
    );
    assert_eq!(
        loading_element("<b>bold</b> <a href=\"https://e.x\">x</a>"),
        None
    );
}
