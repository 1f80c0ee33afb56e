//! The card as an SVG document: text laid out by us, one `<text>` per line.

use crate::layout::{Layout, TextBlock};
use crate::logo::Logo;
use podprint_typeset::Style;
use std::fmt::Write;

/// Family name and weight of a face, as the SVG must name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FaceName {
    pub family: String,
    pub weight: u16,
}

/// Escape text for XML content and attribute values.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate with at most two decimals, no trailing zeros (stable output).
fn num(v: f32) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// Build the SVG for a laid-out card.
pub(crate) fn build(
    layout: &Layout,
    faces: &[FaceName; 3],
    title: &str,
    alt: &str,
    logo: Option<&Logo>,
) -> String {
    let (w, h) = (layout.width, layout.height);
    let lang = xml_escape(layout.lang.as_str());
    let mut s = String::with_capacity(4096);
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         role=\"img\" aria-labelledby=\"card-title card-desc\" lang=\"{lang}\" xml:lang=\"{lang}\">"
    );
    let _ = writeln!(s, "<title id=\"card-title\">{}</title>", xml_escape(title));
    let _ = writeln!(s, "<desc id=\"card-desc\">{}</desc>", xml_escape(alt));
    let _ = writeln!(
        s,
        "<rect width=\"{w}\" height=\"{h}\" fill=\"{}\"/>",
        layout.palette.background
    );
    let regular = &faces[Style::Regular.index()];
    let _ = writeln!(
        s,
        "<g aria-hidden=\"true\" font-family=\"{}\" font-weight=\"{}\" xml:space=\"preserve\">",
        xml_escape(&family_list(&regular.family)),
        regular.weight
    );
    for block in layout.blocks() {
        write_block(&mut s, block, faces);
    }
    let r = layout.rule;
    let _ = writeln!(
        s,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
        num(r.x),
        num(r.y),
        num(r.width),
        num(r.height),
        layout.palette.accent
    );
    if let (Some(logo), Some(r)) = (logo, layout.logo) {
        let _ = writeln!(
            s,
            "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"xMaxYMax meet\" href=\"{}\"/>",
            num(r.x),
            num(r.y),
            num(r.width),
            num(r.height),
            logo.data_url()
        );
    }
    s.push_str("</g>\n</svg>\n");
    s
}

/// The family, then generic fallbacks for viewers without the font.
fn family_list(family: &str) -> String {
    format!("'{}', sans-serif", family.replace('\'', ""))
}

fn write_block(s: &mut String, block: &TextBlock, faces: &[FaceName; 3]) {
    if block.lines.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<text font-size=\"{}\" fill=\"{}\">",
        num(block.size),
        block.colour
    );
    for line in &block.lines {
        for run in &line.runs {
            let face = &faces[run.style.index()];
            let _ = write!(
                s,
                "<tspan x=\"{}\" y=\"{}\"",
                num(run.x),
                num(line.baseline)
            );
            if run.style != Style::Regular || face.family != faces[0].family {
                let _ = write!(
                    s,
                    " font-family=\"{}\" font-weight=\"{}\"",
                    xml_escape(&family_list(&face.family)),
                    face.weight
                );
            }
            if run.colour != block.colour {
                let _ = write!(s, " fill=\"{}\"", run.colour);
            }
            if run.style == Style::Italic {
                s.push_str(" font-style=\"italic\"");
            }
            let _ = writeln!(s, ">{}</tspan>", xml_escape(&run.text));
        }
    }
    s.push_str("</text>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_numbers() {
        assert_eq!(
            xml_escape("a<b & \"c\"'"),
            "a&lt;b &amp; &quot;c&quot;&apos;"
        );
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(0.5), "0.5");
    }
}
