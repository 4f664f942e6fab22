//! QR codes as inline SVG (the `qrcode` crate), error correction level M: a sign still
//! scans with up to 15 % of it dirty or covered.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An `<svg>` element that encodes `url`, one unit per module with the quiet zone, hidden
/// from assistive technology (the page prints the address beside it as text).
pub fn svg(url: &str) -> Result<String, qrcode::types::QrError> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)?;
    let image = code
        .render::<svg::Color>()
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    // The renderer writes a standalone document; inside HTML only the element is wanted.
    let element = image
        .split_once("?>")
        .map_or(image.as_str(), |(_, rest)| rest);
    Ok(element.replacen(
        "<svg ",
        r#"<svg class="qr" aria-hidden="true" focusable="false" "#,
        1,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_svg_is_one_inline_element() {
        let svg = super::svg("https://www.pmlp.gov.lv/lv/privatuma-politika/#purpose-x").unwrap();
        assert!(svg.starts_with("<svg class=\"qr\" aria-hidden=\"true\""));
        assert!(svg.ends_with("</svg>"));
        assert!(!svg.contains("<?xml"));
    }
}
